// @ts-check
// node emulators/partner-center/cli.js --port 8444 --jwks-url https://localhost:8443/common/discovery/v2.0/keys [--ca-file ca.pem]
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';

import { startPartnerCenterEmulator } from './http-server.js';

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: '8444' },
    'jwks-url': { type: 'string', default: 'https://localhost:8443/common/discovery/v2.0/keys' },
    'ca-file': { type: 'string' },
  },
});
const emulator = await startPartnerCenterEmulator({
  port: Number(values.port),
  jwksUrl: values['jwks-url'] ?? '',
  ...(values['ca-file'] ? { caCert: readFileSync(values['ca-file'], 'utf8') } : {}),
});
console.log(`Partner Center emulator listening on ${emulator.url}`);
