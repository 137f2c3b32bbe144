import {
  BrowserAuthError,
  InteractionRequiredAuthError,
  type AccountInfo,
  type PublicClientApplication,
} from '@azure/msal-browser';

import type { AuthClient, SignedInUser } from '@/lib/auth/auth-client';

// Tokens come from MSAL's cache (or a silent refresh) at request time and are handed
// straight to the HTTP client: never stored by the app, never logged, never in a URL.

const GUARD_KEY = 'license-insights.interactive-sign-in';
const GUARD_WINDOW_MS = 2 * 60_000;

/** Errors after which only the user can help: a new interactive sign-in. */
function needsInteraction(error: unknown): boolean {
  if (error instanceof InteractionRequiredAuthError) return true;
  // Without third-party cookies the hidden-iframe fallback times out instead of saying
  // "login_required" (docs/testing.md, "Testing MSAL 5 offline"); treat it the same way.
  return (
    error instanceof BrowserAuthError &&
    ['timed_out', 'monitor_window_timeout'].includes(error.errorCode)
  );
}

/**
 * One interactive attempt per navigation: if we already redirected for this very URL a
 * moment ago and still cannot get a token, stop and let the user decide (no loops).
 */
function mayRedirect(): boolean {
  try {
    const raw = sessionStorage.getItem(GUARD_KEY);
    const previous = raw ? (JSON.parse(raw) as { url?: unknown; at?: unknown }) : null;
    if (
      previous &&
      previous.url === location.href &&
      typeof previous.at === 'number' &&
      Date.now() - previous.at < GUARD_WINDOW_MS
    ) {
      return false;
    }
    sessionStorage.setItem(GUARD_KEY, JSON.stringify({ url: location.href, at: Date.now() }));
  } catch {
    // Without sessionStorage MSAL cannot redirect either; let it report that.
  }
  return true;
}

function clearGuard() {
  try {
    sessionStorage.removeItem(GUARD_KEY);
  } catch {
    // See mayRedirect.
  }
}

export function toSignedInUser(account: AccountInfo): SignedInUser {
  return {
    name: account.name ?? account.username,
    username: account.username,
    tenantId: account.tenantId,
    homeAccountId: account.homeAccountId,
  };
}

export class InteractiveSignInStopped extends Error {
  readonly errorCode: string;
  constructor(errorCode: string) {
    super(`Interactive sign-in needed (${errorCode})`);
    this.name = 'InteractiveSignInStopped';
    this.errorCode = errorCode;
  }
}

const never = () => new Promise<never>(() => undefined);

export function createMsalAuthClient(pca: PublicClientApplication, scope: string): AuthClient {
  const redirect = async (account: AccountInfo | null, options: { prompt?: string } = {}) => {
    await pca.acquireTokenRedirect({
      scopes: [scope],
      ...(account ? { account } : {}),
      ...options,
      redirectStartPage: location.href,
    });
    return never();
  };

  return {
    mode: 'msal',
    async getAccessToken({ scope: requested, forceRefresh }) {
      const account = pca.getActiveAccount();
      if (!account) {
        if (mayRedirect()) return redirect(null);
        throw new InteractiveSignInStopped('no_account');
      }
      try {
        const result = await pca.acquireTokenSilent({ scopes: [requested], account, forceRefresh });
        clearGuard();
        return result.accessToken;
      } catch (error) {
        if (!needsInteraction(error)) throw error;
        if (mayRedirect()) return redirect(account);
        throw new InteractiveSignInStopped(
          error instanceof BrowserAuthError ? error.errorCode : 'interaction_required',
        );
      }
    },
    async signInAgain(reason) {
      clearGuard();
      // MFA: a fresh sign-in (prompt=login) is what makes Entra ask for the second factor.
      await redirect(pca.getActiveAccount(), {
        prompt: reason === 'mfa' ? 'login' : 'select_account',
      });
    },
  };
}
