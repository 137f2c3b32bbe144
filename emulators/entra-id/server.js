// @ts-check
import { createHash, randomBytes } from 'node:crypto';
import { createServer } from 'node:https';

import { PARTNER_TENANT_ID, TEST_CLIENT_ID, TEST_USERS } from '../shared/identities.js';
import { createSelfSignedCert } from '../shared/tls.js';

import { errorPage, signedOutPage, signInPage } from './pages.js';
import { createState, redactParams } from './state.js';
import { accessToken, clientInfo, createSigner, idToken } from './tokens.js';

// A local, faithful-enough Microsoft Entra ID (v2 endpoints) for MSAL.js: auth code + PKCE
// with a sign-in form, prompt=none with a session cookie, multi-resource refresh tokens,
// client_info, Entra-shaped errors, CORS on the token endpoint, and test-only admin
// endpoints. See ../../../shared/research/msal-e2e.md for why each detail matters.

const SESSION_COOKIE = 'emu_session';
const CODE_LIFETIME_MS = 10 * 60_000;

/**
 * @typedef {{ clientId: string, redirectUris: string[], postLogoutRedirectUris?: string[] }} ClientRegistration
 * @typedef {{ status: number, headers?: Record<string, string | string[]>, body?: string }} Reply
 */

/** @param {string} value */
const b64url = (value) => createHash('sha256').update(value).digest('base64url');
const randomId = () => randomBytes(24).toString('base64url');

