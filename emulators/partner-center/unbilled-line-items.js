// @ts-check
import { billingLinesOf } from './billing-lines.js';
import { decodeToken, encodeToken } from './paging-token.js';
import { apiFault, json, queryParam } from './responses.js';
import { BILLING_PAGE_SIZE } from './subscription-fixtures.js';
import { dayOf } from './subscription-time.js';

// GET /v1/invoices/unbilled/lineitems?provider=onetime&invoicelineitemtype=billinglineitems
//   &currencycode={cc}&period=current[&size=n] — partner-wide, seek-paged as the docs show:
// a page with more carries links.next (`…&seekOperation=Next`, relative to /v1 like the docs'
// example) listing the MS-ContinuationToken header to send. Lines are built a customer at a
// time from where the token points, so a page costs its own lines, not the whole walk
// (the large dataset's walk is tens of thousands of lines). The token keeps the day the walk
// started on, so a walk across midnight still reads one consistent set of lines.

/** @typedef {import('./responses.js').PcRequest} PcRequest */

const REQUIRED = Object.freeze({ provider: 'onetime', invoicelineitemtype: 'billinglineitems' });

/**
 * @param {PcRequest} request @param {URL} url @param {import('./dataset.js').Dataset} dataset
 * @param {number} now
 */
export function unbilledLineItems(request, url, dataset, now) {
  for (const [name, value] of Object.entries(REQUIRED)) {
    if (queryParam(url, name)?.toLowerCase() !== value)
      return apiFault(request, 400, 800002, `The ${name} parameter must be '${value}' here.`);
  }
  const currency = (queryParam(url, 'currencycode') ?? '').toUpperCase();
  if (!/^[A-Z]{3}$/.test(currency))
    return apiFault(
      request,
      400,
      800002,
      'The currencycode parameter is required (e.g. EUR, USD).',
    );
  const period = (queryParam(url, 'period') ?? '').toLowerCase();
  if (period !== 'current' && period !== 'previous')
    return apiFault(request, 400, 800002, "The period parameter must be 'current' or 'previous'.");
  const sizeText = queryParam(url, 'size');
  const size = sizeText === null ? BILLING_PAGE_SIZE : Number(sizeText);
  if (!Number.isInteger(size) || size < 1)
    return apiFault(
      request,
      400,
      800002,
      `The size parameter must be a positive integer; got '${sizeText}'.`,
    );
  const pageSize = Math.min(size, BILLING_PAGE_SIZE);

  let position = { customer: 0, line: 0, day: dayOf(now) };
  if (queryParam(url, 'seekOperation')?.toLowerCase() === 'next') {
    const state = decodeToken(request.headers['ms-continuationtoken']);
    if (
      !state ||
      state.currency !== currency ||
      state.period !== period ||
      typeof state.customer !== 'number' ||
      typeof state.line !== 'number' ||
      typeof state.day !== 'number'
    )
      return apiFault(request, 400, 800002, 'The continuation token is missing or invalid.');
    position = { customer: state.customer, line: state.line, day: state.day };
  }

  /** @type {Record<string, unknown>[]} */
  const items = [];
  let { customer: index, line } = position;
  // The emulator bills every subscription in the current period: the previous one is empty.
  const customers = period === 'current' ? dataset.customers : [];
  while (index < customers.length && items.length < pageSize) {
    const lines = billingLinesOf(
      /** @type {import('./dataset.js').Customer} */ (customers[index]),
      position.day,
      /** @type {'EUR' | 'USD'} */ (currency),
    );
    const taken = lines.slice(line, line + pageSize - items.length);
    items.push(...taken);
    line += taken.length;
    if (line >= lines.length) {
      index++;
      line = 0;
    }
  }
  // A next page only when a line remains (never an empty last page).
  while (index < customers.length && line === 0) {
    const lines = billingLinesOf(
      /** @type {import('./dataset.js').Customer} */ (customers[index]),
      position.day,
      /** @type {'EUR' | 'USD'} */ (currency),
    );
    if (lines.length > 0) break;
    index++;
  }
  const more = index < customers.length;
  const query = `provider=onetime&invoicelineitemtype=billinglineitems&currencycode=${currency.toLowerCase()}&period=${period}&size=${pageSize}`;
  const token = more
    ? encodeToken({ currency, period, customer: index, line, day: position.day })
    : null;
  return json(request, {
    totalCount: items.length,
    items,
    links: {
      self: { uri: `/invoices/unbilled/lineitems?${query}`, method: 'GET', headers: [] },
      ...(token
        ? {
            next: {
              uri: `/invoices/unbilled/lineitems?${query}&seekOperation=Next`,
              method: 'GET',
              headers: [{ key: 'MS-ContinuationToken', value: token }],
            },
          }
        : {}),
    },
    ...(token ? { continuationToken: token } : {}),
    attributes: { objectType: 'Collection' },
  });
}
