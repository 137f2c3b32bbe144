// @ts-check
// `npm run start:local`: try the real sign-in on your own machine, with no Microsoft
// account and no internet. Your browser talks to the Entra ID emulator on
// https://localhost:8443 (accept its self-signed certificate once) and to the Partner Center
// emulator through Vite's /pc-api proxy. `npm start` stays the zero-setup demo.
import { startEmulators, startVite } from './local-stack.js';

const APP_PORT = 5173;
const ENTRA_PORT = 8443;
const PC_PORT = 8444;

// LICENSE_INSIGHTS_DATASET=large: a 20,000-customer partner, for the portfolio at scale.
const dataset = process.env.LICENSE_INSIGHTS_DATASET === 'large' ? 'large' : 'standard';

const stack = await startEmulators({
  dataset,
  entraPort: ENTRA_PORT,
  partnerCenterPort: PC_PORT,
  appOrigins: [`http://localhost:${APP_PORT}`],
  // A browser without special flags cannot be told that login.microsoftonline.com is
  // local, so the local stack names the emulator as the authority (and trusts its host).
  authority: {
    authority: `https://localhost:${ENTRA_PORT}/organizations`,
    knownAuthorities: [`localhost:${ENTRA_PORT}`],
  },
});

console.log(`
License Insights — local stack
  1. Open https://localhost:${ENTRA_PORT}/organizations/v2.0/.well-known/openid-configuration once
     and accept the self-signed certificate (it is made fresh at every start).
  2. Open http://localhost:${APP_PORT}/ and sign in as one of the test users
     (Adele Vance: admin with MFA; Nestor Wilke: no MFA; Lynne Robbins: no analytics role;
     Megan Bowen: no billing role).
  Partner Center emulator: ${stack.partnerCenter.url} (request log: ${stack.partnerCenter.url}/__admin/log)
`);

const vite = startVite('dev', APP_PORT, {
  configPath: stack.configPath,
  upstream: stack.partnerCenter.url,
});
const stop = async () => {
  vite.kill('SIGTERM');
  await stack.close();
  process.exit(0);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
vite.on('exit', (code) => void stop().then(() => process.exit(code ?? 0)));
