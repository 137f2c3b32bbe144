import { createMemoryHistory } from '@tanstack/react-router';
import { render } from '@testing-library/react';

import { demoAuthUi, AuthUiContext } from '@/app/auth/auth-ui-context';
import { AppProviders } from '@/app/provider';
import { createAppRouter } from '@/app/router';
import { setRecentCustomersScope } from '@/features/customers/lib/recent-customers';
import { demoAuth } from '@/lib/auth/auth-client';
import type { AppConfig } from '@/lib/config';
import { createQueryClient } from '@/lib/query-client';

// Renders the real app (providers, router, HTTP client) at a URL; the network is the
// Partner Center emulator through MSW (see src/testing/msw-server.ts). Nothing is mocked
// between the components and fetch.

export const TEST_BASE_URL = 'http://localhost/pc-api';

const config: AppConfig = {
  auth: { mode: 'demo', dataset: 'standard' },
  partnerCenter: {
    baseUrl: TEST_BASE_URL,
    scope: 'https://api.partnercenter.microsoft.com/user_impersonation',
    requestTimeoutMs: 30_000,
  },
};

export function renderApp(url: string) {
  setRecentCustomersScope('demo');
  const history = createMemoryHistory({ initialEntries: [url] });
  const router = createAppRouter({ history });
  const queryClient = createQueryClient();
  const AuthShell = ({ children }: { children: React.ReactNode }) => (
    <AuthUiContext value={demoAuthUi}>{children}</AuthUiContext>
  );
  const utils = render(
    <AppProviders
      services={{ config, auth: demoAuth, queryClient, router, AuthShell }}
      locale="en-US"
    />,
  );
  return { ...utils, router, history, queryClient };
}
