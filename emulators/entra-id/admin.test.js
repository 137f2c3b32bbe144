// @vitest-environment node
// @ts-check
import { describe, expect, it } from 'vitest';

import { authorizeParams, httpsCall, refresh, responseParams, signIn } from './test-client.js';
import { useTestEntra } from './test-emulator.js';

const entra = useTestEntra();

/** @param {URLSearchParams} params @param {Record<string, string>} [headers] */
const authorize = (params, headers = {}) =>
  httpsCall(`${entra.url}/organizations/oauth2/v2.0/authorize?${params}`, {
    headers,
    ca: entra.caCert,
  });

/** @param {'GET' | 'POST'} method @param {string} path @param {unknown} [body] */
async function adminCall(method, path, body) {
  const response = await httpsCall(`${entra.url}/__admin/${path}`, {
    method,
    headers: { 'content-type': 'application/json' },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    ca: entra.caCert,
  });
  return { status: response.status, headers: response.headers, json: JSON.parse(response.body) };
}

describe('Entra ID emulator: test-only admin', () => {
  it('counts what MSAL did, and records the last parameters without secrets', async () => {
    await authorize(authorizeParams()); // form shown
    const { tokens, cookie } = await signIn(entra); // form posted + code redeemed
    await authorize(authorizeParams({ prompt: 'none' }), { cookie });
    await authorize(authorizeParams({ prompt: 'none' })); // login_required
    await refresh(entra, tokens.json.refresh_token ?? '');
    await httpsCall(`${entra.url}/organizations/oauth2/v2.0/logout`, { ca: entra.caCert });

    const { status, headers, json: stats } = await adminCall('GET', 'stats');
    expect(status).toBe(200);
    expect(headers['access-control-allow-origin']).toBe('*');
    expect(stats).toMatchObject({
      authorize: 3,
      authorizeSilent: 2,
      authorizeForm: 1,
      signIn: 1,
      logout: 1,
      errors: 1,
      token: { authorization_code: 1, refresh_token: 1 },
    });
    expect(stats.lastAuthorizeParams).toMatchObject({
      prompt: 'none',
      code_challenge_method: 'S256',
    });
    expect(stats.lastTokenParams).toMatchObject({
      grant_type: 'refresh_token',
      refresh_token: '<redacted>',
    });
    expect(JSON.stringify(stats)).not.toContain(tokens.json.refresh_token);
  });

  it('signs in without the form when autoLoginUser is set, as that user', async () => {
    const config = await adminCall('POST', 'config', { autoLoginUser: 'no-mfa' });
    expect(config.json.autoLoginUser).toBe('no-mfa');
    const response = await authorize(authorizeParams());
    expect(response.status).toBe(302);
    const info = responseParams(response).get('client_info') ?? '';
    expect(JSON.parse(Buffer.from(info, 'base64url').toString()).uid).toBe(
      '2c9f4d2b-7a3e-4c8f-b6da-2e4a8fab3c5d',
    );
    expect(entra.admin.stats().authorizeForm).toBe(0);
  });

  it('reset restores every knob as well as the state', async () => {
    await adminCall('POST', 'config', {
      autoLoginUser: 'admin',
      accessTokenLifetimeSeconds: 120,
      failNextRefresh: true,
      redirectUris: ['http://localhost:4173/redirect.html'],
    });
    const { cookie } = await signIn(entra, { scope: 'openid profile offline_access' });
    expect((await adminCall('POST', 'reset')).status).toBe(200);
    expect(entra.admin.getConfig()).toEqual({
      autoLoginUser: null,
      accessTokenLifetimeSeconds: 3600,
      failNextRefresh: false,
      extraRedirectUris: [],
    });
    expect(entra.admin.stats().token.authorization_code).toBe(0);
    expect((await authorize(authorizeParams())).status).toBe(200); // the form, not auto-login
    const silent = await authorize(authorizeParams({ prompt: 'none' }), { cookie });
    expect(responseParams(silent).get('error')).toBe('login_required'); // session gone
    expect((await signIn(entra)).tokens.json.expires_in).toBe(3600);
  });

  it('applies the token lifetime and fails exactly the next refresh', async () => {
    entra.admin.config({ accessTokenLifetimeSeconds: 120 });
    const { tokens } = await signIn(entra);
    expect(tokens.json.expires_in).toBe(120);
    await adminCall('POST', 'config', { failNextRefresh: true });
    const failed = await refresh(entra, tokens.json.refresh_token ?? '');
    expect(failed.json).toMatchObject({ error: 'invalid_grant', error_codes: [700082] });
    expect((await refresh(entra, tokens.json.refresh_token ?? '')).status).toBe(200);
  });

  it('adds redirect URIs to the test client at run time', async () => {
    const preview = 'http://localhost:4173/redirect.html';
    expect((await authorize(authorizeParams({ redirect_uri: preview }))).status).toBe(400);
    await adminCall('POST', 'config', { redirectUris: [preview] });
    expect((await authorize(authorizeParams({ redirect_uri: preview }))).status).toBe(200);
  });

  it('revokes refresh tokens over HTTP, for one user or all', async () => {
    const { tokens } = await signIn(entra);
    await signIn(entra, { user: 'no-role' });
    expect((await adminCall('POST', 'revoke-refresh-tokens', { user: 'admin' })).json).toEqual({
      ok: true,
      revoked: 1,
    });
    expect((await refresh(entra, tokens.json.refresh_token ?? '')).json.error).toBe(
      'invalid_grant',
    );
    expect((await adminCall('POST', 'revoke-refresh-tokens')).json.revoked).toBe(1);
  });

  it('refuses bad config with 400 and leaves the knobs alone', async () => {
    for (const bad of [
      { autoLoginUser: 'mallory' },
      { accessTokenLifetimeSeconds: -1 },
      { redirectUris: ['not a url'] },
      { typo: true },
    ]) {
      const response = await adminCall('POST', 'config', bad);
      expect(response.status).toBe(400);
      expect(response.json.error).toEqual(expect.any(String));
    }
    expect(entra.admin.getConfig().autoLoginUser).toBeNull();
    expect((await adminCall('GET', 'nope')).status).toBe(404);
  });
});
