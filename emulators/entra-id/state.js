// @ts-check
// Everything the emulator remembers between requests, plus the test knobs. reset() brings
// back a clean state AND the default knobs, so no test leaks into the next (docs/testing.md, MSAL point 8).

/**
 * @typedef {object} PendingCode
 * @property {string} clientId
 * @property {string} redirectUri
 * @property {string} codeChallenge
 * @property {string | undefined} nonce
 * @property {string} scope       as requested at /authorize
 * @property {string} userKey
 * @property {string} sessionId
 * @property {number} expiresAt   epoch ms
 *
 * @typedef {object} RefreshGrant
 * @property {string} userKey
 * @property {string} clientId
 * @property {string} sessionId
 * @property {boolean} revoked
 *
 * @typedef {object} Knobs
 * @property {string | null} autoLoginUser      skip the form and sign in as this user key
 * @property {number} accessTokenLifetimeSeconds
 * @property {boolean} failNextRefresh          the next refresh grant answers invalid_grant
 * @property {string[]} extraRedirectUris       added to the test client at run time
 *
 * @typedef {object} Stats
 * @property {number} authorize          every GET /authorize
 * @property {number} authorizeSilent    those with prompt=none
 * @property {number} authorizeForm      sign-in forms shown
 * @property {number} signIn             sign-in forms posted
 * @property {number} logout
 * @property {number} errors             every error answer (page, redirect or JSON)
 * @property {Record<string, number>} token  token requests by grant_type
 * @property {Record<string, string>} lastAuthorizeParams  secrets redacted
 * @property {Record<string, string>} lastTokenParams      secrets redacted
 */

/** @param {{ accessTokenLifetimeSeconds: number }} defaults */
export function createState(defaults) {
  const fresh = () => ({
    /** @type {Map<string, PendingCode>} */
    codes: new Map(),
    /** @type {Map<string, string>} session id → user key */
    sessions: new Map(),
    /** @type {Map<string, RefreshGrant>} */
    refreshTokens: new Map(),
    /** @type {Stats} */
    stats: {
      authorize: 0,
      authorizeSilent: 0,
      authorizeForm: 0,
      signIn: 0,
      logout: 0,
      errors: 0,
      token: { authorization_code: 0, refresh_token: 0 },
      lastAuthorizeParams: {},
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
  let current = fresh();
  return {
    get: () => current,
    reset: () => {
      current = fresh();
    },
  };
}

/** @typedef {ReturnType<typeof createState>} StateStore */

/** Secrets never go into stats: tests see that they were sent, not what they were. */
const SECRET_PARAMS = new Set([
  'code',
  'code_verifier',
  'refresh_token',
  'client_secret',
  'client_assertion',
  'assertion',
  'id_token_hint',
  'password',
]);

/** @param {URLSearchParams} params @returns {Record<string, string>} */
export function redactParams(params) {
  /** @type {Record<string, string>} */
  const out = {};
  for (const [key, value] of params) out[key] = SECRET_PARAMS.has(key) ? '<redacted>' : value;
  return out;
}
