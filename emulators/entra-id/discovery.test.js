// @vitest-environment node
// @ts-check
import { X509Certificate } from 'node:crypto';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { PARTNER_TENANT_DOMAIN, PARTNER_TENANT_ID, TEST_CLIENT_ID } from '../common/identities.js';

import { startEntraEmulator } from './server.js';
import { httpsCall, TEST_ORIGIN, TEST_REDIRECT_URI } from './test-client.js';

/** @type {import('./server.js').EntraEmulator} */
let entra;
beforeAll(async () => {
  entra = await startEntraEmulator({
    hostnames: ['entra.test'],
    clients: [{ clientId: TEST_CLIENT_ID, redirectUris: [TEST_REDIRECT_URI] }],
  });
});
afterAll(() => entra.close());

/** @param {string} path @param {Record<string, string>} [headers] */
const get = (path, headers = {}) => httpsCall(`${entra.url}${path}`, { headers, ca: entra.caCert });

describe('Entra ID emulator: discovery and keys', () => {
  it('serves the v2 OpenID configuration built from the request host, with CORS *', async () => {
    const response = await get('/Organizations/v2.0/.well-known/openid-configuration', {
      origin: TEST_ORIGIN,
    });
    expect(response.status).toBe(200);
    expect(response.headers['access-control-allow-origin']).toBe('*');
    const doc = JSON.parse(response.body);
    const base = `https://localhost:${entra.port}/organizations`;
    expect(doc).toMatchObject({
      issuer: `https://localhost:${entra.port}/{tenantid}/v2.0`,
      authorization_endpoint: `${base}/oauth2/v2.0/authorize`,
      token_endpoint: `${base}/oauth2/v2.0/token`,
      end_session_endpoint: `${base}/oauth2/v2.0/logout`,
      jwks_uri: `${base}/discovery/v2.0/keys`,
    });
    expect(doc.code_challenge_methods_supported).toContain('S256');
    expect(doc.response_modes_supported).toEqual(expect.arrayContaining(['fragment', 'query']));
  });

  it('names the partner tenant as issuer for its id or domain, as Entra does', async () => {
    const byHost = await get(`/${PARTNER_TENANT_DOMAIN}/v2.0/.well-known/openid-configuration`, {
      host: 'login.microsoftonline.com',
    });
    const doc = JSON.parse(byHost.body);
    expect(doc.issuer).toBe(`https://login.microsoftonline.com/${PARTNER_TENANT_ID}/v2.0`);
    expect(doc.token_endpoint).toBe(
      `https://login.microsoftonline.com/${PARTNER_TENANT_DOMAIN}/oauth2/v2.0/token`,
    );
    const byId = JSON.parse(
      (await get(`/${PARTNER_TENANT_ID.toUpperCase()}/v2.0/.well-known/openid-configuration`)).body,
    );
    expect(byId.issuer).toBe(`https://localhost:${entra.port}/${PARTNER_TENANT_ID}/v2.0`);
  });

  it('refuses a tenant the directory does not hold (AADSTS90002)', async () => {
    const response = await get(
      '/11111111-2222-3333-4444-555555555555/v2.0/.well-known/openid-configuration',
    );
    expect(response.status).toBe(400);
    expect(JSON.parse(response.body)).toMatchObject({
      error: 'invalid_tenant',
      error_codes: [90002],
    });
    const page = await get('/contoso.example/oauth2/v2.0/authorize?client_id=x');
    expect(page.status).toBe(400);
    expect(page.body).toContain('AADSTS90002');
  });

  it('publishes one RS256 key with a kid, at both JWKS paths and at jwksUrl', async () => {
    const v2 = JSON.parse((await get('/common/discovery/v2.0/keys')).body);
    expect(v2.keys).toHaveLength(1);
    expect(v2.keys[0]).toMatchObject({
      kty: 'RSA',
      alg: 'RS256',
      use: 'sig',
      kid: expect.any(String),
    });
    expect(v2.keys[0]).not.toHaveProperty('d'); // never the private part
    expect(JSON.parse((await get(`/${PARTNER_TENANT_ID}/discovery/keys`)).body)).toEqual(v2);
    const viaUrl = await httpsCall(entra.jwksUrl, { ca: entra.caCert });
    expect(JSON.parse(viaUrl.body)).toEqual(v2);
  });

  it('answers instance discovery with the request host as its alias', async () => {
    const response = await get('/common/discovery/instance?api-version=1.1', {
      host: 'login.microsoftonline.com',
    });
    expect(JSON.parse(response.body)).toMatchObject({
      'api-version': '1.1',
      metadata: [{ aliases: ['login.microsoftonline.com'] }],
    });
  });

  it('uses a fresh self-signed certificate covering loopback, production and extra names', () => {
    const cert = new X509Certificate(entra.caCert);
    expect(cert.subjectAltName).toContain('DNS:localhost');
    expect(cert.subjectAltName).toContain('DNS:login.microsoftonline.com');
    expect(cert.subjectAltName).toContain('DNS:entra.test');
    expect(cert.subjectAltName).toContain('IP Address:127.0.0.1');
    expect(cert.ca).toBe(true);
    expect(entra.caCert).not.toContain('PRIVATE KEY');
  });
});
