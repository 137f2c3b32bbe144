// @ts-check
import { randomBytes, randomUUID } from 'node:crypto';

import { TEST_USERS } from '../common/identities.js';

import { html, redirectWith } from './http.js';
import { errorPage, signInPage } from './pages.js';
import { redactParams } from './state.js';
import { clientInfo } from './tokens.js';

// GET /{tenant}/oauth2/v2.0/authorize and the sign-in form it shows (posted back to the same
// path). Request errors that make the redirect URI untrustworthy are shown as a page; all
// others go back to the app, as Entra does.

export const SESSION_COOKIE = 'emu_session';
const CODE_LIFETIME_MS = 10 * 60_000;

/** @typedef {import('./http.js').Reply} Reply */

/**
 * @param {{ store: import('./state.js').StateStore, clients: import('./clients.js').ClientRegistry }} deps
 */
export function createAuthorizeEndpoint({ store, clients }) {
  /** @param {string} sessionId */
  const sessionCookie = (sessionId) =>
    `${SESSION_COOKIE}=${sessionId}; Path=/; HttpOnly; Secure; SameSite=None`;

  /** @param {URLSearchParams} p @param {Record<string, string>} values @param {Record<string, string>} [headers] */
  const answer = (p, values, headers) =>
    redirectWith(p.get('redirect_uri') ?? '', p.get('response_mode'), values, headers);

  /** @param {URLSearchParams} p @param {string} error @param {string} description */
  const fail = (p, error, description) => {
    store.get().stats.errors++;
    return answer(p, { error, error_description: description, state: p.get('state') ?? '' });
  };

  /** @param {string} code @param {string} message */
  const failPage = (code, message) => {
    store.get().stats.errors++;
    return html(400, errorPage(code, message));
  };

  /** Checks shared by GET and POST. @param {URLSearchParams} p @returns {Reply | null} */
  function validate(p) {
    const clientId = p.get('client_id') ?? '';
    const redirectUri = p.get('redirect_uri') ?? '';
    if (!clients.has(clientId)) {
      return failPage(
        'AADSTS700016',
        `Application with identifier '${clientId}' was not found in the directory.`,
      );
    }
    if (!clients.acceptsRedirect(clientId, redirectUri)) {
      return failPage(
        'AADSTS50011',
        `The redirect URI '${redirectUri}' specified in the request does not match the redirect URIs configured for the application '${clientId}'.`,
      );
    }
    if (p.get('response_type') !== 'code') {
      return fail(p, 'unsupported_response_type', 'AADSTS700054: response_type must be code.');
    }
    if (!p.get('code_challenge') || p.get('code_challenge_method') !== 'S256') {
      return fail(
        p,
        'invalid_request',
        'AADSTS9002325: Proof Key for Code Exchange is required for cross-origin authorization code redemption.',
      );
    }
    return null;
  }

  /** @param {URLSearchParams} p @param {string} userKey @param {string} sessionId @param {Record<string, string>} [headers] */
  function issueCode(p, userKey, sessionId, headers) {
    const user = TEST_USERS.find((u) => u.key === userKey);
    if (!user) return failPage('AADSTS50034', `The user account ${userKey} does not exist.`);
    const code = randomBytes(32).toString('base64url');
    store.get().codes.set(code, {
      clientId: p.get('client_id') ?? '',
      redirectUri: p.get('redirect_uri') ?? '',
      codeChallenge: p.get('code_challenge') ?? '',
      nonce: p.get('nonce') ?? undefined,
      scope: p.get('scope') ?? '',
      userKey,
      sessionId,
      expiresAt: Date.now() + CODE_LIFETIME_MS,
    });
    const values = { code, client_info: clientInfo(user), state: p.get('state') ?? '' };
    return answer(p, { ...values, session_state: sessionId }, headers);
  }

  /** A new IdP session for the user, remembered by cookie for later prompt=none calls. @param {URLSearchParams} p @param {string} userKey */
  function signInAndIssue(p, userKey) {
    const sessionId = randomUUID();
    store.get().sessions.set(sessionId, userKey);
    return issueCode(p, userKey, sessionId, { 'set-cookie': sessionCookie(sessionId) });
  }

  /** @param {Record<string, string>} cookies */
  function sessionOf(cookies) {
    const sessionId = cookies[SESSION_COOKIE];
    const userKey = sessionId ? store.get().sessions.get(sessionId) : undefined;
    return sessionId && userKey ? { sessionId, userKey } : null;
  }

  /** @param {string} path @param {URLSearchParams} p @param {Record<string, string>} cookies @returns {Reply} */
  function get(path, p, cookies) {
    const { stats, knobs } = store.get();
    stats.authorize++;
    stats.lastAuthorizeParams = redactParams(p);
    const prompt = p.get('prompt');
    if (prompt === 'none') stats.authorizeSilent++;
    const invalid = validate(p);
    if (invalid) return invalid;
    const session = sessionOf(cookies);
    if (prompt === 'none') {
      if (session) return issueCode(p, session.userKey, session.sessionId);
      return fail(
        p,
        'login_required',
        'AADSTS50058: A silent sign-in request was sent but no user is signed in.',
      );
    }
    const forceForm = prompt === 'login' || prompt === 'select_account';
    if (!forceForm && session) return issueCode(p, session.userKey, session.sessionId);
    if (!forceForm && knobs.autoLoginUser) return signInAndIssue(p, knobs.autoLoginUser);
    stats.authorizeForm++;
    const carried = Object.fromEntries([...p].filter(([key]) => key !== 'emulator_user'));
    return html(200, signInPage(path, carried));
  }

  /** The sign-in form, posted. @param {URLSearchParams} form @returns {Reply} */
  function post(form) {
    const invalid = validate(form);
    if (invalid) return invalid;
    const userKey = form.get('emulator_user') ?? '';
    if (!TEST_USERS.some((u) => u.key === userKey)) {
      return failPage('AADSTS50034', 'Pick one of the listed test users.');
    }
    store.get().stats.signIn++;
    form.delete('emulator_user');
    return signInAndIssue(form, userKey);
  }

  return { get, post };
}
