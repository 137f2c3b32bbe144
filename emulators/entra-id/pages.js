// @ts-check
import { TEST_USERS } from '../common/identities.js';

// The emulator's HTML: a sign-in form listing the test users, and error pages shaped like
// Entra's (AADSTS codes). No script at all (the CSP forbids it), every echoed value escaped.

/** @param {string} value */
export function escapeHtml(value) {
  return value.replace(/[&<>"'`]/g, (char) => `&#${char.charCodeAt(0)};`);
}

/** @param {string} title @param {string} body */
function page(title, body) {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<style>body{font-family:system-ui,sans-serif;max-width:32rem;margin:3rem auto;padding:0 1rem;color:#1b1b1b}
button{display:block;width:100%;text-align:left;margin:.5rem 0;padding:.75rem 1rem;font:inherit;border:1px solid #8a8886;border-radius:4px;background:#fff;cursor:pointer}
button:hover,button:focus{border-color:#0f6cbd;outline:2px solid #0f6cbd}small{color:#605e5c;display:block}.note{color:#605e5c;font-size:.9rem}</style>
</head><body><main>${body}</main></body></html>`;
}

/**
 * One submit button per test user: a click is a complete sign-in. Each button's accessible
 * name is exactly "Sign in as <name>" (what the e2e tests click); the UPN and the MFA state
 * are its accessible description.
 * @param {string} action the authorize path the form posts back to
 * @param {Record<string, string>} params the authorize request, carried through the form
 */
export function signInPage(action, params) {
  const hidden = Object.entries(params)
    .map(
      ([key, value]) =>
        `<input type="hidden" name="${escapeHtml(key)}" value="${escapeHtml(value)}">`,
    )
    .join('\n');
  const users = TEST_USERS.map((user) => {
    const id = `user-${escapeHtml(user.key)}`;
    const detail = `${user.upn} — ${user.mfa ? 'signs in with MFA' : 'no MFA'}, Partner Center role ${user.pcRole}`;
    return (
      `<button type="submit" name="emulator_user" value="${escapeHtml(user.key)}" ` +
      `aria-label="Sign in as ${escapeHtml(user.name)}" aria-describedby="${id}">` +
      `Sign in as ${escapeHtml(user.name)}<small id="${id}">${escapeHtml(detail)}</small></button>`
    );
  }).join('\n');
  return page(
    'Sign in to your account',
    `<h1>Sign in</h1>
<p class="note">Local Microsoft Entra ID emulator — pick a test user. No password needed.</p>
<form method="post" action="${escapeHtml(action)}">
${hidden}
${users}
</form>`,
  );
}

/** @param {string} code AADSTS code @param {string} message */
export function errorPage(code, message) {
  return page(
    'Sign in error',
    `<h1>Sorry, but we’re having trouble signing you in.</h1><p><strong>${escapeHtml(code)}</strong>: ${escapeHtml(message)}</p>`,
  );
}

export function signedOutPage() {
  return page(
    'Signed out',
    '<h1>You signed out of your account</h1><p>It’s a good idea to close all browser windows.</p>',
  );
}