/**
 * @param {{ host?: string, port?: number, hostnames?: string[], clients?: ClientRegistration[], accessTokenLifetimeSeconds?: number }} [options]
 */
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
  const registrations = new Map(clients.map((client) => [client.clientId, client]));
  if (!registrations.has(TEST_CLIENT_ID))
    registrations.set(TEST_CLIENT_ID, { clientId: TEST_CLIENT_ID, redirectUris: [] });

  /** @param {string} clientId */
  const redirectUrisOf = (clientId) => [
    ...(registrations.get(clientId)?.redirectUris ?? []),
    ...store.get().knobs.extraRedirectUris,
  ];

  /** @param {string} redirectUri @param {string} mode @param {Record<string, string>} values @returns {Reply} */
  const redirectWith = (redirectUri, mode, values) => {
    const query = new URLSearchParams(values).toString();
    return {
      status: 302,
      headers: { location: `${redirectUri}${mode === 'query' ? '?' : '#'}${query}` },
    };
  };

  /** @param {URLSearchParams} p @param {string} userKey @param {string} sessionId @returns {Reply} */
  const issueCode = (p, userKey, sessionId) => {
    const user = TEST_USERS.find((u) => u.key === userKey);
    if (!user)
      return { status: 400, body: errorPage('AADSTS50034', 'The user account does not exist.') };
    const code = randomId();
    store.get().codes.set(code, {
      clientId: p.get('client_id') ?? '',
      redirectUri: p.get('redirect_uri') ?? '',
      codeChallenge: p.get('code_challenge') ?? '',
      nonce: p.get('nonce') ?? undefined,
      userKey,
      sessionId,
      expiresAt: Date.now() + CODE_LIFETIME_MS,
    });
    return redirectWith(p.get('redirect_uri') ?? '', p.get('response_mode') ?? 'fragment', {
      code,
      client_info: clientInfo(user),
      state: p.get('state') ?? '',
      session_state: sessionId,
    });
  };

  /** Checks shared by GET and POST /authorize. @param {URLSearchParams} p @returns {Reply | null} */
  const validateAuthorize = (p) => {
    const clientId = p.get('client_id') ?? '';
    const redirectUri = p.get('redirect_uri') ?? '';
    if (!registrations.has(clientId)) {
      return {
        status: 400,
        body: errorPage(
          'AADSTS700016',
          `Application with identifier '${clientId}' was not found in the directory.`,
        ),
      };
    }
    if (!redirectUrisOf(clientId).includes(redirectUri)) {
      return {
        status: 400,
        body: errorPage(
          'AADSTS50011',
          `The redirect URI '${redirectUri}' specified in the request does not match the redirect URIs configured for the application '${clientId}'.`,
        ),
      };
    }
    const mode = p.get('response_mode') ?? 'fragment';
    const fail = (/** @type {string} */ error, /** @type {string} */ description) =>
      redirectWith(redirectUri, mode, {
        error,
        error_description: description,
        state: p.get('state') ?? '',
      });
    if (p.get('response_type') !== 'code')
      return fail('unsupported_response_type', 'AADSTS70005: response_type must be code.');
    if (!p.get('code_challenge') || p.get('code_challenge_method') !== 'S256') {
      return fail(
        'invalid_request',
        'AADSTS9002325: Proof Key for Code Exchange is required for cross-origin authorization code redemption.',
      );
    }
    return null;
  };

  /** @param {Record<string, string>} cookies */
  const sessionUser = (cookies) => {
    const sessionId = cookies[SESSION_COOKIE];
    const userKey = sessionId ? store.get().sessions.get(sessionId) : undefined;
    return sessionId && userKey ? { sessionId, userKey } : null;
  };

  const sessionCookie = (/** @type {string} */ sessionId) =>
    `${SESSION_COOKIE}=${sessionId}; Path=/; HttpOnly; Secure; SameSite=None`;

  /** @param {URLSearchParams} p @param {Record<string, string>} cookies @returns {Reply} */
  function authorizeGet(p, cookies) {
    const state = store.get();
    state.stats.authorize++;
    state.stats.lastAuthorizeParams = redactParams(p);
    const invalid = validateAuthorize(p);
    if (invalid) return (state.stats.errors++, invalid);
    const session = sessionUser(cookies);
    const prompt = p.get('prompt');
    if (prompt === 'none') {
      state.stats.authorizeSilent++;
      if (session) return issueCode(p, session.userKey, session.sessionId);
      state.stats.errors++;
      return redirectWith(p.get('redirect_uri') ?? '', p.get('response_mode') ?? 'fragment', {
        error: 'login_required',
        error_description:
          'AADSTS50058: A silent sign-in request was sent but no user is signed in.',
        state: p.get('state') ?? '',
      });
    }
    const forceForm = prompt === 'login' || prompt === 'select_account';
    if (!forceForm && state.knobs.autoLoginUser) {
      const sessionId = randomId();
      state.sessions.set(sessionId, state.knobs.autoLoginUser);
      const reply = issueCode(p, state.knobs.autoLoginUser, sessionId);
      return { ...reply, headers: { ...reply.headers, 'set-cookie': sessionCookie(sessionId) } };
    }
    if (!forceForm && session) return issueCode(p, session.userKey, session.sessionId);
    state.stats.authorizeForm++;
    return {
      status: 200,
      headers: { 'content-type': 'text/html; charset=utf-8' },
      body: signInPage(Object.fromEntries(p)),
    };
  }

  /** @param {URLSearchParams} form @returns {Reply} */
  function authorizePost(form) {
    const state = store.get();
    const invalid = validateAuthorize(form);
    if (invalid) return (state.stats.errors++, invalid);
    const userKey = form.get('emulator_user') ?? '';
    if (!TEST_USERS.some((u) => u.key === userKey))
      return { status: 400, body: errorPage('AADSTS50034', 'Pick a user.') };
    state.stats.signIn++;
    const sessionId = randomId();
    state.sessions.set(sessionId, userKey);
    form.delete('emulator_user');
    const reply = issueCode(form, userKey, sessionId);
    return { ...reply, headers: { ...reply.headers, 'set-cookie': sessionCookie(sessionId) } };
  }

  /** @param {URLSearchParams} form @param {string | undefined} origin @param {string} issuerHost @returns {Promise<Reply>} */
  async function token(form, origin, issuerHost) {
    const state = store.get();
    state.stats.lastTokenParams = redactParams(form);
    /** @param {string} error @param {number} code @param {string} description @returns {Reply} */
    const fail = (error, code, description) => {
      state.stats.errors++;
      return json(400, {
        error,
        error_description: `AADSTS${code}: ${description}`,
        error_codes: [code],
        timestamp: new Date().toISOString(),
        trace_id: randomId(),
        correlation_id: form.get('client-request-id') ?? randomId(),
      });
    };
    if (!origin)
      return fail(
        'invalid_request',
        9002327,
        'Tokens issued for the Single-Page Application client-type may only be redeemed via cross-origin requests.',
      );
    const clientId = form.get('client_id') ?? '';
    if (!registrations.has(clientId))
      return fail(
        'unauthorized_client',
        700016,
        `Application with identifier '${clientId}' was not found.`,
      );
    const grant = form.get('grant_type');
    const scopes = (form.get('scope') ?? '').split(' ').filter(Boolean);
    if (grant === 'authorization_code') {
      state.stats.token.authorization_code = (state.stats.token.authorization_code ?? 0) + 1;
      const code = state.codes.get(form.get('code') ?? '');
      if (!code || code.expiresAt < Date.now())
        return fail(
          'invalid_grant',
          70008,
          'The provided authorization code or refresh token has expired or was already used.',
        );
      state.codes.delete(form.get('code') ?? '');
      if (code.clientId !== clientId || code.redirectUri !== form.get('redirect_uri'))
        return fail(
          'invalid_grant',
          50148,
          'The code was issued to another client or redirect URI.',
        );
      if (b64url(form.get('code_verifier') ?? '') !== code.codeChallenge)
        return fail(
          'invalid_grant',
          50148,
          'The code_verifier does not match the code_challenge supplied in the authorization request for PKCE.',
        );
      return tokenResponse(code.userKey, clientId, scopes, code.nonce, code.sessionId, issuerHost);
    }
    if (grant === 'refresh_token') {
      state.stats.token.refresh_token = (state.stats.token.refresh_token ?? 0) + 1;
      const presented = form.get('refresh_token') ?? '';
      const refresh = state.refreshTokens.get(presented);
      if (state.knobs.failNextRefresh) {
        state.knobs.failNextRefresh = false;
        return fail('invalid_grant', 700082, 'The refresh token has expired due to inactivity.');
      }
      if (!refresh || refresh.revoked || refresh.clientId !== clientId)
        return fail('invalid_grant', 700082, 'The refresh token has expired or was revoked.');
      state.refreshTokens.delete(presented); // rotation: each refresh token works once
      return tokenResponse(
        refresh.userKey,
        clientId,
        scopes,
        undefined,
        refresh.sessionId,
        issuerHost,
      );
    }
    return fail('unsupported_grant_type', 70003, `The grant type '${grant}' is not supported.`);
  }

  /** @param {string} userKey @param {string} clientId @param {string[]} scopes @param {string | undefined} nonce @param {string} sessionId @param {string} issuerHost */
  async function tokenResponse(userKey, clientId, scopes, nonce, sessionId, issuerHost) {
    const user = TEST_USERS.find((u) => u.key === userKey);
    if (!user) return json(400, { error: 'invalid_grant' });
    const lifetime = store.get().knobs.accessTokenLifetimeSeconds;
    const refreshToken = randomId();
    store.get().refreshTokens.set(refreshToken, { userKey, clientId, sessionId, revoked: false });
    return json(200, {
      token_type: 'Bearer',
      // The full scope strings as requested: MSAL matches its cache on them (msal-e2e.md #5).
      scope: scopes.join(' ') || 'openid profile offline_access',
      expires_in: lifetime,
      ext_expires_in: lifetime,
      access_token: await accessToken(signer, {
        user,
        clientId,
        scopes,
        lifetimeSeconds: lifetime,
      }),
      refresh_token: refreshToken,
      id_token: await idToken(signer, { user, clientId, issuerHost, nonce, sessionId }),
      client_info: clientInfo(user),
    });
  }

  /** @param {number} status @param {unknown} value @returns {Reply} */
  const json = (status, value) => ({
    status,
    headers: { 'content-type': 'application/json; charset=utf-8' },
    body: JSON.stringify(value),
  });

  /** @param {string} clientId @param {string | null} uri */
  const logoutTarget = (clientId, uri) => {
    if (!uri) return null;
    const client = registrations.get(clientId) ?? [...registrations.values()][0];
    const registered = client?.postLogoutRedirectUris ?? [];
    const origins = redirectUrisOf(client?.clientId ?? '').map((u) => new URL(u).origin);
    // Accept a registered URI, or any page on the origin of a registered redirect URI.
    return registered.includes(uri) || origins.includes(new URL(uri).origin) ? uri : null;
  };

  const { admin } = createAdmin();
  function createAdmin() {
    return {
      admin: {
        reset: () => store.reset(),
        stats: () => store.get().stats,
        /** @param {Partial<import('./state.js').Knobs> & { redirectUris?: string[] }} knobs */
        config: (knobs) => {
          const current = store.get().knobs;
          if (knobs.autoLoginUser !== undefined) current.autoLoginUser = knobs.autoLoginUser;
          if (typeof knobs.accessTokenLifetimeSeconds === 'number')
            current.accessTokenLifetimeSeconds = knobs.accessTokenLifetimeSeconds;
          if (typeof knobs.failNextRefresh === 'boolean')
            current.failNextRefresh = knobs.failNextRefresh;
          if (Array.isArray(knobs.redirectUris))
            current.extraRedirectUris.push(...knobs.redirectUris);
          return current;
        },
        /** @param {string} [userKey] */
        revokeRefreshTokens: (userKey) => {
          for (const grant of store.get().refreshTokens.values())
            if (!userKey || grant.userKey === userKey) grant.revoked = true;
        },
      },
    };
  }

  /** @param {import('node:http').IncomingMessage} req @param {string} body @returns {Promise<Reply>} */
  async function route(req, body) {
    const url = new URL(req.url ?? '/', 'https://emulator');
    const path = url.pathname.toLowerCase().replace(/\/+$/, '');
    const method = req.method ?? 'GET';
    const issuerHost = req.headers.host ?? 'login.microsoftonline.com';
    const cookies = Object.fromEntries(
      (req.headers.cookie ?? '')
        .split(/;\s*/)
        .filter(Boolean)
        .map((c) => [c.slice(0, c.indexOf('=')), c.slice(c.indexOf('=') + 1)]),
    );

    if (path.startsWith('/__admin/')) {
      const input = body ? JSON.parse(body) : {};
      if (path === '/__admin/reset' && method === 'POST')
        return (admin.reset(), json(200, { ok: true }));
      if (path === '/__admin/stats') return json(200, admin.stats());
      if (path === '/__admin/config' && method === 'POST') return json(200, admin.config(input));
      if (path === '/__admin/revoke-refresh-tokens' && method === 'POST')
        return (admin.revokeRefreshTokens(input.user), json(200, { ok: true }));
      return json(404, { error: 'unknown admin endpoint' });
    }
    if (path === '/common/discovery/instance') {
      return json(200, {
        tenant_discovery_endpoint: `https://${issuerHost}/common/v2.0/.well-known/openid-configuration`,
        'api-version': '1.1',
        metadata: [
          { preferred_network: issuerHost, preferred_cache: issuerHost, aliases: [issuerHost] },
        ],
      });
    }
    const match = /^\/([^/]+)(\/.*)$/.exec(path);
    if (!match) return json(404, { error: 'not_found' });
    const [, tenant = '', rest] = match;
    const base = `https://${issuerHost}/${tenant}`;
    switch (rest) {
      case '/v2.0/.well-known/openid-configuration': {
        const issuerTenant = ['common', 'organizations', 'consumers'].includes(tenant)
          ? '{tenantid}'
          : PARTNER_TENANT_ID;
        return json(200, {
          issuer: `https://${issuerHost}/${issuerTenant}/v2.0`,
          authorization_endpoint: `${base}/oauth2/v2.0/authorize`,
          token_endpoint: `${base}/oauth2/v2.0/token`,
          end_session_endpoint: `${base}/oauth2/v2.0/logout`,
          jwks_uri: `${base}/discovery/v2.0/keys`,
          response_modes_supported: ['query', 'fragment', 'form_post'],
          response_types_supported: ['code', 'id_token', 'code id_token', 'id_token token'],
          scopes_supported: ['openid', 'profile', 'email', 'offline_access'],
          subject_types_supported: ['pairwise'],
          id_token_signing_alg_values_supported: ['RS256'],
          code_challenge_methods_supported: ['S256'],
          tenant_region_scope: 'EU',
        });
      }
      case '/discovery/v2.0/keys':
      case '/discovery/keys':
        return json(200, signer.jwks);
      case '/oauth2/v2.0/authorize':
        return method === 'POST'
          ? authorizePost(new URLSearchParams(body))
          : authorizeGet(url.searchParams, cookies);
      case '/oauth2/v2.0/token':
        if (method === 'OPTIONS') return { status: 204 };
        if (method !== 'POST') return json(405, { error: 'invalid_request' });
        return token(
          new URLSearchParams(body),
          typeof req.headers.origin === 'string' ? req.headers.origin : undefined,
          issuerHost,
        );
      case '/oauth2/v2.0/logout': {
        const state = store.get();
        state.stats.logout++;
        const sessionId = cookies[SESSION_COOKIE];
        if (sessionId) state.sessions.delete(sessionId);
        const target = logoutTarget(
          url.searchParams.get('client_id') ?? TEST_CLIENT_ID,
          url.searchParams.get('post_logout_redirect_uri'),
        );
        const clear = `${SESSION_COOKIE}=; Path=/; HttpOnly; Secure; SameSite=None; Max-Age=0`;
        return target
          ? { status: 302, headers: { location: target, 'set-cookie': clear } }
          : {
              status: 200,
              headers: { 'content-type': 'text/html; charset=utf-8', 'set-cookie': clear },
              body: signedOutPage(),
            };
      }
      default:
        return json(404, { error: 'not_found' });
    }
  }

  const server = createServer({ key: tls.key, cert: tls.cert }, (req, res) => {
    let body = '';
    req.on('data', (chunk) => (body += chunk));
    req.on('end', () => {
      void route(req, body)
        .catch((/** @type {unknown} */ error) =>
          json(500, { error: 'server_error', error_description: String(error) }),
        )
        .then((reply) => {
          const origin = req.headers.origin;
          // MSAL calls the token and metadata endpoints with fetch from the app's origin.
          const cors = origin
            ? {
                'access-control-allow-origin': origin,
                'access-control-allow-headers':
                  'content-type, client-request-id, x-client-sku, x-client-ver, x-client-os, x-client-cpu, x-ms-lib-capability, x-client-current-telemetry, x-client-last-telemetry',
                'access-control-allow-methods': 'GET, POST, OPTIONS',
                vary: 'Origin',
              }
            : { 'access-control-allow-origin': '*' };
          res.writeHead(reply.status, { 'cache-control': 'no-store', ...cors, ...reply.headers });
          res.end(reply.body);
        });
    });
  });
  await new Promise((resolve) => server.listen(port, host, () => resolve(undefined)));
  const address = /** @type {import('node:net').AddressInfo} */ (server.address());
  const url = `https://localhost:${address.port}`;
  return {
    url,
    port: address.port,
    caCert: tls.cert,
    // 127.0.0.1 rather than localhost: Node may resolve localhost to ::1 first.
    jwksUrl: `https://127.0.0.1:${address.port}/common/discovery/v2.0/keys`,
    admin,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve(undefined));
      }),
  };
}
