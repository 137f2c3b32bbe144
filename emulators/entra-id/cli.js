// @ts-check
// node emulators/entra-id/cli.js --port 8443 [--host 127.0.0.1]
//   [--redirect-uri http://localhost:5173/redirect.html ...] [--hostname extra.example ...]
//   [--ca-out ca.pem]
// --ca-out writes the emulator's self-signed certificate, so that other processes (the
// Partner Center emulator fetching the JWKS, a browser's NSS db) can trust it.
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';

import { TEST_CLIENT_ID } from '../common/identities.js';

import { startEntraEmulator } from './server.js';

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: '8443' },
    host: { type: 'string', default: '127.0.0.1' },
    'redirect-uri': { type: 'string', multiple: true },
    hostname: { type: 'string', multiple: true },
    'ca-out': { type: 'string' },
  },
});
const redirectUris = values['redirect-uri'] ?? ['http://localhost:5173/redirect.html'];
const emulator = await startEntraEmulator({
  host: values.host,
  port: Number(values.port),
  hostnames: values.hostname ?? [],
  clients: [{ clientId: TEST_CLIENT_ID, redirectUris }],
});
if (values['ca-out']) writeFileSync(values['ca-out'], emulator.caCert);
console.log(`Entra ID emulator listening on ${emulator.url}`);

// Close open connections on Ctrl-C or a supervisor's TERM, so the port is free at once.
for (const signal of /** @type {const} */ (['SIGINT', 'SIGTERM'])) {
  process.once(signal, () => void emulator.close().then(() => process.exit(0)));
}
