// Fixed loopback ports for the end-to-end stack (see e2e/support/stack.js).
export const PORTS = {
  demo: 4173, // vite preview of dist/ with the shipped demo config.json
  msal: 4174, // vite preview of dist/ with a production-shaped MSAL config, proxying /pc-api
  nginx: 4175, // Debian nginx with deploy/nginx, serving a copy of dist/ with that config
  entra: 8443, // Entra ID emulator (HTTPS), reached as login.microsoftonline.com
  partnerCenter: 8444, // Partner Center emulator (HTTP, behind the proxies)
} as const;
