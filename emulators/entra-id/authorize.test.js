// @vitest-environment node
// @ts-check
import { describe, expect, it } from 'vitest';

import { PARTNER_TENANT_ID, TEST_USERS } from '../common/identities.js';

import {
  authorizeParams,
  cookieOf,
  httpsCall,
  pkcePair,
  redeem,
  responseParams,
  signIn,
  TEST_ORIGIN,
  TEST_REDIRECT_URI,
} from './test-client.js';
import { useTestEntra } from './test-emulator.js';

const entra = useTestEntra();

const AUTHORIZE = '/organizations/oauth2/v2.0/authorize';
/** @param {URLSearchParams} params @param {Record<string, string>} [headers] */
const authorize = (params, headers = {}) =>
  httpsCall(`${entra.url}${AUTHORIZE}?${params}`, { headers, ca: entra.caCert });

/** Reads the hidden fields and the user buttons of the sign-in form. @param {string} page */
function parseForm(page) {
  const hidden = new URLSearchParams();
  for (const [, name = '', value = ''] of page.matchAll(
    /<input type="hidden" name="([^"]*)" value="([^"]*)">/g,
  )) {
    hidden.append(
      name,
      value.replace(/&#(\d+);/g, (_, code) => String.fromCharCode(Number(code))),
    );
  }
  const users = [...page.matchAll(/name="emulator_user" value="([^"]+)"/g)].map((m) => m[1]);
  const action = /<form method="post" action="([^"]+)"/.exec(page)?.[1] ?? '';
  return { hidden, users, action };
}

