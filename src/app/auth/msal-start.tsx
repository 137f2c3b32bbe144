import { EventType, PublicClientApplication, LogLevel } from '@azure/msal-browser';
import { MsalProvider, useMsal } from '@azure/msal-react';
import { useQueryClient, type QueryClient } from '@tanstack/react-query';
import { useMemo, type ReactNode } from 'react';

import { setRecentCustomersScope } from '@/features/customers/lib/recent-customers';
import type { AppConfig, MsalAuthConfig } from '@/lib/config';

import { AuthUiContext, type AuthUi } from './auth-ui-context';
import { forgetPartnerData } from './forget-partner-data';
import { createMsalAuthClient, toSignedInUser } from './msal-auth-client';
import { SignInGate } from './sign-in-gate';

// Loaded only when config.json says auth.mode = "msal": the demo never downloads MSAL.

export async function startMsal(config: AppConfig & { auth: MsalAuthConfig }) {
  const origin = window.location.origin;
  const pca = new PublicClientApplication({
    auth: {
      clientId: config.auth.clientId,
      authority: config.auth.authority,
      knownAuthorities: config.auth.knownAuthorities,
      // The v5 redirect bridge: a tiny page that hands the answer back to the app, which
      // then returns to the page that started the sign-in (deep links survive).
      redirectUri: `${origin}/redirect.html`,
      postLogoutRedirectUri: `${origin}/`,
    },
    cache: { cacheLocation: config.auth.cacheLocation },
    system: {
      loggerOptions: {
        logLevel: LogLevel.Warning,
        piiLoggingEnabled: false,
        loggerCallback: (level, message, containsPii) => {
          if (!containsPii && level <= LogLevel.Warning) console.warn(`[msal] ${message}`);
        },
      },
    },
  });
  await pca.initialize();
  const result = await pca.handleRedirectPromise();
  if (result?.account) pca.setActiveAccount(result.account);
  if (!pca.getActiveAccount()) {
    const [only, ...others] = pca.getAllAccounts();
    if (only && others.length === 0) pca.setActiveAccount(only);
  }
  // Recently opened customers are kept per partner tenant.
  setRecentCustomersScope(pca.getActiveAccount()?.tenantId ?? null);
  pca.addEventCallback((event) => {
    if (
      (event.eventType === EventType.LOGIN_SUCCESS ||
        event.eventType === EventType.ACQUIRE_TOKEN_SUCCESS) &&
      event.payload
    ) {
      const payload = event.payload as { account?: Parameters<typeof pca.setActiveAccount>[0] };
      if (payload.account) pca.setActiveAccount(payload.account);
      setRecentCustomersScope(pca.getActiveAccount()?.tenantId ?? null);
    }
  });

  const auth = createMsalAuthClient(pca, config.partnerCenter.scope);

  function MsalRoot({ children }: { children: ReactNode }) {
    const queryClient = useQueryClient();
    return (
      <MsalProvider instance={pca}>
        <MsalAuthUi queryClient={queryClient} scope={config.partnerCenter.scope}>
          {children}
        </MsalAuthUi>
      </MsalProvider>
    );
  }

  function MsalAuthUi({
    queryClient,
    scope,
    children,
  }: {
    queryClient: QueryClient;
    scope: string;
    children: ReactNode;
  }) {
    const { instance, accounts } = useMsal();
    const active = instance.getActiveAccount();
    const value = useMemo<AuthUi>(
      () => ({
        mode: 'msal',
        user: active ? toSignedInUser(active) : null,
        accounts: accounts.map(toSignedInUser),
        switchAccount(homeAccountId) {
          const next = instance
            .getAllAccounts()
            .find((account) => account.homeAccountId === homeAccountId);
          if (!next) return;
          // Another account can be another partner: nothing cached may cross over.
          forgetPartnerData(queryClient);
          instance.setActiveAccount(next);
          window.location.reload();
        },
        addAccount() {
          void instance.loginRedirect({
            scopes: [scope],
            prompt: 'select_account',
            redirectStartPage: window.location.href,
          });
        },
        signOut() {
          forgetPartnerData(queryClient);
          void instance.logoutRedirect({
            account: instance.getActiveAccount(),
            postLogoutRedirectUri: `${window.location.origin}/`,
          });
        },
        signInAgain(reason) {
          void auth.signInAgain(reason);
        },
      }),
      [active, accounts, instance, queryClient, scope],
    );
    return (
      <AuthUiContext value={value}>
        <SignInGate signedIn={Boolean(active)} scope={scope}>
          {children}
        </SignInGate>
      </AuthUiContext>
    );
  }

  return { auth, AuthShell: MsalRoot };
}
