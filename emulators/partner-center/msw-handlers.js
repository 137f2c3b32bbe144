// @ts-check
import { http, HttpResponse } from 'msw';

import { handlePartnerCenterRequest } from './core.js';

// MSW adapter: the browser demo (service worker) and the integration tests (msw/node) send
// every request under `baseUrl` to the emulator core. No sign-in in demo mode, so no
// token check here; the Node adapter is the one that validates tokens.

/**
 * @param {{ baseUrl: string, dataset?: import('./dataset.js').Dataset }} options
 *   baseUrl: `/pc-api` (same origin) or an absolute URL such as `http://localhost/pc-api`
 */
export function createPartnerCenterHandlers({ baseUrl, dataset }) {
  const prefix = baseUrl.replace(/\/+$/, '');
  /** @param {string} url */
  const apiPath = (url) => {
    const base = /^https?:\/\//.test(prefix) ? prefix : `${new URL(url).origin}${prefix}`;
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
          dataset ? { dataset } : {},
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
