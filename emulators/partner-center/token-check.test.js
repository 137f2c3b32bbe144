// @vitest-environment node
// @ts-check
import { createServer } from 'node:http';

import { exportJWK, generateKeyPair, SignJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { PARTNER_TENANT_ID, TEST_USERS } from '../common/identities.js';

import { SEED_CUSTOMER_ID } from './fixtures.js';
import { startPartnerCenterEmulator } from './http-server.js';

// Token checks the Entra emulator cannot easily produce (wrong audience, issuer, app-only,
// no exp, a rotated key), with tokens signed here and keys served by a tiny JWKS server.

/** @typedef {Awaited<ReturnType<typeof generateKeyPair>>} KeyPair */
/** @type {{ kid: string, pair: KeyPair }[]} */
const keys = [];
/** @type {import('node:http').Server} */
let jwksServer;
/** @type {Awaited<ReturnType<typeof startPartnerCenterEmulator>>} */
let pc;
let jwksHits = 0;

const addKey = async (/** @type {string} */ kid) => {
  const pair = await generateKeyPair('RS256', { extractable: true });
  keys.push({ kid, pair });
  return pair;
};

beforeAll(async () => {
  await addKey('k1');
  jwksServer = createServer((_req, res) => {
    jwksHits++;
    void Promise.all(
      keys.map(async ({ kid, pair }) => ({ ...(await exportJWK(pair.publicKey)), kid })),
    ).then((list) => res.end(JSON.stringify({ keys: list })));
  });
  await new Promise((resolve) => jwksServer.listen(0, '127.0.0.1', () => resolve(undefined)));
  const { port } = /** @type {import('node:net').AddressInfo} */ (jwksServer.address());
  pc = await startPartnerCenterEmulator({ jwksUrl: `http://127.0.0.1:${port}/keys` });
});
afterAll(async () => {
  await pc.close();
  await new Promise((resolve) => jwksServer.close(() => resolve(undefined)));
});

const admin = /** @type {import('../common/identities.js').TestUser} */ (TEST_USERS[0]);
const deployment = `/v1/customers/${SEED_CUSTOMER_ID}/analytics/licenses/deployment`;

/**
 * A v1 delegated token as Entra would issue it, with overrides.
 * @param {Record<string, unknown>} [claims] @param {{ kid?: string, exp?: number | null }} [options]
 */
async function token(claims = {}, { kid = 'k1', exp = 3600 } = {}) {
  const entry = keys.find((k) => k.kid === kid);
  if (!entry) throw new Error(`no key ${kid}`);
  const jwt = new SignJWT({
    aud: 'https://api.partnercenter.microsoft.com',
    iss: `https://sts.windows.net/${PARTNER_TENANT_ID}/`,
    oid: admin.oid,
    scp: 'user_impersonation',
    amr: ['pwd', 'mfa'],
    ...claims,
  })
    .setProtectedHeader({ alg: 'RS256', kid })
    .setIssuedAt();
  if (exp !== null) jwt.setExpirationTime(Math.floor(Date.now() / 1000) + exp);
  return jwt.sign(entry.pair.privateKey);
}

/** @param {string} path @param {string} [bearer] @param {RequestInit} [init] */
async function get(path, bearer, init = {}) {
  const response = await fetch(`${pc.url}${path}`, {
    ...init,
    headers: { ...(bearer ? { authorization: `Bearer ${bearer}` } : {}), ...init.headers },
  });
  const text = await response.text();
  return { status: response.status, headers: response.headers, json: text && JSON.parse(text) };
}

describe('token checks', () => {
  it('accepts a good token, and the Partner Center app id as audience', async () => {
    expect((await get(deployment, await token())).status).toBe(200);
    const byAppId = await token({ aud: 'fa3d9a0c-3fb0-42cc-9193-47c7ecd2edbd' });
    expect((await get(deployment, byAppId)).status).toBe(200);
  });

  it('refuses another audience with 900420 and WWW-Authenticate', async () => {
    const response = await get(deployment, await token({ aud: 'https://graph.microsoft.com' }));
    expect(response).toMatchObject({ status: 401, json: { code: 900420 } });
    expect(response.headers.get('www-authenticate')).toContain('error="invalid_token"');
  });

  it('refuses a v2 issuer, a token without exp, an expired one and one without the scope', async () => {
    const v2 = await token({ iss: `https://login.microsoftonline.com/${PARTNER_TENANT_ID}/v2.0` });
    for (const bad of [
      v2,
      await token({}, { exp: null }),
      await token({}, { exp: -600 }),
      await token({ scp: 'User.Read' }),
    ])
      expect(await get(deployment, bad)).toMatchObject({ status: 401, json: { code: 800001 } });
  });

  it('refuses app-only tokens on analytics but lets them list customers', async () => {
    const appOnly = await token({ scp: undefined, roles: ['Partner.Read'], amr: undefined });
    expect((await get(deployment, appOnly)).status).toBe(403);
    expect((await get('/v1/customers?size=1', appOnly)).status).toBe(200);
  });

  it('fetches the keys again when a token names a key it has not seen', async () => {
    await get(deployment, await token());
    const before = jwksHits;
    await addKey('k2');
    expect((await get(deployment, await token({}, { kid: 'k2' }))).status).toBe(200);
    expect(jwksHits).toBe(before + 1);
  });
});

describe('no CORS, no proxied admin', () => {
  it('answers a preflight with 405 and no Access-Control-* header', async () => {
    const response = await get(deployment, undefined, {
      method: 'OPTIONS',
      headers: {
        origin: 'http://localhost:5173',
        'access-control-request-method': 'GET',
        'access-control-request-headers': 'authorization,ms-correlationid',
      },
    });
    expect(response.status).toBe(405);
    expect([...response.headers.keys()].filter((h) => h.startsWith('access-control-'))).toEqual([]);
  });

  it('refuses /__admin through a proxy, and takes shorthand faults directly', async () => {
    const viaProxy = await fetch(`${pc.url}/__admin/log`, { headers: { via: '1.1 nginx' } });
    expect(viaProxy.status).toBe(404);
    const queued = await fetch(`${pc.url}/__admin/fault`, {
      method: 'POST',
      body: JSON.stringify({ fault: { status: 503 }, match: { pathContains: '/analytics/' } }),
    });
    expect(queued.status).toBe(200);
    expect(await get(deployment, await token())).toMatchObject({
      status: 503,
      json: { code: 800003 },
    });
    const refused = await fetch(`${pc.url}/__admin/fault`, {
      method: 'POST',
      body: JSON.stringify({ fault: { status: 'later' } }),
    });
    expect(refused.status).toBe(400);
  });
});
