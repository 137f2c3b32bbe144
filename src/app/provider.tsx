import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { RouterProvider } from '@tanstack/react-router';
import { useMemo, type ComponentType, type ReactNode } from 'react';

import { currentCorrelationId } from '@/lib/api/correlation';
import { createPartnerCenterClient } from '@/lib/api/http-client';
import { PartnerCenterProvider } from '@/lib/api/partner-center-context';
import type { AuthClient } from '@/lib/auth/auth-client';
import type { AppConfig } from '@/lib/config';
import { I18nProvider } from '@/lib/i18n/i18n-provider';
import { activeLocale, type Locale } from '@/lib/i18n/locale';

import './i18n/register-catalogue';
import type { AppRouter } from './router';

export interface AppServices {
  config: AppConfig;
  auth: AuthClient;
  queryClient: QueryClient;
  router: AppRouter;
  /** Sign-in UI around the routes: MSAL's provider and gate, or the demo's static one. */
  AuthShell: ComponentType<{ children: ReactNode }>;
}

export function AppProviders({
  services,
  locale,
  children,
}: {
  services: AppServices;
  locale?: Locale;
  children?: ReactNode;
}) {
  const { config, auth, queryClient, router, AuthShell } = services;
  const client = useMemo(
    () =>
      createPartnerCenterClient({
        baseUrl: config.partnerCenter.baseUrl,
        scope: config.partnerCenter.scope,
        timeoutMs: config.partnerCenter.requestTimeoutMs,
        auth,
        getLocale: activeLocale,
        getCorrelationId: currentCorrelationId,
      }),
    [config, auth],
  );
  return (
    <I18nProvider
      {...(locale ? { locale } : {})}
      onLocaleChange={() => {
        // Partner Center localises some fields; fetch them again in the new language.
        void queryClient.invalidateQueries();
      }}
    >
      <QueryClientProvider client={queryClient}>
        <PartnerCenterProvider client={client}>
          <AuthShell>{children ?? <RouterProvider router={router} />}</AuthShell>
        </PartnerCenterProvider>
      </QueryClientProvider>
    </I18nProvider>
  );
}
