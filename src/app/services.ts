import type { QueryClient } from '@tanstack/react-query';
import type { ComponentType, ReactNode } from 'react';

import { currentCorrelationId } from '@/lib/api/correlation';
import { createPartnerCenterClient, type PartnerCenterClient } from '@/lib/api/http-client';
import type { AuthClient } from '@/lib/auth/auth-client';
import type { AppConfig } from '@/lib/config';
import { activeLocale } from '@/lib/i18n/locale';
import { createQueryClient } from '@/lib/query-client';

import { createAppRouter, type AppRouter } from './router';

export interface AppServices {
  config: AppConfig;
  auth: AuthClient;
  queryClient: QueryClient;
  /** The one HTTP client: shared by the router's loaders and the views' queries. */
  partnerCenter: PartnerCenterClient;
  router: AppRouter;
  /** Sign-in UI around the routes: MSAL's provider and gate, or the demo's static one. */
  AuthShell: ComponentType<{ children: ReactNode }>;
}

/** Everything the app runs on, built once before the first render (and once per test). */
export function createAppServices(options: {
  config: AppConfig;
  auth: AuthClient;
  AuthShell: AppServices['AuthShell'];
  /** The wire under the HTTP client: the demo's emulator worker; the network otherwise. */
  fetch?: typeof fetch | undefined;
  history?: Parameters<typeof createAppRouter>[0]['history'];
}): AppServices {
  const { config, auth } = options;
  const queryClient = createQueryClient();
  const partnerCenter = createPartnerCenterClient({
    baseUrl: config.partnerCenter.baseUrl,
    scope: config.partnerCenter.scope,
    timeoutMs: config.partnerCenter.requestTimeoutMs,
    auth,
    getLocale: activeLocale,
    getCorrelationId: currentCorrelationId,
    ...(options.fetch ? { fetch: options.fetch } : {}),
  });
  const router = createAppRouter({
    context: { queryClient, partnerCenter },
    ...(options.history ? { history: options.history } : {}),
  });
  return { config, auth, queryClient, partnerCenter, router, AuthShell: options.AuthShell };
}
