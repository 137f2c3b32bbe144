// What the HTTP client and the UI need from sign-in, whatever does it: the demo (no
// sign-in, no token) or MSAL. Keeps MSAL out of the demo bundle and out of most tests.

export interface SignedInUser {
  name: string;
  username: string;
  tenantId: string;
  homeAccountId: string;
}

export interface AuthClient {
  readonly mode: 'demo' | 'msal';
  /** null when this mode sends no token (demo). Never logs or stores the token. */
  getAccessToken(request: { scope: string; forceRefresh: boolean }): Promise<string | null>;
  /** Starts an interactive sign-in that returns to the current URL. */
  signInAgain(reason: 'mfa' | 'session'): Promise<void>;
}

export const demoAuth: AuthClient = {
  mode: 'demo',
  getAccessToken: () => Promise.resolve(null),
  signInAgain: () => Promise.resolve(),
};
