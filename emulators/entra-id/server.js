// @ts-check
import { createServer } from 'node:https';

import { createSelfSignedCert } from '../common/tls.js';

import { adminRoute, createAdmin } from './admin.js';
import { createAuthorizeEndpoint, SESSION_COOKIE } from './authorize.js';
import { createClientRegistry } from './clients.js';
import { entraError, html, json, parseCookies, readBody } from './http.js';
import { instanceDiscovery, issuerTenantOf, openidConfiguration } from './metadata.js';
import { errorPage, signedOutPage } from './pages.js';
import { createState } from './state.js';
import { createTokenEndpoint } from './token-endpoint.js';
import { createSigner } from './tokens.js';

// A local, faithful Microsoft Entra ID (v2 endpoints) for MSAL.js: auth code + PKCE with a
// sign-in form, prompt=none from an IdP session cookie, multi-resource refresh tokens,
// client_info, Entra-shaped errors, CORS on the token endpoint, and test-only admin
// endpoints. docs/testing.md ("Testing MSAL 5 offline") explains why each detail matters.

/** @typedef {import('./http.js').Reply} Reply */
/** @typedef {import('./clients.js').ClientRegistration} ClientRegistration */

/**
 * @typedef {object} EntraEmulatorOptions
 * @property {string} [host]                     interface to bind (default 127.0.0.1)
 * @property {number} [port]                     0 picks a free port
 * @property {string[]} [hostnames]              extra names for the TLS certificate
 * @property {ClientRegistration[]} [clients]    the test client is always registered
 * @property {number} [accessTokenLifetimeSeconds]  default for every reset (3600)
 */

/** Host headers go into URLs and tokens: accept only what a host[:port] can look like. */
const SAFE_HOST = /^[a-z0-9.-]+(:\d{1,5})?$|^\[[0-9a-f:.]+\](:\d{1,5})?$/i;

