// @vitest-environment node
// @ts-check
import { createLocalJWKSet, decodeJwt, jwtVerify } from 'jose';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';

import {
  PARTNER_CENTER_AUDIENCE,
  PARTNER_CENTER_SCOPE,
  PARTNER_TENANT_ID,
  TEST_CLIENT_ID,
} from '../common/identities.js';

import { startEntraEmulator } from './server.js';
import {
  authorizeParams,
  httpsCall,
  MSAL_PC_SCOPES,
  redeem,
  refresh,
  responseParams,
  signIn,
  TEST_ORIGIN,
  TEST_REDIRECT_URI,
  tokenRequest,
} from './test-client.js';

const OIDC = 'openid profile offline_access';
/** @type {import('./server.js').EntraEmulator} */
let entra;
/** @type {ReturnType<typeof createLocalJWKSet>} */
let jwks;
beforeAll(async () => {
  entra = await startEntraEmulator({
    clients: [{ clientId: TEST_CLIENT_ID, redirectUris: [TEST_REDIRECT_URI] }],
  });
  jwks = createLocalJWKSet(JSON.parse((await httpsCall(entra.jwksUrl, { ca: entra.caCert })).body));
});
afterAll(() => entra.close());
beforeEach(() => entra.admin.reset());

/** A code issued from a session, for a chosen PKCE challenge. @param {string} cookie @param {string} challenge */
async function silentCode(cookie, challenge) {
  const response = await httpsCall(
    `${entra.url}/organizations/oauth2/v2.0/authorize?${authorizeParams({ prompt: 'none', code_challenge: challenge })}`,
    { headers: { cookie }, ca: entra.caCert },
  );
  return responseParams(response).get('code') ?? '';
}

