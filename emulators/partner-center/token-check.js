// @ts-check
import { request as httpRequest } from 'node:http';
import { request as httpsRequest } from 'node:https';

import { createLocalJWKSet, jwtVerify } from 'jose';

import {
  findUserByOid,
  PARTNER_CENTER_APP_ID,
  PARTNER_CENTER_AUDIENCE,
} from '../common/identities.js';

import { roleRefusal } from './role-rules.js';

// What Partner Center checks on every delegated call: a valid Entra signature, the Partner
// Center audience, the user_impersonation scope, MFA, and the user's Partner Center role.

/**
 * @typedef {(
 *   | { ok: true, oid: string, canReadAnalytics: boolean, appOnly: boolean }
 *   | { ok: false, status: number, code: number, description: string }
 * )} TokenCheck
 */

/**
 * node:https rather than fetch: the Entra emulator's certificate is self-signed and only
 * node:https takes a per-request CA. Plain http: is allowed for tests' tiny JWKS servers.
 * @param {string} url @param {string | undefined} ca @returns {Promise<unknown>}
 */
function fetchJson(url, ca) {
  return new Promise((resolve, reject) => {
    const onResponse = (/** @type {import('node:http').IncomingMessage} */ res) => {
      if (res.statusCode !== 200) {
        res.resume();
        reject(new Error(`JWKS request answered ${res.statusCode}`));
        return;
      }
      let body = '';
      res.on('data', (chunk) => (body += chunk));
      res.on('end', () => {
        try {
          resolve(JSON.parse(body));
        } catch (error) {
          reject(error);
        }
      });
    };
    const req = url.startsWith('http:')
      ? httpRequest(url, { timeout: 5000 }, onResponse)
      : httpsRequest(url, { ca, timeout: 5000 }, onResponse);
    req.on('error', reject);
    req.on('timeout', () => req.destroy(new Error('JWKS request timed out')));
    req.end();
  });
}

/**
 * @param {{ jwksUrl: string, caCert?: string, audiences?: readonly string[], issuerPrefix?: string }} options
 *   audiences: accepted `aud` values (default: the Partner Center URI and app id);
 *   issuerPrefix: v1 tokens' issuer, `https://sts.windows.net/<tenant>/`
 */
export function createTokenChecker({
  jwksUrl,
  caCert,
  audiences: accepted = [PARTNER_CENTER_AUDIENCE, PARTNER_CENTER_APP_ID],
  issuerPrefix = 'https://sts.windows.net/',
}) {
  /** @type {ReturnType<typeof createLocalJWKSet> | null} */
  let keys = null;
  const loadKeys = async () => {
    const jwks = /** @type {import('jose').JSONWebKeySet} */ (await fetchJson(jwksUrl, caCert));
    keys = createLocalJWKSet(jwks);
    return keys;
  };

  /**
   * @param {string | undefined} authorization
   * @param {import('./role-rules.js').EndpointKind} endpoint  see endpointKind()
   * @returns {Promise<TokenCheck>}
   */
  return async function check(authorization, endpoint) {
    const match = /^Bearer\s+(\S+)$/i.exec(authorization ?? '');
    if (!match?.[1])
      return {
        ok: false,
        status: 401,
        code: 800001,
        description: 'Partner token is missing or malformed.',
      };
    const token = match[1];
    /** @type {import('jose').JWTPayload} */
    let claims;
    try {
      const verify = async (/** @type {ReturnType<typeof createLocalJWKSet>} */ jwks) =>
        (
          await jwtVerify(token, jwks, {
            algorithms: ['RS256'],
            clockTolerance: 5,
            // Entra always sets exp; a token without one is not one it issued.
            requiredClaims: ['exp'],
          })
        ).payload;
      try {
        claims = await verify(keys ?? (await loadKeys()));
      } catch (error) {
        // A key we have not seen yet (the IdP restarted): fetch the keys once more.
        if (/** @type {{ code?: string }} */ (error).code !== 'ERR_JWKS_NO_MATCHING_KEY')
          throw error;
        claims = await verify(await loadKeys());
      }
    } catch (error) {
      const code = /** @type {{ code?: string }} */ (error).code;
      const description =
        code === 'ERR_JWT_EXPIRED'
          ? 'The access token has expired.'
          : 'The access token is not valid.';
      return { ok: false, status: 401, code: 800001, description };
    }
    const audiences = Array.isArray(claims.aud) ? claims.aud : [claims.aud];
    if (!audiences.some((aud) => typeof aud === 'string' && accepted.includes(aud))) {
      return {
        ok: false,
        status: 401,
        code: 900420,
        description: 'The token audience is not accepted by Partner Center.',
      };
    }
    if (typeof claims.iss !== 'string' || !claims.iss.startsWith(issuerPrefix)) {
      return {
        ok: false,
        status: 401,
        code: 800001,
        description: 'The token issuer is not accepted.',
      };
    }
    const scopes = typeof claims.scp === 'string' ? claims.scp.split(' ') : [];
    const appOnly = scopes.length === 0 && Array.isArray(claims.roles);
    if (!appOnly && !scopes.includes('user_impersonation')) {
      return {
        ok: false,
        status: 401,
        code: 800001,
        description: 'The token lacks the user_impersonation scope.',
      };
    }
    if (appOnly) {
      return endpoint.analytics || endpoint.appUserOnly
        ? {
            ok: false,
            status: 403,
            code: 2032,
            description: 'App-only tokens cannot call this API; use App+User authentication.',
          }
        : { ok: true, oid: String(claims.oid ?? ''), canReadAnalytics: false, appOnly };
    }
    const amr = Array.isArray(claims.amr) ? claims.amr : [];
    if (!amr.includes('mfa')) {
      return {
        ok: false,
        status: 401,
        code: 900421,
        description:
          'Multi-factor authentication is required for this operation. Sign in again with MFA.',
      };
    }
    const user = findUserByOid(String(claims.oid ?? ''));
    const canReadAnalytics = user?.canReadAnalytics ?? false;
    const refusal = roleRefusal(user, endpoint);
    if (refusal) return refusal;
    return { ok: true, oid: String(claims.oid), canReadAnalytics, appOnly };
  };
}
