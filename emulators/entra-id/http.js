// @ts-check
import { randomUUID } from 'node:crypto';

// Small HTTP helpers shared by the emulator's endpoints. Handlers return a plain `Reply`
// instead of writing to the response, which keeps them easy to test and to compose.

/**
 * @typedef {object} Reply
 * @property {number} status
 * @property {Record<string, string | string[]>} [headers]
 * @property {string} [body]
 */

/** Bodies bigger than this are refused: every real request to these endpoints is tiny. */
export const MAX_BODY_BYTES = 1024 * 1024;

/**
 * @param {number} status
 * @param {unknown} value
 * @param {Record<string, string | string[]>} [headers]
 * @returns {Reply}
 */
export function json(status, value, headers = {}) {
  return {
    status,
    headers: { 'content-type': 'application/json; charset=utf-8', ...headers },
    body: JSON.stringify(value),
  };
}

/**
 * HTML pages carry no script at all, and the CSP says so. `form-action` is left out on
 * purpose: Chromium applies it to the redirect that follows the sign-in POST.
 * @param {number} status
 * @param {string} body
 * @param {Record<string, string | string[]>} [headers]
 * @returns {Reply}
 */
export function html(status, body, headers = {}) {
  return {
    status,
    headers: {
      'content-type': 'text/html; charset=utf-8',
      'content-security-policy': "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'",
      'x-content-type-options': 'nosniff',
      ...headers,
    },
    body,
  };
}

/**
 * An OAuth response delivered the way the client asked: in the fragment (MSAL's default)
 * or in the query. Other modes (form_post) are answered in the fragment, as MSAL never asks.
 * @param {string} redirectUri
 * @param {string | null} responseMode
 * @param {Record<string, string>} values
 * @param {Record<string, string | string[]>} [headers]
 * @returns {Reply}
 */
export function redirectWith(redirectUri, responseMode, values, headers = {}) {
  const params = new URLSearchParams(values).toString();
  if (responseMode === 'query') {
    const url = new URL(redirectUri);
    for (const [key, value] of new URLSearchParams(values)) url.searchParams.append(key, value);
    return { status: 302, headers: { location: url.href, ...headers } };
  }
  const base = redirectUri.split('#')[0];
  return { status: 302, headers: { location: `${base}#${params}`, ...headers } };
}

/**
 * Entra's error body for the token endpoint (HTTP 400). MSAL reads `error` (invalid_grant
 * sends it to the iframe fallback) and shows `error_codes`.
 * @param {string} error
 * @param {number} code AADSTS number
 * @param {string} description
 * @param {string | null} [correlationId]
 * @returns {Reply}
 */
export function entraError(error, code, description, correlationId) {
  return json(400, {
    error,
    error_description: `AADSTS${code}: ${description}`,
    error_codes: [code],
    timestamp: new Date()
      .toISOString()
      .replace('T', ' ')
      .replace(/\.\d+Z$/, 'Z'),
    trace_id: randomUUID(),
    correlation_id: correlationId || randomUUID(),
  });
}

/** @param {string | undefined} header @returns {Record<string, string>} */
export function parseCookies(header) {
  /** @type {Record<string, string>} */
  const cookies = {};
  for (const part of (header ?? '').split(/;\s*/)) {
    const at = part.indexOf('=');
    if (at > 0) cookies[part.slice(0, at).trim()] = part.slice(at + 1).trim();
  }
  return cookies;
}

/**
 * @param {import('node:http').IncomingMessage} req
 * @returns {Promise<string | null>} the body, or null when it is too large
 */
export function readBody(req) {
  return new Promise((resolve, reject) => {
    /** @type {Buffer[]} */
    const chunks = [];
    let size = 0;
    req.on('data', (/** @type {Buffer} */ chunk) => {
      size += chunk.length;
      if (size <= MAX_BODY_BYTES) chunks.push(chunk);
    });
    req.on('end', () => resolve(size > MAX_BODY_BYTES ? null : Buffer.concat(chunks).toString()));
    req.on('error', reject);
  });
}
