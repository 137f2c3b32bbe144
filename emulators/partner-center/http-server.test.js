// @vitest-environment node
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';

import { TEST_CLIENT_ID } from '../common/identities.js';
import { startEntraEmulator } from '../entra-id/server.js';
import { signIn, TEST_REDIRECT_URI } from '../entra-id/test-client.js';

import { SEED_CUSTOMER_ID } from './fixtures.js';
import { startPartnerCenterEmulator } from './http-server.js';

/** @type {Awaited<ReturnType<typeof startEntraEmulator>>} */
let entra;
/** @type {Awaited<ReturnType<typeof startPartnerCenterEmulator>>} */
let pc;

beforeAll(async () => {
  entra = await startEntraEmulator({
    clients: [{ clientId: TEST_CLIENT_ID, redirectUris: [TEST_REDIRECT_URI] }],
  });
  pc = await startPartnerCenterEmulator({ jwksUrl: entra.jwksUrl, caCert: entra.caCert });
});
afterAll(async () => {
  await pc.close();
  await entra.close();
});
beforeEach(() => pc.clearLog());

const deployment = `/v1/customers/${SEED_CUSTOMER_ID}/analytics/licenses/deployment`;
/** @param {string} path @param {Record<string, string>} [headers] */
const get = async (path, headers = {}) => {
  const response = await fetch(`${pc.url}${path}`, { headers });
  return { status: response.status, headers: response.headers, json: await response.json() };
};
const tokenFor = async (/** @type {string} */ user) =>
  (await signIn(entra, { user })).tokens.json.access_token;

describe('Partner Center emulator over HTTP', () => {
  it('refuses a missing token with 401 and WWW-Authenticate, and sends no CORS headers', async () => {
    const response = await get(deployment, { origin: 'http://localhost:5173' });
    expect(response.status).toBe(401);
    expect(response.json).toMatchObject({ code: 800001 });
    expect(response.headers.get('www-authenticate')).toMatch(/^Bearer /);
    expect(response.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('serves the admin with MFA, and logs the request with the token redacted', async () => {
    const token = await tokenFor('admin');
    const response = await get(deployment, {
      authorization: `Bearer ${token}`,
      'ms-requestid': 'r-1',
      'x-locale': 'fr-FR',
    });
    expect(response.status).toBe(200);
    expect(response.json.items).toHaveLength(3);
    expect(pc.requestLog).toHaveLength(1);
    expect(pc.requestLog[0]).toMatchObject({ method: 'GET', path: deployment, status: 200 });
    expect(pc.requestLog[0]?.headers).toMatchObject({
      authorization: '<bearer redacted>',
      'ms-requestid': 'r-1',
      'x-locale': 'fr-FR',
    });
    expect(JSON.stringify(pc.requestLog)).not.toContain(token);
  });

  it('answers 401 code 900421 when the token has no MFA claim', async () => {
    const response = await get(deployment, { authorization: `Bearer ${await tokenFor('no-mfa')}` });
    expect(response).toMatchObject({ status: 401, json: { code: 900421 } });
  });

  it('answers 403 code 900150 to a user whose role cannot read analytics, but lists customers', async () => {
    const token = await tokenFor('no-role');
    expect(await get(deployment, { authorization: `Bearer ${token}` })).toMatchObject({
      status: 403,
      json: { code: 900150 },
    });
    expect((await get('/v1/customers?size=1', { authorization: `Bearer ${token}` })).status).toBe(
      200,
    );
  });

  it('rejects a token signed by someone else', async () => {
    const token = await tokenFor('admin');
    const [header, payload] = token.split('.');
    const forged = `${header}.${payload}.${'A'.repeat(342)}`;
    expect((await get(deployment, { authorization: `Bearer ${forged}` })).status).toBe(401);
  });

  it('hides its admin endpoints from anything that came through a proxy', async () => {
    expect((await fetch(`${pc.url}/__admin/log`)).status).toBe(200);
    expect(
      (await fetch(`${pc.url}/__admin/log`, { headers: { 'x-forwarded-for': '127.0.0.1' } }))
        .status,
    ).toBe(404);
  });

  it('plays queued faults once, then answers normally', async () => {
    const token = await tokenFor('admin');
    await fetch(`${pc.url}/__admin/fault`, {
      method: 'POST',
      body: JSON.stringify({
        fault: { kind: 'throttle', retryAfter: 2 },
        match: { pathContains: '/analytics/' },
      }),
    });
    const throttled = await get(deployment, { authorization: `Bearer ${token}` });
    expect(throttled.status).toBe(429);
    expect(throttled.headers.get('retry-after')).toBe('2');
    expect((await get(deployment, { authorization: `Bearer ${token}` })).status).toBe(200);
  });

  it("with latencyMs, holds every API answer back (the benchmark's slow network) but not its admin", async () => {
    const slow = await startPartnerCenterEmulator({
      jwksUrl: entra.jwksUrl,
      caCert: entra.caCert,
      latencyMs: 30_000,
    });
    const abort = new AbortController();
    let answered = false;
    const api = fetch(`${slow.url}${deployment}`, { signal: abort.signal })
      .then(() => (answered = true))
      .catch(() => undefined);
    try {
      // Logged = handled; the answer is then only waiting for the latency.
      await vi.waitFor(() => expect(slow.requestLog).toHaveLength(1));
      // An admin request made after it comes back at once, while the API answer is held.
      expect((await fetch(`${slow.url}/__admin/log`)).status).toBe(200);
      expect(answered).toBe(false);
    } finally {
      abort.abort();
      await api;
      await slow.close();
    }
  });
});
