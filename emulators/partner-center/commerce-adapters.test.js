// @vitest-environment node
// @ts-check
import { createServer } from 'node:http';

import { exportJWK, generateKeyPair, SignJWT } from 'jose';
import { setupServer } from 'msw/node';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';

import { PARTNER_TENANT_ID, TEST_USERS } from '../common/identities.js';

import { startPartnerCenterEmulator } from './http-server.js';
import { createPartnerCenterHandlers } from './msw-handlers.js';
import { SUBSCRIPTION_CUSTOMERS as C, SUBSCRIPTION_IDS as ID } from './subscription-fixtures.js';

// The subscription, subscribed-SKU and billing endpoints through both adapters: MSW (demo,
// Vitest) and Node HTTP (local stack, e2e) with its token rules and fault queue. Tokens are
// signed here against a tiny JWKS server, as in token-check.test.js.

const NOW = Date.parse('2026-12-02T13:48:00Z');
const user = (/** @type {string} */ key) =>
  /** @type {import('../common/identities.js').TestUser} */ (TEST_USERS.find((u) => u.key === key));

/** @type {Awaited<ReturnType<typeof generateKeyPair>>} */
let pair;
/** @type {import('node:http').Server} */
let jwksServer;
/** @type {Awaited<ReturnType<typeof startPartnerCenterEmulator>>} */
let pc;
const msw = setupServer(
  ...createPartnerCenterHandlers({ baseUrl: 'http://msw.test/pc-api', now: () => NOW }),
  ...createPartnerCenterHandlers({
    baseUrl: 'http://msw-no-billing.test/pc-api',
    now: () => NOW,
    user: 'no-billing',
  }),
);

beforeAll(async () => {
  pair = await generateKeyPair('RS256', { extractable: true });
  const jwk = { ...(await exportJWK(pair.publicKey)), kid: 'k1' };
  jwksServer = createServer((_req, res) => res.end(JSON.stringify({ keys: [jwk] })));
  await new Promise((resolve) => jwksServer.listen(0, '127.0.0.1', () => resolve(undefined)));
  const { port } = /** @type {import('node:net').AddressInfo} */ (jwksServer.address());
  pc = await startPartnerCenterEmulator({
    jwksUrl: `http://127.0.0.1:${port}/keys`,
    now: () => NOW,
  });
  // Node's own fetch to the HTTP emulator must not be caught by MSW.
  msw.listen({ onUnhandledRequest: 'bypass' });
});
afterAll(async () => {
  msw.close();
  await pc.close();
  await new Promise((resolve) => jwksServer.close(() => resolve(undefined)));
});
beforeEach(async () => {
  await fetch(`${pc.url}/__admin/reset`, { method: 'POST' });
});

/** A delegated (App+User) token for a test user, or an app-only one. @param {string | null} key */
async function token(key) {
  const claims =
    key === null
      ? { roles: ['Partner.Read'] }
      : { oid: user(key).oid, scp: 'user_impersonation', amr: ['pwd', 'mfa'] };
  return new SignJWT({
    aud: 'https://api.partnercenter.microsoft.com',
    iss: `https://sts.windows.net/${PARTNER_TENANT_ID}/`,
    ...claims,
  })
    .setProtectedHeader({ alg: 'RS256', kid: 'k1' })
    .setIssuedAt()
    .setExpirationTime(Math.floor(NOW / 1000) + 10 ** 9)
    .sign(pair.privateKey);
}

/** @param {string} base @param {string} path @param {Record<string, string>} [headers] */
async function get(base, path, headers = {}) {
  const response = await fetch(`${base}${path}`, { headers });
  const text = await response.text();
  return {
    status: response.status,
    headers: response.headers,
    json: text ? JSON.parse(text) : null,
  };
}
/** @param {string} path @param {string | null} key @param {Record<string, string>} [headers] */
const http = async (path, key, headers = {}) =>
  get(pc.url, path, { authorization: `Bearer ${await token(key)}`, ...headers });

const list = `/v1/customers/${C.refundWindowOpen}/subscriptions`;
const one = `${list}/${ID.refundAppsForBusiness}`;
const skus = `/v1/customers/${C.refundWindowOpen}/subscribedskus`;

describe('subscriptions through the MSW adapter', () => {
  it('serves the list, one subscription and subscribed SKUs with the core’s headers and clock', async () => {
    const base = 'http://msw.test/pc-api';
    const listed = await get(base, list, { 'MS-CorrelationId': 'corr-7' });
    expect(listed.status).toBe(200);
    expect(listed.headers.get('ms-correlationid')).toBe('corr-7');
    expect(listed.json.items[0].commitmentEndDate).toBe('2027-04-21T00:00:00Z');
    const detail = await get(base, one);
    expect(detail.json.refundableQuantity.totalQuantity).toBe(4);
    expect((await get(base, skus)).json.items.length).toBeGreaterThan(0);
    expect(
      (await get(base, `/v1/customers/${C.subscribedSkusForbidden}/subscribedskus`)).status,
    ).toBe(403);
  });
});

const billing =
  '/v1/invoices/unbilled/lineitems?provider=onetime&invoicelineitemtype=billinglineitems&currencycode=EUR&period=current';

