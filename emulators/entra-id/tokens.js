// @ts-check
import { exportJWK, generateKeyPair, SignJWT } from 'jose';

import { PARTNER_CENTER_AUDIENCE, PARTNER_TENANT_ID } from '../shared/identities.js';

// Token minting, shaped like Entra's: v2 id tokens for the app, v1 access tokens for
// Partner Center (aud = resource URI, iss = sts.windows.net, scp, amr).

const GRAPH_APP_ID = '00000003-0000-0000-c000-000000000000';

export async function createSigner() {
  const { privateKey, publicKey } = await generateKeyPair('RS256', { extractable: true });
  const kid = `emu-${globalThis.crypto.randomUUID().slice(0, 8)}`;
  const jwk = { ...(await exportJWK(publicKey)), kid, use: 'sig', alg: 'RS256' };
  /** @param {import('jose').JWTPayload} claims @param {number} lifetimeSeconds */
  const sign = (claims, lifetimeSeconds) => {
    const now = Math.floor(Date.now() / 1000);
    return new SignJWT({ ...claims, nbf: now - 5 })
      .setProtectedHeader({ alg: 'RS256', typ: 'JWT', kid })
      .setIssuedAt(now)
      .setExpirationTime(now + lifetimeSeconds)
      .sign(privateKey);
  };
  return { jwks: { keys: [jwk] }, sign };
}

/** @typedef {Awaited<ReturnType<typeof createSigner>>} Signer */
/** @typedef {import('../shared/identities.js').TestUser} TestUser */

/** The resource a scope list asks for: Partner Center, or (for OIDC-only requests) Graph. @param {string[]} scopes */
export function resourceOf(scopes) {
  return scopes.some((scope) => scope.toLowerCase().startsWith(`${PARTNER_CENTER_AUDIENCE}/`))
    ? 'partner-center'
    : 'graph';
}

/**
 * @param {Signer} signer
 * @param {{ user: TestUser, clientId: string, scopes: string[], lifetimeSeconds: number }} input
 */
export function accessToken(signer, { user, clientId, scopes, lifetimeSeconds }) {
  const partnerCenter = resourceOf(scopes) === 'partner-center';
  const scp = scopes
    .filter((scope) => !['openid', 'profile', 'offline_access', 'email'].includes(scope))
    .map((scope) => scope.replace(/^https?:\/\/[^/]+\//, ''))
    .join(' ');
  return signer.sign(
    {
      aud: partnerCenter ? PARTNER_CENTER_AUDIENCE : GRAPH_APP_ID,
      iss: `https://sts.windows.net/${PARTNER_TENANT_ID}/`,
      appid: clientId,
      appidacr: '0',
      amr: user.mfa ? ['pwd', 'mfa'] : ['pwd'],
      idtyp: 'user',
      name: user.name,
      oid: user.oid,
      scp: scp || 'User.Read',
      sub: `${user.oid}-${clientId}`.slice(0, 43),
      tid: PARTNER_TENANT_ID,
      unique_name: user.upn,
      upn: user.upn,
      ver: '1.0',
    },
    lifetimeSeconds,
  );
}

/**
 * @param {Signer} signer
 * @param {{ user: TestUser, clientId: string, issuerHost: string, nonce: string | undefined, sessionId: string }} input
 */
export function idToken(signer, { user, clientId, issuerHost, nonce, sessionId }) {
  return signer.sign(
    {
      ver: '2.0',
      iss: `https://${issuerHost}/${PARTNER_TENANT_ID}/v2.0`,
      aud: clientId,
      tid: PARTNER_TENANT_ID,
      oid: user.oid,
      sub: user.oid,
      name: user.name,
      preferred_username: user.upn,
      login_hint: `O.${Buffer.from(user.oid).toString('base64url')}`,
      sid: sessionId,
      ...(nonce ? { nonce } : {}),
    },
    3600,
  );
}

/** `client_info`: how MSAL builds the account's home id (uid.utid). @param {TestUser} user */
export function clientInfo(user) {
  return Buffer.from(JSON.stringify({ uid: user.oid, utid: PARTNER_TENANT_ID })).toString(
    'base64url',
  );
}
