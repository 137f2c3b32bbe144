// @ts-check
import { hashSeed } from './history.js';

// Opaque, tamper-evident continuation tokens for the seek-paged endpoints added with
// subscriptions and billing (customers.js keeps its own): a JSON state, base64url, and a
// checksum, so a token edited by hand is refused with 400 instead of paging nonsense.

/** @param {string} text */
function toBase64Url(text) {
  return btoa(text).replace(/=+$/, '').replace(/\+/g, '-').replace(/\//g, '_');
}

/** @param {Record<string, string | number>} state ASCII values only */
export function encodeToken(state) {
  const payload = toBase64Url(JSON.stringify(state));
  return `${payload}.${hashSeed(payload).toString(36)}`;
}

/** @param {string | undefined} token @returns {Record<string, unknown> | null} */
export function decodeToken(token) {
  const [payload, sum, extra] = (token ?? '').split('.');
  if (!payload || extra !== undefined || sum !== hashSeed(payload).toString(36)) return null;
  try {
    const state = JSON.parse(atob(payload.replace(/-/g, '+').replace(/_/g, '/')));
    return state && typeof state === 'object' ? state : null;
  } catch {
    return null;
  }
}
