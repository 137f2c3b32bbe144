// @ts-check
import { http, HttpResponse } from 'msw';

import { handlePartnerCenterRequest } from './core.js';

// MSW adapter: the browser demo (service worker) and the integration tests (msw/node) send
// every request under `baseUrl` to the emulator core. No sign-in in demo mode, so no
// token check here; the Node adapter is the one that validates tokens.

/**
 * @param {{ baseUrl: string, dataset?: import('./dataset.js').Dataset, now?: () => number }} options
 *   baseUrl: `/pc-api` (same origin) or an absolute URL such as `http://localhost/pc-api`;
 *   now: the emulator's clock (default Date.now), e.g. a test's fixed instant
 */
export function createPartnerCenterHandlers({ baseUrl, dataset, now = Date.now }) {
  // Absolute bases are normalised as request URLs are (lower-case host, default port dropped).
  const prefix = (/^https?:\/\//i.test(baseUrl) ? new URL(baseUrl).href : baseUrl).replace(
    /\/+$/,
    '',
  );
  // A relative baseUrl means "this page's origin" in the browser. Node (msw/node) has no
  // page, so there it matches the path on any origin, which tests' absolute URLs need.
  const pageOrigin = globalThis.location?.origin;
  /** @param {string} url */
  const apiPath = (url) => {
    const base = /^https?:\/\//i.test(prefix)
      ? prefix
      : `${pageOrigin && pageOrigin !== 'null' ? pageOrigin : new URL(url).origin}${prefix}`;
    return url.startsWith(`${base}/`) ? url.slice(base.length) : null;
  };
  return [
    http.all(
      ({ request }) => apiPath(request.url) !== null,
      async ({ request }) => {
        const path = apiPath(request.url) ?? '/';
        /** @type {Record<string, string>} */
        const headers = {};
        request.headers.forEach((value, key) => {
          headers[key.toLowerCase()] = value;
        });
        const response = handlePartnerCenterRequest(
          { method: request.method, url: path, headers },
          { now: now(), ...(dataset ? { dataset } : {}) },
        );
        if (response.delayMs) await new Promise((resolve) => setTimeout(resolve, response.delayMs));
        return new HttpResponse(response.body, {
          status: response.status,
          headers: response.headers,
        });
      },
    ),
  ];
}
