// @ts-check
import { TEST_USERS } from '../common/identities.js';

import { json } from './http.js';

// Test-only controls, callable in-process (`emulator.admin`) or over HTTP under /__admin/.
// They exist so tests can assert on the protocol traffic and inject faults; a real Entra
// has nothing like them, and nothing in the app may depend on them.

/**
 * @typedef {object} ConfigInput
 * @property {string | null} [autoLoginUser]           a TEST_USERS key, or null for the form
 * @property {number} [accessTokenLifetimeSeconds]
 * @property {boolean} [failNextRefresh]
 * @property {string[]} [redirectUris]                  added to the test client
 */

/** Thrown for a bad admin request; the HTTP layer answers 400 with its message. */
export class AdminInputError extends Error {}

/** @param {ConfigInput} input */
function validateConfig(input) {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    throw new AdminInputError('config must be a JSON object');
  }
  const known = ['autoLoginUser', 'accessTokenLifetimeSeconds', 'failNextRefresh', 'redirectUris'];
  const unknown = Object.keys(input).filter((key) => !known.includes(key));
  if (unknown.length) throw new AdminInputError(`unknown config keys: ${unknown.join(', ')}`);
  const {
    autoLoginUser,
    accessTokenLifetimeSeconds: lifetime,
    failNextRefresh,
    redirectUris,
  } = input;
  if (autoLoginUser != null && !TEST_USERS.some((user) => user.key === autoLoginUser)) {
    throw new AdminInputError(
      `autoLoginUser must be one of ${TEST_USERS.map((u) => u.key).join(', ')}`,
    );
  }
  if (lifetime !== undefined && !(Number.isInteger(lifetime) && lifetime > 0)) {
    throw new AdminInputError('accessTokenLifetimeSeconds must be a positive integer');
  }
  if (failNextRefresh !== undefined && typeof failNextRefresh !== 'boolean') {
    throw new AdminInputError('failNextRefresh must be a boolean');
  }
  if (redirectUris !== undefined) {
    const valid = (/** @type {unknown} */ uri) => typeof uri === 'string' && URL.canParse(uri);
    if (!Array.isArray(redirectUris) || !redirectUris.every(valid)) {
      throw new AdminInputError('redirectUris must be an array of absolute URLs');
    }
  }
}

/** @param {import('./state.js').StateStore} store */
export function createAdmin(store) {
  const config = () => {
    const { knobs } = store.get();
    return { ...knobs, extraRedirectUris: [...knobs.extraRedirectUris] };
  };
  return {
    /** Clears codes, sessions, refresh tokens and stats, and restores every knob. */
    reset: () => store.reset(),
    /** A snapshot: later requests do not change what the caller holds. */
    stats: () => structuredClone(store.get().stats),
    /** The knobs now in force. */
    getConfig: config,
    /** @param {ConfigInput} input @returns the knobs now in force */
    config: (input) => {
      validateConfig(input);
      const { knobs } = store.get();
      if (input.autoLoginUser !== undefined) knobs.autoLoginUser = input.autoLoginUser;
      if (input.accessTokenLifetimeSeconds !== undefined) {
        knobs.accessTokenLifetimeSeconds = input.accessTokenLifetimeSeconds;
      }
      if (input.failNextRefresh !== undefined) knobs.failNextRefresh = input.failNextRefresh;
      for (const uri of input.redirectUris ?? []) {
        if (!knobs.extraRedirectUris.includes(uri)) knobs.extraRedirectUris.push(uri);
      }
      return config();
    },
    /** @param {string} [userKey] only this user's tokens; all when omitted @returns {number} how many were revoked */
    revokeRefreshTokens: (userKey) => {
      let revoked = 0;
      for (const grant of store.get().refreshTokens.values()) {
        if ((!userKey || grant.userKey === userKey) && !grant.revoked) {
          grant.revoked = true;
          revoked++;
        }
      }
      return revoked;
    },
  };
}

/** @typedef {ReturnType<typeof createAdmin>} Admin */

/**
 * The same operations over HTTP. CORS `*`: a test page may drive them from any origin.
 * @param {Admin} admin
 * @param {string} method
 * @param {string} path lower-cased, without trailing slash
 * @param {string} body
 * @returns {import('./http.js').Reply}
 */
export function adminRoute(admin, method, path, body) {
  const cors = { 'access-control-allow-origin': '*' };
  if (method === 'OPTIONS') {
    return {
      status: 204,
      headers: {
        ...cors,
        'access-control-allow-methods': 'GET, POST, OPTIONS',
        'access-control-allow-headers': 'content-type',
      },
    };
  }
  try {
    const input = body.trim() ? JSON.parse(body) : {};
    const route = `${method} ${path}`;
    if (route === 'POST /__admin/reset') return (admin.reset(), json(200, { ok: true }, cors));
    if (route === 'GET /__admin/stats') return json(200, admin.stats(), cors);
    if (route === 'GET /__admin/config') return json(200, admin.getConfig(), cors);
    if (route === 'POST /__admin/config') return json(200, admin.config(input), cors);
    if (route === 'POST /__admin/revoke-refresh-tokens') {
      const user = typeof input?.user === 'string' ? input.user : undefined;
      return json(200, { ok: true, revoked: admin.revokeRefreshTokens(user) }, cors);
    }
    return json(404, { error: 'unknown admin endpoint' }, cors);
  } catch (error) {
    if (error instanceof SyntaxError || error instanceof AdminInputError) {
      return json(400, { error: error.message }, cors);
    }
    throw error;
  }
}