describe('Entra ID emulator: /authorize', () => {
  it('shows an error page for an unknown client (AADSTS700016), without redirecting', async () => {
    const response = await authorize(
      authorizeParams({ client_id: '00000000-0000-0000-0000-000000000001' }),
    );
    expect(response.status).toBe(400);
    expect(response.headers.location).toBeUndefined();
    expect(response.body).toContain('AADSTS700016');
  });

  it('shows an error page for an unregistered redirect URI (AADSTS50011), escaped', async () => {
    const bad = 'https://evil.example/cb?<script>';
    const response = await authorize(authorizeParams({ redirect_uri: bad }));
    expect(response.status).toBe(400);
    expect(response.headers.location).toBeUndefined();
    expect(response.body).toContain('AADSTS50011');
    expect(response.body).toContain('https://evil.example/cb?&#60;script&#62;');
    expect(response.body).not.toContain('<script');
  });

  it('redirects invalid_request to the app when PKCE is missing or not S256', async () => {
    /** @type {Record<string, string>[]} */
    const broken = [{ code_challenge: '' }, { code_challenge_method: 'plain' }];
    for (const extra of broken) {
      const response = await authorize(authorizeParams(extra));
      expect(response.status).toBe(302);
      expect(responseParams(response).get('error')).toBe('invalid_request');
      expect(responseParams(response).get('state')).toBe('state-123');
    }
  });

  it('runs the whole code flow: form, sign-in POST, fragment response, token exchange', async () => {
    const { verifier, challenge } = pkcePair();
    const state = 'eyJpZCI6IjEyMyJ9.with "quotes" & <angles>';
    const form = await authorize(authorizeParams({ code_challenge: challenge, state }));
    expect(form.status).toBe(200);
    expect(form.headers['content-security-policy']).toContain("default-src 'none'");
    expect(form.body).not.toMatch(/<script/i);
    for (const user of TEST_USERS) {
      expect(form.body).toContain(`aria-label="Sign in as ${user.name}"`);
      expect(form.body).toContain(user.upn);
    }
    const { hidden, users, action } = parseForm(form.body);
    expect(users).toEqual(TEST_USERS.map((user) => user.key));
    expect(hidden.get('state')).toBe(state); // carried through, escaped in the HTML
    expect(action).toBe(AUTHORIZE);

    hidden.set('emulator_user', 'admin');
    const posted = await httpsCall(`${entra.url}${action}`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: hidden.toString(),
      ca: entra.caCert,
    });
    expect(posted.status).toBe(302);
    const location = String(posted.headers.location);
    expect(location.startsWith(`${TEST_REDIRECT_URI}#code=`)).toBe(true);
    const response = responseParams(posted);
    expect(response.get('state')).toBe(state);
    expect(response.get('session_state')).toBeTruthy();
    expect(
      JSON.parse(Buffer.from(response.get('client_info') ?? '', 'base64url').toString()),
    ).toEqual({
      uid: TEST_USERS[0]?.oid,
      utid: PARTNER_TENANT_ID,
    });
    expect(String(posted.headers['set-cookie'])).toMatch(/HttpOnly; Secure; SameSite=None/);

    const scope = authorizeParams().get('scope') ?? '';
    const tokens = await redeem(entra, { code: response.get('code') ?? '', verifier, scope });
    expect(tokens.status).toBe(200);
    expect(tokens.headers['access-control-allow-origin']).toBe(TEST_ORIGIN);
  });

  it('answers in the query when response_mode=query', async () => {
    const { cookie } = await signIn(entra);
    const response = await authorize(authorizeParams({ response_mode: 'query' }), { cookie });
    const location = new URL(String(response.headers.location));
    expect(location.hash).toBe('');
    expect(location.searchParams.get('code')).toBeTruthy();
    expect(location.searchParams.get('state')).toBe('state-123');
  });

  it('answers prompt=none from the session cookie, or login_required without one', async () => {
    const { cookie } = await signIn(entra);
    const withSession = await authorize(authorizeParams({ prompt: 'none' }), { cookie });
    expect(responseParams(withSession).get('code')).toBeTruthy();
    const without = await authorize(authorizeParams({ prompt: 'none' }));
    const error = responseParams(without);
    expect(error.get('error')).toBe('login_required');
    expect(error.get('error_description')).toMatch(/^AADSTS50058/);
    expect(error.get('state')).toBe('state-123');
  });

  it('reuses the session without prompt, but shows the form for prompt=login and select_account', async () => {
    const { cookie } = await signIn(entra);
    expect((await authorize(authorizeParams(), { cookie })).status).toBe(302);
    for (const prompt of ['login', 'select_account']) {
      const response = await authorize(authorizeParams({ prompt }), { cookie });
      expect(response.status).toBe(200);
      expect(response.body).toContain('Sign in as Adele Vance');
    }
  });

  it('signs out: clears the session, returns to a registered origin, else says so', async () => {
    const { cookie } = await signIn(entra);
    const back = `${TEST_ORIGIN}/`;
    const out = await httpsCall(
      `${entra.url}/organizations/oauth2/v2.0/logout?post_logout_redirect_uri=${encodeURIComponent(back)}`,
      { headers: { cookie }, ca: entra.caCert },
    );
    expect(out.status).toBe(302);
    expect(out.headers.location).toBe(back);
    expect(String(out.headers['set-cookie'])).toContain('Max-Age=0');
    const after = await authorize(authorizeParams({ prompt: 'none' }), { cookie });
    expect(responseParams(after).get('error')).toBe('login_required');

    const elsewhere = await httpsCall(
      `${entra.url}/organizations/oauth2/v2.0/logout?post_logout_redirect_uri=${encodeURIComponent('https://evil.example/')}`,
      { ca: entra.caCert },
    );
    expect(elsewhere.status).toBe(200);
    expect(elsewhere.body).toContain('You signed out');
  });

  it('refuses a forged sign-in POST for an unknown user', async () => {
    const form = authorizeParams({ emulator_user: 'mallory' });
    const response = await httpsCall(`${entra.url}${AUTHORIZE}`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: form.toString(),
      ca: entra.caCert,
    });
    expect(response.status).toBe(400);
    expect(response.headers.location).toBeUndefined();
    expect(cookieOf(response)).toBe('');
  });
});
