// @ts-check
import { http, HttpResponse } from 'msw';

import { TEST_USERS } from '../common/identities.js';

import { apiFault, handlePartnerCenterRequest } from './core.js';
import { endpointKind, roleRefusal } from './role-rules.js';

// MSW adapter: the integration tests (msw/node) send every request under `baseUrl` to the
// emulator core (the browser demo calls the core in a Web Worker: src/app/demo). No
// sign-in there, so no token check here; the Node adapter is the one that validates tokens.

/**
 * @param {{ baseUrl: string, dataset?: import('./dataset.js').Dataset, now?: () => number, user?: string }} options
 *   baseUrl: `/pc-api` (same origin) or an absolute URL such as `http://localhost/pc-api`;
 *   now: the emulator's clock (default Date.now), e.g. a test's fixed instant;
 *   user: a TEST_USERS key whose Partner Center role applies, as the Node adapter applies the
 *   token's (e.g. 'no-billing': the billing lines answer 403). Default: no role checks.
 */
export function createPartnerCenterHandlers({ baseUrl, dataset, now = Date.now, user }) {
  const signedIn = user === undefined ? null : TEST_USERS.find((u) => u.key === user);
  if (signedIn === undefined) throw new Error(`Unknown test user '${user}'.`);
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
        const refusal = signedIn ? roleRefusal(signedIn, endpointKind(path)) : null;
        const response = refusal
          ? apiFault(
              { method: request.method, url: path, headers },
              refusal.status,
              refusal.code,
              refusal.description,
            )
          : handlePartnerCenterRequest(
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
