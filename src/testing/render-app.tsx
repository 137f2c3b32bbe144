import { createMemoryHistory } from '@tanstack/react-router';
import { render } from '@testing-library/react';

import { demoAuthUi, AuthUiContext } from '@/app/auth/auth-ui-context';
import { AppProviders } from '@/app/provider';
import { createAppServices } from '@/app/services';
import { setRecentCustomersScope } from '@/features/customers/lib/recent-customers';
import { demoAuth } from '@/lib/auth/auth-client';
import type { AppConfig } from '@/lib/config';

import { markAppRendered } from './app-chunks';

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
  billing: { currency: 'EUR' },
};

export function renderApp(url: string) {
  markAppRendered();
  setRecentCustomersScope('demo');
  const history = createMemoryHistory({ initialEntries: [url] });
  const AuthShell = ({ children }: { children: React.ReactNode }) => (
    <AuthUiContext value={demoAuthUi}>{children}</AuthUiContext>
  );
  const services = createAppServices({ config, auth: demoAuth, AuthShell, history });
  const utils = render(<AppProviders services={services} locale="en-US" />);
  return { ...utils, router: services.router, history, queryClient: services.queryClient };
}
