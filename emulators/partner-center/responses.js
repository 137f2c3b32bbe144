// @ts-check
// Response building shared by every endpoint: Partner Center's headers and error bodies.

/**
 * @typedef {{ method: string, url: string, headers: Record<string, string> }} PcRequest
 *   `url` is path + query relative to the API root (e.g. `/v1/customers?size=10`);
 *   header names are lower-case.
 * @typedef {{ status: number, headers: Record<string, string>, body: string, delayMs?: number }} PcResponse
 */

let serverCounter = 0;

function randomGuid() {
  return globalThis.crypto.randomUUID();
}

/** @param {PcRequest} request @param {Record<string, string>} [extra] */
export function responseHeaders(request, extra = {}) {
  serverCounter = (serverCounter + 1) % 1000;
  return {
    'content-type': 'application/json; charset=utf-8',
    'ms-correlationid': request.headers['ms-correlationid'] || randomGuid(),
    'ms-requestid': request.headers['ms-requestid'] || randomGuid(),
    'ms-cv': `${randomGuid().replace(/-/g, '').slice(0, 16)}.0`,
    'ms-serverid': String(102030000 + serverCounter),
    ...extra,
  };
}

/** @param {PcRequest} request @param {unknown} body @returns {PcResponse} */
export function json(request, body, status = 200) {
  return { status, headers: responseHeaders(request), body: JSON.stringify(body) };
}

/**
 * Partner Center's error body (ApiFault).
 * @param {PcRequest} request @param {number} status @param {number | string} code @param {string} description
 * @param {Record<string, string>} [extraHeaders]
 * @returns {PcResponse}
 */
export function apiFault(request, status, code, description, extraHeaders = {}) {
  return {
    status,
    headers: responseHeaders(request, extraHeaders),
    body: JSON.stringify({ code, description, data: [], source: 'PartnerFD' }),
  };
}

/** The throttling answer, which has its own body shape. @param {PcRequest} request @param {number} seconds */
export function throttled(request, seconds) {
  return {
    status: 429,
    headers: responseHeaders(request, { 'retry-after': String(seconds) }),
    body: JSON.stringify({
      statusCode: 429,
      message: `Rate limit is exceeded. Try again in ${seconds} seconds.`,
    }),
  };
}

/** A query parameter by name, whatever its case (`seekOperation`, `currencyCode`…). @param {URL} url @param {string} name */
export function queryParam(url, name) {
  const wanted = name.toLowerCase();
  for (const [key, value] of url.searchParams) if (key.toLowerCase() === wanted) return value;
  return null;
}
