// @ts-check
// Everything the emulator remembers between requests, plus the test knobs. reset() brings
// back a clean state AND the default knobs, so no test leaks into the next.

/**
 * @typedef {object} PendingCode
 * @property {string} clientId
 * @property {string} redirectUri
 * @property {string} codeChallenge
 * @property {string | undefined} nonce
 * @property {string} userKey
 * @property {string} sessionId
 * @property {number} expiresAt
 *
 * @typedef {{ userKey: string, clientId: string, sessionId: string, revoked: boolean }} RefreshGrant
 *
 * @typedef {object} Knobs
 * @property {string | null} autoLoginUser
 * @property {number} accessTokenLifetimeSeconds
 * @property {boolean} failNextRefresh
 * @property {string[]} extraRedirectUris
 */

export function createState(/** @type {{ accessTokenLifetimeSeconds: number }} */ defaults) {
  const fresh = () => ({
    /** @type {Map<string, PendingCode>} */
    codes: new Map(),
    /** @type {Map<string, string>} session id → user key */
    sessions: new Map(),
    /** @type {Map<string, RefreshGrant>} */
    refreshTokens: new Map(),
    stats: {
      authorize: 0,
      authorizeSilent: 0,
      authorizeForm: 0,
      signIn: 0,
      logout: 0,
      errors: 0,
      token: /** @type {Record<string, number>} */ ({ authorization_code: 0, refresh_token: 0 }),
      /** @type {Record<string, string>} */
      lastAuthorizeParams: {},
      /** @type {Record<string, string>} */
      lastTokenParams: {},
    },
    /** @type {Knobs} */
    knobs: {
      autoLoginUser: null,
      accessTokenLifetimeSeconds: defaults.accessTokenLifetimeSeconds,
      failNextRefresh: false,
      extraRedirectUris: [],
    },
  });
  const state = { current: fresh() };
  return {
    get: () => state.current,
    reset: () => {
      state.current = fresh();
    },
  };
}

/** Secrets never go into stats: tests see that they were sent, not what they were. */
const SECRET_PARAMS = new Set([
  'code',
  'code_verifier',
  'refresh_token',
  'client_secret',
  'assertion',
]);

/** @param {URLSearchParams} params @returns {Record<string, string>} */
export function redactParams(params) {
  /** @type {Record<string, string>} */
  const out = {};
  for (const [key, value] of params) out[key] = SECRET_PARAMS.has(key) ? '<redacted>' : value;
  return out;
}
