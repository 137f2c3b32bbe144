// @ts-check
import { createHash, randomBytes } from 'node:crypto';

import { TEST_USERS } from '../common/identities.js';

import { entraError, json } from './http.js';
import { analyseScopes } from './scopes.js';
import { redactParams } from './state.js';
import { accessToken, clientInfo, idToken } from './tokens.js';

// POST /{tenant}/oauth2/v2.0/token: the authorization-code (PKCE) and refresh-token grants
// a browser SPA uses. Refresh tokens are multi-resource, as Entra's are: one obtained at a
// plain OIDC login is redeemed later for the Partner Center scope (docs/testing.md, MSAL point 4).

/** @typedef {import('./http.js').Reply} Reply */

/** @param {string} verifier */
const s256 = (verifier) => createHash('sha256').update(verifier).digest('base64url');

/**
 * @param {{ store: import('./state.js').StateStore, clients: import('./clients.js').ClientRegistry, signer: import('./tokens.js').Signer }} deps
 */
export function createTokenEndpoint({ store, clients, signer }) {
  /**
   * @param {URLSearchParams} form the POSTed body
   * @param {{ origin: string | undefined, issuerHost: string, correlationId: string | null }} request
   * @returns {Promise<Reply>}
   */
  async function token(form, { origin, issuerHost, correlationId }) {
    const state = store.get();
    state.stats.lastTokenParams = redactParams(form);
    const grant = form.get('grant_type') ?? '';
    if (grant) state.stats.token[grant] = (state.stats.token[grant] ?? 0) + 1;
    /** @param {string} error @param {number} code @param {string} description */
    const fail = (error, code, description) => {
      state.stats.errors++;
      return entraError(error, code, description, correlationId);
    };

    // Entra refuses SPA redemptions that are not cross-origin browser requests.
    if (!origin) {
      return fail(
        'invalid_request',
        9002327,
        "Tokens issued for the 'Single-Page Application' client-type may only be redeemed via cross-origin requests.",
      );
    }
    const clientId = form.get('client_id') ?? '';
    if (!clients.has(clientId)) {
      return fail(
        'unauthorized_client',
        700016,
        `Application with identifier '${clientId}' was not found in the directory.`,
      );
    }
    /** @type {{ userKey: string, sessionId: string, nonce?: string, scope: string }} */
    let subject;
    if (grant === 'authorization_code') {
      const presented = form.get('code') ?? '';
      const code = state.codes.get(presented);
      // Single use: a code is gone once presented, whether the redemption succeeds or not.
      state.codes.delete(presented);
      if (!code || code.expiresAt < Date.now()) {
        return fail(
          'invalid_grant',
          70008,
          'The provided authorization code or refresh token has expired due to inactivity or was already redeemed.',
        );
      }
      if (code.clientId.toLowerCase() !== clientId.toLowerCase()) {
        return fail('invalid_grant', 70000, 'The code was issued to another application.');
      }
      if (code.redirectUri !== form.get('redirect_uri')) {
        return fail(
          'invalid_grant',
          50148,
          'The redirect_uri does not match the one used at /authorize.',
        );
      }
      if (s256(form.get('code_verifier') ?? '') !== code.codeChallenge) {
        return fail(
          'invalid_grant',
          50148,
          'The code_verifier does not match the code_challenge supplied in the authorization request for PKCE.',
        );
      }
      subject = { ...code, scope: form.get('scope') || code.scope };
    } else if (grant === 'refresh_token') {
      const refresh = state.refreshTokens.get(form.get('refresh_token') ?? '');
      if (state.knobs.failNextRefresh) {
        state.knobs.failNextRefresh = false;
        return fail('invalid_grant', 700082, 'The refresh token has expired due to inactivity.');
      }
      if (!refresh || refresh.revoked) {
        return fail('invalid_grant', 700082, 'The refresh token has expired or was revoked.');
      }
      if (refresh.clientId.toLowerCase() !== clientId.toLowerCase()) {
        return fail('invalid_grant', 70000, 'The refresh token was issued to another application.');
      }
      subject = { ...refresh, scope: form.get('scope') ?? '' };
    } else {
      return fail(
        'unsupported_grant_type',
        70003,
        `The app requested an unsupported grant type '${grant}'.`,
      );
    }

    const scopes = [...new Set(subject.scope.split(' ').filter(Boolean))];
    const analysis = analyseScopes(scopes);
    if (!analysis.ok) return fail(analysis.error, analysis.code, analysis.description);
    const user = TEST_USERS.find((u) => u.key === subject.userKey);
    if (!user) return fail('invalid_grant', 50034, 'The user account does not exist.');

    const lifetime = state.knobs.accessTokenLifetimeSeconds;
    /** @type {Record<string, string | number>} */
    const body = {
      token_type: 'Bearer',
      // The requested scopes, in full: MSAL keys its cache on them, so a shortened
      // `user_impersonation` would never match and an empty string throws (docs/testing.md, MSAL point 3).
      scope: scopes.join(' ') || 'openid profile offline_access',
      expires_in: lifetime,
      ext_expires_in: lifetime,
      access_token: await accessToken(signer, {
        user,
        clientId,
        resource: analysis.resource,
        scp: analysis.scp,
        lifetimeSeconds: lifetime,
      }),
    };
    // Entra issues a refresh token only for offline_access, which MSAL always adds. The old
    // one stays valid (Entra does not revoke on rotation), so parallel silent requests of
    // one page never trip over each other.
    if (scopes.includes('offline_access')) {
      const refreshToken = randomBytes(48).toString('base64url');
      state.refreshTokens.set(refreshToken, {
        userKey: user.key,
        clientId,
        sessionId: subject.sessionId,
        revoked: false,
      });
      body.refresh_token = refreshToken;
    }
    if (grant === 'authorization_code' || scopes.includes('openid')) {
      body.id_token = await idToken(signer, {
        user,
        clientId,
        issuerHost,
        nonce: grant === 'authorization_code' ? subject.nonce : undefined,
        sessionId: subject.sessionId,
        email: scopes.includes('email'),
      });
    }
    body.client_info = clientInfo(user);
    return json(200, body);
  }

  return token;
}