describe('Entra ID emulator: /token', () => {
  it('redeems a code once; a second use fails with invalid_grant', async () => {
    const { fragment, verifier, tokens } = await signIn(entra);
    expect(tokens.status).toBe(200);
    expect(tokens.json).toMatchObject({
      token_type: 'Bearer',
      expires_in: 3600,
      ext_expires_in: 3600,
    });
    const again = await redeem(entra, {
      code: fragment.get('code') ?? '',
      verifier,
      scope: MSAL_PC_SCOPES,
    });
    expect(again.status).toBe(400);
    expect(again.json).toMatchObject({ error: 'invalid_grant', error_codes: [70008] });
    expect(again.json.error_description).toMatch(/^AADSTS70008: /);
    expect(again.json).toHaveProperty('trace_id');
    expect(again.json).toHaveProperty('correlation_id');
    expect(again.json).toHaveProperty('timestamp');
  });

  it('rejects a wrong PKCE verifier, and burns the code', async () => {
    const { cookie, verifier } = await signIn(entra);
    const code = await silentCode(cookie, 'a'.repeat(43));
    const wrong = await redeem(entra, { code, verifier, scope: MSAL_PC_SCOPES });
    expect(wrong.json).toMatchObject({ error: 'invalid_grant', error_codes: [50148] });
  });

  it('rejects a code presented with another redirect_uri, or after 10 minutes', async () => {
    const { cookie } = await signIn(entra);
    const code = await silentCode(cookie, 'x'.repeat(43));
    const other = await tokenRequest(entra, {
      grant_type: 'authorization_code',
      code,
      code_verifier: 'v',
      redirect_uri: 'http://localhost:5173/other',
      scope: MSAL_PC_SCOPES,
    });
    expect(other.json.error).toBe('invalid_grant');

    const late = await silentCode(cookie, 'x'.repeat(43));
    const now = Date.now();
    vi.spyOn(Date, 'now').mockReturnValue(now + 10 * 60_000 + 1);
    try {
      const expired = await redeem(entra, { code: late, verifier: 'v', scope: MSAL_PC_SCOPES });
      expect(expired.json).toMatchObject({ error: 'invalid_grant', error_codes: [70008] });
    } finally {
      vi.restoreAllMocks();
    }
  });

  it('requires an Origin header, as Entra does for SPA redemptions (AADSTS9002327)', async () => {
    const { fragment, verifier } = await signIn(entra);
    const response = await redeem(entra, {
      code: fragment.get('code') ?? '',
      verifier,
      scope: OIDC,
      origin: null,
    });
    expect(response.status).toBe(400);
    expect(response.json).toMatchObject({ error: 'invalid_request', error_codes: [9002327] });
  });

  it('answers the CORS preflight by echoing the origin', async () => {
    const response = await httpsCall(`${entra.url}/organizations/oauth2/v2.0/token`, {
      method: 'OPTIONS',
      headers: { origin: TEST_ORIGIN, 'access-control-request-headers': 'content-type' },
      ca: entra.caCert,
    });
    expect(response.status).toBe(204);
    expect(response.headers['access-control-allow-origin']).toBe(TEST_ORIGIN);
    expect(response.headers['access-control-allow-methods']).toContain('POST');
  });

  it('issues an OIDC login a Graph token, an id token with the nonce, and client_info', async () => {
    const { tokens } = await signIn(entra, { scope: OIDC });
    expect(tokens.json.scope).toBe(OIDC);
    const { payload: at } = await jwtVerify(tokens.json.access_token ?? '', jwks);
    expect(at.aud).toBe('00000003-0000-0000-c000-000000000000');
    const { payload: id, protectedHeader } = await jwtVerify(tokens.json.id_token ?? '', jwks, {
      audience: TEST_CLIENT_ID,
      issuer: `https://localhost:${entra.port}/${PARTNER_TENANT_ID}/v2.0`,
    });
    expect(protectedHeader).toMatchObject({ alg: 'RS256', kid: expect.any(String) });
    expect(id).toMatchObject({
      ver: '2.0',
      tid: PARTNER_TENANT_ID,
      nonce: 'nonce-456',
      name: 'Adele Vance',
      preferred_username: 'adele.vance@contosopartner.onmicrosoft.com',
      login_hint: expect.any(String),
      sid: expect.any(String),
    });
    expect(JSON.parse(Buffer.from(tokens.json.client_info ?? '', 'base64url').toString())).toEqual({
      uid: id.oid,
      utid: PARTNER_TENANT_ID,
    });
  });

  it('redeems an OIDC-only refresh token for Partner Center: a v1 token, the full scope back', async () => {
    const { tokens } = await signIn(entra, { scope: OIDC });
    const renewed = await refresh(entra, tokens.json.refresh_token ?? '', MSAL_PC_SCOPES);
    expect(renewed.status).toBe(200);
    expect(renewed.json.scope).toBe(MSAL_PC_SCOPES);
    expect(renewed.json.scope?.split(' ')).toContain(PARTNER_CENTER_SCOPE);
    expect(renewed.json.refresh_token).toBeTruthy();
    expect(renewed.json.refresh_token).not.toBe(tokens.json.refresh_token); // rotated
    const { payload } = await jwtVerify(renewed.json.access_token ?? '', jwks, {
      audience: PARTNER_CENTER_AUDIENCE,
      issuer: `https://sts.windows.net/${PARTNER_TENANT_ID}/`,
    });
    expect(payload).toMatchObject({
      scp: 'user_impersonation',
      amr: ['pwd', 'mfa'],
      appid: TEST_CLIENT_ID,
      appidacr: '0',
      tid: PARTNER_TENANT_ID,
      upn: 'adele.vance@contosopartner.onmicrosoft.com',
      unique_name: 'adele.vance@contosopartner.onmicrosoft.com',
      name: 'Adele Vance',
      idtyp: 'user',
      ver: '1.0',
    });
    expect(payload.exp).toBe((payload.iat ?? 0) + 3600);
    expect(decodeJwt(renewed.json.id_token ?? '')).not.toHaveProperty('nonce');
  });

  it('gives the user without MFA a token whose amr lacks mfa', async () => {
    const { tokens } = await signIn(entra, { user: 'no-mfa' });
    expect(decodeJwt(tokens.json.access_token ?? '')).toMatchObject({
      amr: ['pwd'],
      upn: 'nestor.wilke@contosopartner.onmicrosoft.com',
    });
  });

  it('refuses revoked refresh tokens and a scope naming two resources', async () => {
    const { tokens } = await signIn(entra);
    const twoResources = await refresh(
      entra,
      tokens.json.refresh_token ?? '',
      `${PARTNER_CENTER_SCOPE} User.Read`,
    );
    expect(twoResources.json).toMatchObject({ error: 'invalid_request', error_codes: [28000] });
    expect(entra.admin.revokeRefreshTokens('admin')).toBe(1);
    const revoked = await refresh(entra, tokens.json.refresh_token ?? '');
    expect(revoked.status).toBe(400);
    expect(revoked.json).toMatchObject({ error: 'invalid_grant', error_codes: [700082] });
  });

  it('keeps other users’ refresh tokens when revoking one user’s', async () => {
    const admin = await signIn(entra);
    const other = await signIn(entra, { user: 'no-role' });
    entra.admin.revokeRefreshTokens('admin');
    expect((await refresh(entra, other.tokens.json.refresh_token ?? '')).status).toBe(200);
    expect((await refresh(entra, admin.tokens.json.refresh_token ?? '')).status).toBe(400);
  });
});
