import { createContext, use } from 'react';

import type { SignedInUser } from '@/lib/auth/auth-client';

// What the header and error panels need to know about sign-in, without importing MSAL:
// the MSAL build fills this in from msal-react, the demo leaves it almost empty.

export interface AuthUi {
  mode: 'demo' | 'msal';
  user: SignedInUser | null;
  accounts: SignedInUser[];
  switchAccount(homeAccountId: string): void;
  addAccount(): void;
  signOut(): void;
  signInAgain(reason: 'mfa' | 'session'): void;
}

export const demoAuthUi: AuthUi = {
  mode: 'demo',
  user: null,
  accounts: [],
  switchAccount: () => undefined,
  addAccount: () => undefined,
  signOut: () => undefined,
  signInAgain: () => undefined,
};

export const AuthUiContext = createContext<AuthUi>(demoAuthUi);

export function useAuthUi(): AuthUi {
  return use(AuthUiContext);
}
