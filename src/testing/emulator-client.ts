import { createPartnerCenterClient } from '@/lib/api/http-client';
import { demoAuth } from '@/lib/auth/auth-client';

import { TEST_BASE_URL } from './render-app';

/** The real HTTP client on the emulator's test base (MSW), for API-level tests (no React). */
export function createEmulatorClient() {
  return createPartnerCenterClient({
    baseUrl: TEST_BASE_URL,
    scope: 'https://api.partnercenter.microsoft.com/user_impersonation',
    timeoutMs: 30_000,
    auth: demoAuth,
    getLocale: () => 'en-US',
    getCorrelationId: () => 'corr-test',
  });
}
