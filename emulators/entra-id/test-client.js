// @ts-check
import { createHash, randomBytes } from 'node:crypto';
import { request } from 'node:https';

import { PARTNER_CENTER_SCOPE, TEST_CLIENT_ID } from '../common/identities.js';

// A minimal OAuth client for the emulators' own tests: talks HTTPS to the Entra ID
// emulator (trusting its fresh certificate) the way MSAL does. Not used by the app.

export const TEST_REDIRECT_URI = 'http://localhost:5173/redirect.html';
export const TEST_ORIGIN = 'http://localhost:5173';
/** What MSAL sends when the app asks for the Partner Center scope. */
export const MSAL_PC_SCOPES = `${PARTNER_CENTER_SCOPE} openid profile offline_access`;

/**
 * @typedef {object} TokenResponse
 * @property {string} [token_type]
 * @property {string} [scope]
 * @property {number} [expires_in]
 * @property {number} [ext_expires_in]
 * @property {string} [access_token]
 * @property {string} [refresh_token]
 * @property {string} [id_token]
 * @property {string} [client_info]
 * @property {string} [error]
 * @property {string} [error_description]
 * @property {number[]} [error_codes]
 * @property {string} [correlation_id]
 *
 * @typedef {object} IssuedTokens  a successful token response
 * @property {string} token_type
 * @property {string} scope
 * @property {number} expires_in
 * @property {number} ext_expires_in
 * @property {string} access_token
 * @property {string} [refresh_token]  only when offline_access was asked for
 * @property {string} id_token
 * @property {string} client_info
 *
 * @typedef {{ url: string, caCert: string }} EmulatorAddress
 * @typedef {{ status: number, headers: import('node:http').IncomingHttpHeaders, body: string }} HttpsResult
 */

/**
 * @param {string} url
 * @param {{ method?: string, headers?: Record<string, string>, body?: string, ca: string }} options
 * @returns {Promise<HttpsResult>}
 */
export function httpsCall(url, { method = 'GET', headers = {}, body, ca }) {
  return new Promise((resolve, reject) => {
    const req = request(url, { method, headers, ca }, (res) => {
      let text = '';
      res.on('data', (chunk) => (text += chunk));
      res.on('end', () =>
        resolve({ status: res.statusCode ?? 0, headers: res.headers, body: text }),
      );
    });
    req.on('error', reject);
    if (body) req.write(body);
    req.end();
  });
}

/** A PKCE pair, as MSAL makes one per request. */
export function pkcePair() {
  const verifier = randomBytes(32).toString('base64url');
  return { verifier, challenge: createHash('sha256').update(verifier).digest('base64url') };
}

/** The parameters MSAL puts on /authorize. @param {Record<string, string>} [extra] */
export function authorizeParams(extra = {}) {
  return new URLSearchParams({
    client_id: TEST_CLIENT_ID,
    redirect_uri: TEST_REDIRECT_URI,
    response_type: 'code',
    response_mode: 'fragment',
    scope: MSAL_PC_SCOPES,
    state: 'state-123',
    nonce: 'nonce-456',
    code_challenge: pkcePair().challenge,
    code_challenge_method: 'S256',
    ...extra,
  });
}

/** The response parameters of a 302 back to the app (fragment or query). @param {HttpsResult} result */
export function responseParams(result) {
  const location = new URL(String(result.headers.location ?? ''));
  return new URLSearchParams(location.hash ? location.hash.slice(1) : location.search);
}

/** The cookie pair a response set, ready for a Cookie header. @param {HttpsResult} result */
export const cookieOf = (result) =>
  String(result.headers['set-cookie']?.[0] ?? '').split(';')[0] ?? '';

/**
 * POSTs a form as MSAL does (from the app's origin unless `origin: null`).
 * @param {EmulatorAddress} entra
 * @param {Record<string, string>} fields
 * @param {{ origin?: string | null }} [options]
 * @returns {Promise<{ status: number, headers: import('node:http').IncomingHttpHeaders, json: TokenResponse }>}
 */
export async function tokenRequest(entra, fields, { origin = TEST_ORIGIN } = {}) {
  const response = await httpsCall(`${entra.url}/organizations/oauth2/v2.0/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', ...(origin ? { origin } : {}) },
    body: new URLSearchParams({ client_id: TEST_CLIENT_ID, ...fields }).toString(),
    ca: entra.caCert,
  });
  return { status: response.status, headers: response.headers, json: JSON.parse(response.body) };
}

/**
 * @param {EmulatorAddress} entra
 * @param {{ code: string, verifier: string, scope: string, origin?: string | null }} input
 */
export function redeem(entra, { code, verifier, scope, origin }) {
  const fields = {
    grant_type: 'authorization_code',
    code,
    code_verifier: verifier,
    redirect_uri: TEST_REDIRECT_URI,
    scope,
  };
  return tokenRequest(entra, fields, { origin });
}

/** @param {EmulatorAddress} entra @param {string} refreshToken @param {string} [scope] */
export function refresh(entra, refreshToken, scope = MSAL_PC_SCOPES) {
  return tokenRequest(entra, { grant_type: 'refresh_token', refresh_token: refreshToken, scope });
}

/**
 * Signs a test user in through the form POST and redeems the code, as MSAL would; throws
 * when that fails.
 * @param {EmulatorAddress} entra
 * @param {{ user?: string, scope?: string }} [options]
 */
export async function signIn(entra, { user = 'admin', scope = MSAL_PC_SCOPES } = {}) {
  const { verifier, challenge } = pkcePair();
  const form = authorizeParams({ scope, code_challenge: challenge, emulator_user: user });
  const signedIn = await httpsCall(`${entra.url}/organizations/oauth2/v2.0/authorize`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: form.toString(),
    ca: entra.caCert,
  });
  const location = String(signedIn.headers.location ?? '');
  const fragment = responseParams(signedIn);
  const redeemed = await redeem(entra, { code: fragment.get('code') ?? '', verifier, scope });
  // The happy path only: a failure here is a broken emulator, not something to assert on.
  if (redeemed.status !== 200 || !redeemed.json.access_token || !redeemed.json.id_token) {
    throw new Error(`sign-in failed: ${redeemed.status} ${redeemed.json.error_description}`);
  }
  const tokens = { ...redeemed, json: /** @type {IssuedTokens} */ (redeemed.json) };
  return { location, fragment, cookie: cookieOf(signedIn), tokens, verifier };
}
