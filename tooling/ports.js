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
  entra: 8443 + offset, // Entra ID emulator (HTTPS), reached as login.microsoftonline.com
  partnerCenter: 8444 + offset, // Partner Center emulator (HTTP, behind the proxies)
});
