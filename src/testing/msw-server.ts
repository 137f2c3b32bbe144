import { setupServer } from 'msw/node';

// The Partner Center emulator's MSW adapter, the same one the demo runs in the browser:
// integration tests exercise the real HTTP client against emulated Partner Center answers.
import { createPartnerCenterHandlers } from '../../emulators/partner-center/msw-handlers.js';

import { TEST_BASE_URL } from './render-app';

export const server = setupServer(...createPartnerCenterHandlers({ baseUrl: TEST_BASE_URL }));

export function setupEmulator() {
  beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
  afterEach(() => server.resetHandlers());
  afterAll(() => server.close());
}
