// @vitest-environment node
import { createLocalJWKSet, decodeJwt, jwtVerify } from 'jose';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';

import { PARTNER_TENANT_ID, TEST_CLIENT_ID } from '../shared/identities.js';

import { startEntraEmulator } from './server.js';
import { httpsCall, redeem, signIn, TEST_REDIRECT_URI } from './test-client.js';

const PC_SCOPE = 'https://api.partnercenter.microsoft.com/user_impersonation';
/** @type {Awaited<ReturnType<typeof startEntraEmulator>>} */
let entra;

beforeAll(async () => {
  entra = await startEntraEmulator({
    clients: [{ clientId: TEST_CLIENT_ID, redirectUris: [TEST_REDIRECT_URI] }],
  });
});
afterAll(() => entra.close());
beforeEach(() => entra.admin.reset());

const get = (/** @type {string} */ path, /** @type {Record<string, string>} */ headers = {}) =>
  httpsCall(`${entra.url}${path}`, { headers, ca: entra.caCert });

const authorizeQuery = (/** @type {Record<string, string>} */ extra = {}) =>
  new URLSearchParams({
    client_id: TEST_CLIENT_ID,
    redirect_uri: TEST_REDIRECT_URI,
    response_type: 'code',
    scope: `${PC_SCOPE} openid profile offline_access`,
    state: 's',
    code_challenge: 'x'.repeat(43),
    code_challenge_method: 'S256',
    ...extra,
  });