/** @param {EntraEmulatorOptions} [options] */
export async function startEntraEmulator({
  host = '127.0.0.1',
  port = 0,
  hostnames = [],
  clients = [],
  accessTokenLifetimeSeconds = 3600,
} = {}) {
  const tls = await createSelfSignedCert({ hostnames });
  const signer = await createSigner();
  const store = createState({ accessTokenLifetimeSeconds });
  const registry = createClientRegistry(clients, () => store.get().knobs.extraRedirectUris);
  const authorize = createAuthorizeEndpoint({ store, clients: registry });
  const token = createTokenEndpoint({ store, clients: registry, signer });
  const admin = createAdmin(store);
  let actualPort = port;

  /** @param {import('node:http').IncomingMessage} req @param {string} body @returns {Promise<Reply>} */
  async function route(req, body) {
    const url = new URL(req.url ?? '/', 'https://emulator.invalid');
    // MSAL lower-cases the authority, and Entra's paths are case-insensitive anyway.
    const path = url.pathname.toLowerCase().replace(/\/+$/, '');
    const method = req.method ?? 'GET';
    const hostHeader = req.headers.host ?? '';
    const issuerHost = SAFE_HOST.test(hostHeader) ? hostHeader : `localhost:${actualPort}`;
    const origin = typeof req.headers.origin === 'string' ? req.headers.origin : undefined;
    const anyOrigin = { 'access-control-allow-origin': '*' };

    if (path.startsWith('/__admin/')) return adminRoute(admin, method, path, body);
    if (path === '/common/discovery/instance') {
      return json(200, instanceDiscovery(issuerHost), anyOrigin);
    }
    const [, tenant = '', rest = ''] = /^\/([^/]+)(\/.*)$/.exec(path) ?? [];
    const issuerTenant = issuerTenantOf(tenant);
    if (!rest) return json(404, { error: 'not_found' });
    if (!issuerTenant) {
      const message = `Tenant '${tenant}' not found. Check to make sure you have the correct tenant ID and are signing into the correct cloud.`;
      // Browser-facing endpoints answer with a page, API-like ones with JSON, as Entra does.
      if (/^\/oauth2\/v2\.0\/(authorize|logout)$/.test(rest)) {
        return html(400, errorPage('AADSTS90002', message));
      }
      const reply = entraError('invalid_tenant', 90002, message);
      return { ...reply, headers: { ...reply.headers, ...anyOrigin } };
    }
    switch (rest) {
      case '/v2.0/.well-known/openid-configuration':
        return json(200, openidConfiguration(issuerHost, tenant, issuerTenant), anyOrigin);
      case '/discovery/v2.0/keys':
      case '/discovery/keys':
        return json(200, signer.jwks, anyOrigin);
      case '/oauth2/v2.0/authorize':
        if (method === 'POST') return authorize.post(new URLSearchParams(body));
        return authorize.get(url.pathname, url.searchParams, parseCookies(req.headers.cookie));
      case '/oauth2/v2.0/token':
        return withTokenCors(origin, req.headers['access-control-request-headers'], async () => {
          if (method === 'OPTIONS') return { status: 204 };
          if (method !== 'POST') {
            return entraError(
              'invalid_request',
              900561,
              'The endpoint only accepts POST requests.',
            );
          }
          const correlationId = url.searchParams.get('client-request-id');
          return token(new URLSearchParams(body), { origin, issuerHost, correlationId });
        });
      case '/oauth2/v2.0/logout':
        return logout(url.searchParams, parseCookies(req.headers.cookie));
      default:
        return json(404, { error: 'not_found' });
    }
  }

  /**
   * The token endpoint is called with fetch from the app's origin. MSAL avoids preflights,
   * but the OPTIONS answer is there for clients that send custom headers.
   * @param {string | undefined} origin
   * @param {string | string[] | undefined} requestedHeaders
   * @param {() => Promise<Reply>} handle
   */
  async function withTokenCors(origin, requestedHeaders, handle) {
    const reply = await handle();
    /** @type {Record<string, string>} */
    const cors = origin
      ? {
          'access-control-allow-origin': origin,
          'access-control-allow-methods': 'POST, OPTIONS',
          'access-control-allow-headers': String(requestedHeaders ?? 'content-type'),
          'access-control-max-age': '600',
          vary: 'Origin',
        }
      : {};
    return { ...reply, headers: { ...reply.headers, ...cors } };
  }

  /** @param {URLSearchParams} params @param {Record<string, string>} cookies @returns {Reply} */
  function logout(params, cookies) {
    const state = store.get();
    state.stats.logout++;
    const sessionId = cookies[SESSION_COOKIE];
    if (sessionId) state.sessions.delete(sessionId);
    const clear = `${SESSION_COOKIE}=; Path=/; HttpOnly; Secure; SameSite=None; Max-Age=0`;
    const target = params.get('post_logout_redirect_uri');
    if (target && registry.acceptsPostLogout(params.get('client_id'), target)) {
      return { status: 302, headers: { location: target, 'set-cookie': clear } };
    }
    return html(200, signedOutPage(), { 'set-cookie': clear });
  }

  const server = createServer({ key: tls.key, cert: tls.cert }, (req, res) => {
    readBody(req)
      .then((body) =>
        body === null ? json(413, { error: 'request_too_large' }) : route(req, body),
      )
      // Never echo internals (they could include request data); the status is enough.
      .catch(() => json(500, { error: 'server_error' }))
      .then((reply) => {
        res.writeHead(reply.status, { 'cache-control': 'no-store', ...reply.headers });
        res.end(reply.body);
      });
  });
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve(undefined));
  });
  actualPort = /** @type {import('node:net').AddressInfo} */ (server.address()).port;
  const url = `https://localhost:${actualPort}`;
  const ipv4 = host === '127.0.0.1' || host === '0.0.0.0';
  return {
    url,
    port: actualPort,
    /** The self-signed certificate (its own CA), PEM: trust it to call the emulator. */
    caCert: tls.cert,
    // 127.0.0.1 rather than localhost when bound to IPv4: Node may resolve localhost to ::1
    // first. The certificate covers both names.
    jwksUrl: `https://${ipv4 ? '127.0.0.1' : 'localhost'}:${actualPort}/common/discovery/v2.0/keys`,
    admin,
    /** @returns {Promise<void>} */
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** @typedef {Awaited<ReturnType<typeof startEntraEmulator>>} EntraEmulator */