describe('unbilled billing lines through the MSW adapter', () => {
  it('pages with links.next (relative to /v1) and the MS-ContinuationToken header', async () => {
    const base = 'http://msw.test/pc-api';
    const first = await get(base, `${billing}&size=500`);
    expect(first.status).toBe(200);
    expect(first.json.items).toHaveLength(500);
    const next = first.json.links.next;
    const second = await get(base, `/v1${next.uri}`, {
      [next.headers[0].key]: next.headers[0].value,
    });
    expect(second.status).toBe(200);
    expect(second.json.items[0].referenceId).not.toBe(first.json.items[0].referenceId);
    expect(second.json.items.every((/** @type {any} */ l) => l.currency === 'EUR')).toBe(true);
  });
});

describe('subscriptions through the Node HTTP adapter', () => {
  it('answers the same bodies as MSW for the same clock', async () => {
    const viaHttp = await http(one, 'admin');
    const viaMsw = await get('http://msw.test/pc-api', one);
    expect(viaHttp.status).toBe(200);
    expect(viaHttp.json).toEqual(viaMsw.json);
  });

  it('refuses a missing token with 401 and WWW-Authenticate', async () => {
    for (const path of [list, one, skus]) {
      const response = await get(pc.url, path);
      expect(response).toMatchObject({ status: 401, json: { code: 800001 } });
      expect(response.headers.get('www-authenticate')).toMatch(/^Bearer /);
    }
  });

  it('lets app-only tokens read subscriptions but not subscribed SKUs (App+User only)', async () => {
    expect((await http(list, null)).status).toBe(200);
    expect((await http(one, null)).status).toBe(200);
    expect(await http(skus, null)).toMatchObject({ status: 403, json: { code: 2032 } });
    expect((await http(skus, 'admin')).status).toBe(200);
  });

  it('echoes MS-CorrelationId and MS-RequestId', async () => {
    const response = await http(list, 'admin', {
      'ms-correlationid': 'c-1',
      'ms-requestid': 'r-1',
    });
    expect(response.headers.get('ms-correlationid')).toBe('c-1');
    expect(response.headers.get('ms-requestid')).toBe('r-1');
  });

  it('throttles and fails on demand through /__admin/fault, like the other endpoints', async () => {
    await fetch(`${pc.url}/__admin/fault`, {
      method: 'POST',
      body: JSON.stringify({
        fault: { status: 429, retryAfter: 2 },
        match: { pathContains: '/subscriptions' },
      }),
    });
    await fetch(`${pc.url}/__admin/fault`, {
      method: 'POST',
      body: JSON.stringify({ fault: { status: 503 }, match: { pathContains: '/subscribedskus' } }),
    });
    const throttled = await http(list, 'admin');
    expect(throttled.status).toBe(429);
    expect(throttled.headers.get('retry-after')).toBe('2');
    expect(await http(skus, 'admin')).toMatchObject({ status: 503, json: { code: 800003 } });
    expect((await http(list, 'admin')).status).toBe(200);
    expect((await http(skus, 'admin')).status).toBe(200);
  });
});

describe('billing roles, tokens and faults', () => {
  it('answers 403 900150 with the docs’ body to a user without a billing role; the rest still works', async () => {
    const refused = await http(billing, 'no-billing', { 'ms-correlationid': 'c-9' });
    expect(refused.status).toBe(403);
    expect(refused.json).toEqual({
      code: 900150,
      description: "The supplied role doesn't have the rights to perform the requested operation.",
      data: [],
      source: 'PartnerFD',
    });
    expect(refused.headers.get('ms-correlationid')).toBe('c-9');
    for (const path of [
      list,
      one,
      skus,
      `/v1/customers/${C.refundWindowOpen}/analytics/licenses/deployment`,
    ])
      expect((await http(path, 'no-billing')).status, path).toBe(200);
    expect((await http(billing, 'admin')).status).toBe(200);
    // App-only tokens may read billing (the docs: App+User or App-only).
    expect((await http(billing, null)).status).toBe(200);
    expect((await get(pc.url, billing)).status).toBe(401);
  });

  it('applies the same role in the MSW adapter when a test signs a user in', async () => {
    const base = 'http://msw-no-billing.test/pc-api';
    expect(await get(base, billing)).toMatchObject({ status: 403, json: { code: 900150 } });
    expect((await get(base, list)).status).toBe(200);
    expect((await get('http://msw.test/pc-api', billing)).status).toBe(200);
  });

  it('throttles and fails billing pages on demand, then serves them again', async () => {
    await fetch(`${pc.url}/__admin/fault`, {
      method: 'POST',
      body: JSON.stringify({
        fault: { status: 429, retryAfter: 5 },
        match: { pathContains: '/invoices/' },
      }),
    });
    await fetch(`${pc.url}/__admin/fault`, {
      method: 'POST',
      body: JSON.stringify({ fault: { status: 503 }, match: { pathContains: '/invoices/' } }),
    });
    const throttled = await http(billing, 'admin');
    expect(throttled.status).toBe(429);
    expect(throttled.headers.get('retry-after')).toBe('5');
    expect(await http(billing, 'admin')).toMatchObject({ status: 503, json: { code: 800003 } });
    expect((await http(billing, 'admin')).status).toBe(200);
  });

  it('answers 404 with the docs’ codes for an unknown customer or subscription', async () => {
    const unknown = await http(
      '/v1/customers/00000000-0000-4000-8000-000000000000/subscriptions',
      'admin',
    );
    expect(unknown).toMatchObject({ status: 404, json: { code: 60003 } });
    const missing = await http(`${list}/11111111-2222-4333-8444-555555555555`, 'admin');
    expect(missing).toMatchObject({ status: 404, json: { code: 20003 } });
  });
});
