// @ts-check
// node emulators/entra-id/cli.js --port 8443 [--redirect-uri http://localhost:5173/redirect.html ...] [--ca-out ca.pem]
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';

import { TEST_CLIENT_ID } from '../shared/identities.js';

import { startEntraEmulator } from './server.js';

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: '8443' },
    'redirect-uri': {
      type: 'string',
      multiple: true,
      default: ['http://localhost:5173/redirect.html'],
    },
    'ca-out': { type: 'string' },
  },
});
const emulator = await startEntraEmulator({
  port: Number(values.port),
  clients: [{ clientId: TEST_CLIENT_ID, redirectUris: values['redirect-uri'] ?? [] }],
});
if (values['ca-out']) writeFileSync(values['ca-out'], emulator.caCert);
console.log(`Entra ID emulator listening on ${emulator.url}`);
