/// <reference types="vitest/config" />
import { readFileSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { fileURLToPath } from 'node:url';

import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin, type ProxyOptions } from 'vite';

import { securityHeaders } from './deploy/security-headers.js';

// Tests see one time zone whatever the machine's, the same as the e2e browser's: dates are
// asserted as a user in Paris reads them. Set before Vitest forks its workers.
if (process.env.VITEST) process.env.TZ = 'Europe/Paris';

// The Partner Center API answers no CORS preflight, so the browser only ever talks to its
// own origin: `/pc-api/*` is forwarded to the real (or emulated) API by this proxy in dev and
// preview, and by nginx in production (deploy/nginx).
const upstream = process.env.PARTNER_CENTER_UPSTREAM ?? 'https://api.partnercenter.microsoft.com';
const upstreamIsLoopback = /^https?:\/\/(127\.0\.0\.1|localhost|\[::1\])(:|\/|$)/.test(upstream);

const pcProxy: Record<string, ProxyOptions> = {
  '/pc-api': {
    target: upstream,
    changeOrigin: true,
    // A self-signed certificate is only acceptable for a local emulator.
    secure: !upstreamIsLoopback,
    rewrite: (path) => path.replace(/^\/pc-api/, ''),
    configure: (proxy) => {
      proxy.on('proxyReq', (proxyReq) => {
        // Same rule as the nginx recipe: the API never sees the app's cookies.
        proxyReq.removeHeader('cookie');
      });
    },
  },
};

/**
 * LICENSE_INSIGHTS_CONFIG=path serves that file as /config.json in dev and preview, so the
 * local stack and the tests run the very same build in MSAL mode without touching dist/.
 */
function configOverride(): Plugin {
  const path = process.env.LICENSE_INSIGHTS_CONFIG;
  const serve = (req: IncomingMessage, res: ServerResponse, next: () => void) => {
    if (!path || req.url?.split('?')[0] !== '/config.json') return next();
    res.setHeader('Content-Type', 'application/json');
    res.setHeader('Cache-Control', 'no-cache');
    res.end(readFileSync(path));
  };
  return {
    name: 'license-insights-config-override',
    configureServer: (server) => void server.middlewares.use(serve),
    configurePreviewServer: (server) => void server.middlewares.use(serve),
  };
}

/** `vite preview` sends the production security headers (deploy/security-headers.js). */
function previewSecurityHeaders(): Plugin {
  const loginOrigin = process.env.LOGIN_ORIGIN ?? 'https://login.microsoftonline.com';
  return {
    name: 'license-insights-security-headers',
    configurePreviewServer: (server) =>
      void server.middlewares.use((req, res, next) => {
        const headers = securityHeaders(loginOrigin, req.url?.split('?')[0] ?? '/');
        for (const [name, value] of Object.entries(headers)) res.setHeader(name, value);
        next();
      }),
  };
}

export default defineConfig({
  plugins: [react(), configOverride(), previewSecurityHeaders()],
  resolve: { alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) } },
  server: { port: 5173, strictPort: true, proxy: pcProxy },
  preview: {
    port: 4173,
    strictPort: true,
    proxy: pcProxy,
  },
  build: {
    target: 'es2022',
    sourcemap: false,
    rolldownOptions: {
      // redirect.html is MSAL's redirect bridge: its own tiny entry, importing nothing of the app.
      input: { main: 'index.html', redirect: 'redirect.html' },
    },
  },
  test: {
    globals: true,
    environment: 'jsdom',
    setupFiles: ['./src/testing/setup.ts'],
    include: ['src/**/*.test.{ts,tsx}', 'emulators/**/*.test.js', 'scripts/**/*.test.js'],
    restoreMocks: true,
    testTimeout: 15_000,
    // CSS is stubbed in tests, except the tokens: palette.test.ts reads their text (?raw)
    // to check the contrast of the one palette.
    css: { include: [/src\/styles\/tokens\.css/] },
  },
});
