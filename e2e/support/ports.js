// @ts-check
// Fixed loopback ports for the end-to-end stack: one list for the Playwright config, the
// tests and e2e/support/stack.js (plain JS, so the Node stack script can import it).
export const PORTS = Object.freeze({
  demo: 4173, // vite preview of dist/ with the shipped demo config.json
  msal: 4174, // vite preview of dist/ with a production-shaped MSAL config, proxying /pc-api
  nginx: 4175, // Debian nginx with deploy/nginx, serving a copy of dist/ with that config
  entra: 8443, // Entra ID emulator (HTTPS), reached as login.microsoftonline.com
  partnerCenter: 8444, // Partner Center emulator (HTTP, behind the proxies)
});
