// @ts-check
import { createHash, randomBytes, randomUUID } from 'node:crypto';

import { exportJWK, generateKeyPair, SignJWT } from 'jose';

import { PARTNER_CENTER_AUDIENCE, PARTNER_TENANT_ID } from '../common/identities.js';

import { GRAPH_APP_ID } from './scopes.js';

// Token minting, shaped like Entra's: v2 id tokens for the app, v1 access tokens for the
// resource (Partner Center still receives v1 tokens: aud = resource URI, iss = sts.windows.net).

/** @typedef {import('../common/identities.js').TestUser} TestUser */

/** A fresh RS256 key per start: nothing to commit, nothing to leak between runs. */
export async function createSigner() {
  const { privateKey, publicKey } = await generateKeyPair('RS256', { extractable: true });
  const kid = `emu-${randomBytes(6).toString('hex')}`;
  const jwk = { ...(await exportJWK(publicKey)), kid, use: 'sig', alg: 'RS256' };
  /** @param {import('jose').JWTPayload} claims @param {number} lifetimeSeconds */
  const sign = (claims, lifetimeSeconds) => {
    const now = Math.floor(Date.now() / 1000);
    return new SignJWT({ ...claims, nbf: now })
      .setProtectedHeader({ alg: 'RS256', typ: 'JWT', kid })
      .setIssuedAt(now)
      .setExpirationTime(now + lifetimeSeconds)
      .sign(privateKey);
  };
  return { kid, jwks: { keys: [jwk] }, sign };
}

/** @typedef {Awaited<ReturnType<typeof createSigner>>} Signer */

/** Entra's `sub` is pairwise: stable per user and app, different across apps. @param {string} oid @param {string} appId */
const pairwiseSub = (oid, appId) =>
  createHash('sha256').update(`${oid}|${appId.toLowerCase()}`).digest('base64url').slice(0, 43);

/** @param {string} name */
const nameParts = (name) => {
  const [given = name, ...rest] = name.split(' ');
  return { given_name: given, family_name: rest.join(' ') };
};

/**
 * @param {Signer} signer
 * @param {{ user: TestUser, clientId: string, resource: 'partner-center' | 'graph', scp: string, lifetimeSeconds: number }} input
 */
export function accessToken(signer, { user, clientId, resource, scp, lifetimeSeconds }) {
  const aud = resource === 'partner-center' ? PARTNER_CENTER_AUDIENCE : GRAPH_APP_ID;
  return signer.sign(
    {
      aud,
      iss: `https://sts.windows.net/${PARTNER_TENANT_ID}/`,
      acr: '1',
      amr: user.mfa ? ['pwd', 'mfa'] : ['pwd'],
      appid: clientId,
      appidacr: '0', // a public client (SPA): no client secret or certificate
      ...nameParts(user.name),
      idtyp: 'user',
      name: user.name,
      oid: user.oid,
      scp,
      sub: pairwiseSub(user.oid, aud),
      tid: PARTNER_TENANT_ID,
      unique_name: user.upn,
      upn: user.upn,
      uti: randomBytes(16).toString('base64url'),
      ver: '1.0',
    },
    lifetimeSeconds,
  );
}

/**
 * @param {Signer} signer
 * @param {{ user: TestUser, clientId: string, issuerHost: string, nonce: string | undefined, sessionId: string, email: boolean }} input
 */
export function idToken(signer, { user, clientId, issuerHost, nonce, sessionId, email }) {
  return signer.sign(
    {
      ver: '2.0',
      // MSAL compares nothing here, but an API validating id tokens would expect the host
      // the browser talked to (login.microsoftonline.com when mapped, else localhost:port).
      iss: `https://${issuerHost}/${PARTNER_TENANT_ID}/v2.0`,
      aud: clientId,
      tid: PARTNER_TENANT_ID,
      oid: user.oid,
      sub: pairwiseSub(user.oid, clientId),
      name: user.name,
      preferred_username: user.upn,
      ...(email ? { email: user.upn } : {}),
      // MSAL turns login_hint into the logout_hint and the hint of silent requests.
      login_hint: `O.${Buffer.from(`${user.oid}|${PARTNER_TENANT_ID}`).toString('base64url')}`,
      sid: sessionId,
      uti: randomUUID(),
      ...(nonce ? { nonce } : {}),
    },
    3600,
  );
}

/** `client_info`: how MSAL builds the account's home id (uid.utid). @param {TestUser} user */
export function clientInfo(user) {
  const info = { uid: user.oid, utid: PARTNER_TENANT_ID };
  return Buffer.from(JSON.stringify(info)).toString('base64url');
}
