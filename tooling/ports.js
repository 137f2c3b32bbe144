// @ts-check
// Loopback ports for the end-to-end stack, the benchmark and the screenshots: one list for
// the Playwright config, the tests, the stack script and bench/ (plain JS, so Node scripts
// can import it). LICENSE_INSIGHTS_PORT_OFFSET shifts every port, so two checkouts on one
// machine can run their suites at the same time.
const offset = Number(process.env.LICENSE_INSIGHTS_PORT_OFFSET ?? 0);
if (!Number.isInteger(offset) || offset < 0 || offset > 20_000) {
  throw new Error('LICENSE_INSIGHTS_PORT_OFFSET must be a whole number from 0 to 20000');
}

export const PORTS = Object.freeze({
  demo: 4173 + offset, // vite preview of dist/ with the shipped demo config.json
  msal: 4174 + offset, // vite preview of dist/ with a production-shaped MSAL config, proxying /pc-api
  nginx: 4175 + offset, // Debian nginx with deploy/nginx, serving a copy of dist/ with that config
  bench: 4180 + offset, // npm run bench (not 4190: fetch and Chromium refuse that "bad port")
  screenshots: 4181 + offset, // npm run screenshots
  benchMsal: 4182 + offset, // npm run bench, MSAL mode: vite preview, standard dataset
  benchMsalLarge: 4183 + offset, // npm run bench, MSAL mode: vite preview, large dataset
  benchNginx: 4184 + offset, // npm run bench, Lighthouse: nginx with the demo build
  benchDevtools: 4185 + offset, // npm run bench, Lighthouse: Chromium's remote debugging port
  entra: 8443 + offset, // Entra ID emulator (HTTPS), reached as login.microsoftonline.com
  partnerCenter: 8444 + offset, // Partner Center emulator (HTTP, behind the proxies)
  benchEntra: 8445 + offset, // npm run bench: its own Entra ID emulator
  benchPartnerCenter: 8446 + offset, // npm run bench: Partner Center emulator, standard dataset
  benchPartnerCenterLarge: 8447 + offset, // npm run bench: Partner Center emulator, large dataset
});
