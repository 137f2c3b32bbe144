// @ts-check
// node emulators/partner-center/cli.js --port 8444 --jwks-url https://localhost:8443/common/discovery/v2.0/keys [--ca-file ca.pem]
//   [--dataset standard|large]   large = a partner with 20,000 customers (performance work)
//   [--latency-ms 300]           wait that long before every API answer (a slow network)
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';

import { DATASET_SIZES, getDataset } from './dataset.js';
import { startPartnerCenterEmulator } from './http-server.js';

const { values } = parseArgs({
  options: {
    host: { type: 'string', default: '127.0.0.1' },
    port: { type: 'string', default: '8444' },
    'jwks-url': { type: 'string', default: 'https://localhost:8443/common/discovery/v2.0/keys' },
    'ca-file': { type: 'string' },
    dataset: { type: 'string', default: 'standard' },
    'latency-ms': { type: 'string', default: '0' },
  },
});
const size = DATASET_SIZES.find((s) => s === values.dataset);
if (!size) {
  console.error(`--dataset must be one of ${DATASET_SIZES.join(', ')}, not '${values.dataset}'.`);
  process.exit(2);
}
const latencyMs = Number(values['latency-ms']);
if (!Number.isInteger(latencyMs) || latencyMs < 0) {
  console.error(
    `--latency-ms must be a whole number of milliseconds, not '${values['latency-ms']}'.`,
  );
  process.exit(2);
}
const emulator = await startPartnerCenterEmulator({
  host: values.host ?? '127.0.0.1',
  port: Number(values.port),
  jwksUrl: values['jwks-url'] ?? '',
  dataset: getDataset(size),
  latencyMs,
  ...(values['ca-file'] ? { caCert: readFileSync(values['ca-file'], 'utf8') } : {}),
});
console.log(`Partner Center emulator (${size} dataset) listening on ${emulator.url}`);

// Close the listener on Ctrl+C or a supervisor's TERM so the port is free for the next run.
for (const signal of /** @type {const} */ (['SIGINT', 'SIGTERM'])) {
  process.once(signal, () => void emulator.close().then(() => process.exit(0)));
}
