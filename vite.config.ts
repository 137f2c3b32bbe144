/// <reference types="vitest/config" />
import { fileURLToPath } from 'node:url';

import react from '@vitejs/plugin-react';
import { defineConfig, type ProxyOptions } from 'vite';

import { securityHeaders } from './deploy/security-headers.js';

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

export default defineConfig({
  plugins: [react()],
  resolve: { alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) } },
  server: { port: 5173, strictPort: true, proxy: pcProxy },
  preview: {
    port: 4173,
    strictPort: true,
    proxy: pcProxy,
    headers: securityHeaders(process.env.LOGIN_ORIGIN ?? 'https://login.microsoftonline.com'),
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
  },
});