describe('Entra ID emulator', () => {
  it('serves discovery metadata built from the request host, with CORS', async () => {
    const response = await get('/Organizations/v2.0/.well-known/openid-configuration', {
      origin: 'http://localhost:5173',
    });
    const doc = JSON.parse(response.body);
    expect(doc.authorization_endpoint).toMatch(/\/organizations\/oauth2\/v2\.0\/authorize$/);
    expect(doc.issuer).toMatch(/\/\{tenantid\}\/v2\.0$/);
    expect(response.headers['access-control-allow-origin']).toBe('http://localhost:5173');
  });

  it('refuses an unregistered redirect URI with an error page, not a redirect', async () => {
    const response = await get(
      `/organizations/oauth2/v2.0/authorize?${authorizeQuery({ redirect_uri: 'https://evil.example/cb' })}`,
    );
    expect(response.status).toBe(400);
    expect(response.headers.location).toBeUndefined();
    expect(response.body).toContain('AADSTS50011');
    expect(response.body).toContain('https://evil.example/cb');
  });

  it('shows the sign-in form listing the test users', async () => {
    const response = await get(`/organizations/oauth2/v2.0/authorize?${authorizeQuery()}`);
    expect(response.status).toBe(200);
    for (const name of ['Adele Vance', 'Nestor Wilke', 'Lynne Robbins'])
      expect(response.body).toContain(`Sign in as ${name}`);
    expect(response.body).not.toContain('<script');
    expect(entra.admin.stats().authorizeForm).toBe(1);
  });

  it('runs the code flow with PKCE and issues Partner Center v1 tokens', async () => {
    const { fragment, tokens } = await signIn(entra);
    expect(fragment.get('state')).toBe('state-123');
    expect(
      JSON.parse(Buffer.from(fragment.get('client_info') ?? '', 'base64url').toString()),
    ).toMatchObject({ utid: PARTNER_TENANT_ID });
    expect(tokens.status).toBe(200);
    expect(tokens.json.scope).toBe(`${PC_SCOPE} openid profile offline_access`);
    const jwks = createLocalJWKSet(JSON.parse((await get('/common/discovery/v2.0/keys')).body));
    const { payload } = await jwtVerify(tokens.json.access_token, jwks);
    expect(payload).toMatchObject({
      aud: 'https://api.partnercenter.microsoft.com',
      iss: `https://sts.windows.net/${PARTNER_TENANT_ID}/`,
      scp: 'user_impersonation',
      amr: ['pwd', 'mfa'],
      tid: PARTNER_TENANT_ID,
      ver: '1.0',
    });
    expect(decodeJwt(tokens.json.id_token)).toMatchObject({
      aud: TEST_CLIENT_ID,
      nonce: 'nonce-456',
      preferred_username: 'adele.vance@contosopartner.onmicrosoft.com',
    });
  });

  it('issues tokens without MFA for the user who has none', async () => {
    const { tokens } = await signIn(entra, { user: 'no-mfa' });
    expect(decodeJwt(tokens.json.access_token).amr).toEqual(['pwd']);
  });

  it('accepts a code once, only with the right verifier and an Origin', async () => {
    const { fragment, verifier } = await signIn(entra);
    // The helper already redeemed it: a second use fails.
    const again = await redeem(entra, {
      code: fragment.get('code') ?? '',
      verifier,
      scope: PC_SCOPE,
    });
    expect(again.status).toBe(400);
    expect(again.json.error).toBe('invalid_grant');
    const noOrigin = await redeem(entra, {
      code: 'whatever',
      verifier,
      scope: PC_SCOPE,
      origin: null,
    });
    expect(noOrigin.json.error_codes).toEqual([9002327]);
  });

  it('rejects a wrong PKCE verifier', async () => {
    const first = await signIn(entra);
    const code = await httpsCall(
      `${entra.url}/organizations/oauth2/v2.0/authorize?${authorizeQuery({ prompt: 'none', code_challenge: 'a'.repeat(43) })}`,
      {
        headers: { cookie: first.cookie },
        ca: entra.caCert,
      },
    );
    const issued = new URLSearchParams(String(code.headers.location).split('#')[1]);
    const wrong = await redeem(entra, {
      code: issued.get('code') ?? '',
      verifier: 'b'.repeat(43),
      scope: PC_SCOPE,
    });
    expect(wrong.json).toMatchObject({ error: 'invalid_grant', error_codes: [50148] });
  });

  it('redeems refresh tokens for another resource (multi-resource), rotates and revokes them', async () => {
    const { tokens } = await signIn(entra, { scope: 'openid profile offline_access' });
    const refresh = (/** @type {string} */ token) =>
      httpsCall(`${entra.url}/organizations/oauth2/v2.0/token`, {
        method: 'POST',
        headers: {
          'content-type': 'application/x-www-form-urlencoded',
          origin: 'http://localhost:5173',
        },
        body: new URLSearchParams({
          client_id: TEST_CLIENT_ID,
          grant_type: 'refresh_token',
          refresh_token: token,
          scope: `${PC_SCOPE} openid profile offline_access`,
        }).toString(),
        ca: entra.caCert,
      });
    const first = JSON.parse((await refresh(tokens.json.refresh_token)).body);
    expect(decodeJwt(first.access_token).aud).toBe('https://api.partnercenter.microsoft.com');
    expect(JSON.parse((await refresh(tokens.json.refresh_token)).body).error).toBe('invalid_grant'); // rotated
    entra.admin.revokeRefreshTokens();
    expect(JSON.parse((await refresh(first.refresh_token)).body).error_codes).toEqual([700082]);
    expect(entra.admin.stats().token.refresh_token).toBe(3);
  });

  it('answers prompt=none from the session cookie, or login_required without one', async () => {
    const { cookie } = await signIn(entra);
    const withSession = await get(
      `/organizations/oauth2/v2.0/authorize?${authorizeQuery({ prompt: 'none' })}`,
      { cookie },
    );
    expect(String(withSession.headers.location)).toMatch(/#code=/);
    const without = await get(
      `/organizations/oauth2/v2.0/authorize?${authorizeQuery({ prompt: 'none' })}`,
    );
    expect(String(without.headers.location)).toMatch(/#error=login_required/);
    expect(entra.admin.stats().authorizeSilent).toBe(2);
  });

  it('signs out: clears the session and returns to the app', async () => {
    const { cookie } = await signIn(entra);
    const out = await get(
      `/organizations/oauth2/v2.0/logout?post_logout_redirect_uri=${encodeURIComponent('http://localhost:5173/')}`,
      { cookie },
    );
    expect(out.headers.location).toBe('http://localhost:5173/');
    const after = await get(
      `/organizations/oauth2/v2.0/authorize?${authorizeQuery({ prompt: 'none' })}`,
      { cookie },
    );
    expect(String(after.headers.location)).toMatch(/error=login_required/);
  });

  it('reset restores the knobs as well as the state', async () => {
    entra.admin.config({ accessTokenLifetimeSeconds: 60, autoLoginUser: 'admin' });
    entra.admin.reset();
    const response = await get(`/organizations/oauth2/v2.0/authorize?${authorizeQuery()}`);
    expect(response.status).toBe(200); // the form again, not an auto-login
    const { tokens } = await signIn(entra);
    expect(tokens.json.expires_in).toBe(3600);
  });
});
