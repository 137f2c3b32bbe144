// @ts-check
// node emulators/partner-center/billing-walk.js [--dataset standard|large] [--currency EUR]
// Walks every page of the unbilled billing lines through the emulator core, as the app
// does (links.next + MS-ContinuationToken), and prints how many lines and pages it read
// and how long it took: a measurement of the emulator, not a test (no threshold).
import { parseArgs } from 'node:util';

import { handlePartnerCenterRequest } from './core.js';
import { DATASET_SIZES, getDataset } from './dataset.js';

const { values } = parseArgs({
  options: {
    dataset: { type: 'string', default: 'large' },
    currency: { type: 'string', multiple: true },
  },
});
const size = DATASET_SIZES.find((s) => s === values.dataset);
if (!size) {
  console.error(`--dataset must be one of ${DATASET_SIZES.join(', ')}, not '${values.dataset}'.`);
  process.exit(2);
}
let started = performance.now();
const dataset = getDataset(size);
console.log(
  `${size} dataset: ${dataset.customers.length} customers built in ${Math.round(performance.now() - started)} ms`,
);
const now = Date.now();
for (const currency of values.currency ?? ['EUR', 'USD']) {
  started = performance.now();
  let url = `/v1/invoices/unbilled/lineitems?provider=onetime&invoicelineitemtype=billinglineitems&currencycode=${currency}&period=current`;
  /** @type {Record<string, string>} */
  let headers = {};
  let lines = 0;
  let pages = 0;
  let bytes = 0;
  for (;;) {
    const response = handlePartnerCenterRequest({ method: 'GET', url, headers }, { dataset, now });
    if (response.status !== 200)
      throw new Error(`page ${pages + 1} answered ${response.status}: ${response.body}`);
    const body = JSON.parse(response.body);
    pages++;
    lines += body.items.length;
    bytes += response.body.length;
    const next = body.links.next;
    if (!next) break;
    // The docs' next link is relative to /v1.
    url = `/v1${next.uri}`;
    headers = { 'ms-continuationtoken': next.headers[0].value };
  }
  const ms = Math.round(performance.now() - started);
  console.log(
    `${currency}: ${lines} lines in ${pages} pages (${Math.round(bytes / 1e6)} MB of JSON) walked in ${ms} ms`,
  );
}
