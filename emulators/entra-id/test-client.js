// @ts-check
import { createHash, randomBytes } from 'node:crypto';
import { request } from 'node:https';

import { TEST_CLIENT_ID } from '../shared/identities.js';

// A minimal OAuth client for the emulators' own tests: talks HTTPS to the Entra ID
// emulator (trusting its fresh certificate) the way MSAL does.

/**
 * @param {string} url
 * @param {{ method?: string, headers?: Record<string, string>, body?: string, ca: string }} options
 * @returns {Promise<{ status: number, headers: import('node:http').IncomingHttpHeaders, body: string }>}
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

export const TEST_REDIRECT_URI = 'http://localhost:5173/redirect.html';

/**
 * Signs a test user in through the form and redeems the code, as MSAL would.
 * @param {{ url: string, caCert: string }} entra
 * @param {{ user?: string, scope?: string, cookie?: string }} [options]
 */
export async function signIn(
  entra,
  {
    user = 'admin',
    scope = 'https://api.partnercenter.microsoft.com/user_impersonation openid profile offline_access',
  } = {},
) {
  const verifier = randomBytes(32).toString('base64url');
  const challenge = createHash('sha256').update(verifier).digest('base64url');
  const form = new URLSearchParams({
    client_id: TEST_CLIENT_ID,
    redirect_uri: TEST_REDIRECT_URI,
    response_type: 'code',
    response_mode: 'fragment',
    scope,
    state: 'state-123',
    nonce: 'nonce-456',
    code_challenge: challenge,
    code_challenge_method: 'S256',
    emulator_user: user,
  });
  const signedIn = await httpsCall(`${entra.url}/organizations/oauth2/v2.0/authorize`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: form.toString(),
    ca: entra.caCert,
  });
  const location = String(signedIn.headers.location ?? '');
  const fragment = new URLSearchParams(location.split('#')[1] ?? '');
  const cookie = String(signedIn.headers['set-cookie']?.[0] ?? '').split(';')[0] ?? '';
  const tokens = await redeem(entra, { code: fragment.get('code') ?? '', verifier, scope });
  return { location, fragment, cookie, tokens, verifier };
}

/**
 * @param {{ url: string, caCert: string }} entra
 * @param {{ code: string, verifier: string, scope: string, origin?: string | null }} input
 */
export async function redeem(entra, { code, verifier, scope, origin = 'http://localhost:5173' }) {
  const response = await httpsCall(`${entra.url}/organizations/oauth2/v2.0/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', ...(origin ? { origin } : {}) },
    body: new URLSearchParams({
      client_id: TEST_CLIENT_ID,
      grant_type: 'authorization_code',
      code,
      code_verifier: verifier,
      redirect_uri: TEST_REDIRECT_URI,
      scope,
    }).toString(),
    ca: entra.caCert,
  });
  return {
    status: response.status,
    json: /** @type {Record<string, any>} */ (JSON.parse(response.body)),
  }; // any: token responses are checked field by field in tests
}
