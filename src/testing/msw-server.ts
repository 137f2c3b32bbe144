import { HttpResponse } from 'msw';
import { setupServer } from 'msw/node';

// The Partner Center emulator's MSW adapter, the same one the demo runs in the browser:
// integration tests exercise the real HTTP client against emulated Partner Center answers.
import { handlePartnerCenterRequest } from '../../emulators/partner-center/core.js';
import { createPartnerCenterHandlers } from '../../emulators/partner-center/msw-handlers.js';

import { TEST_BASE_URL } from './render-app';

export const server = setupServer(...createPartnerCenterHandlers({ baseUrl: TEST_BASE_URL }));

export function setupEmulator() {
  beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
  afterEach(() => server.resetHandlers());
  afterAll(() => server.close());
}

/**
 * The emulator's answer to `request`, for tests that wrap the emulator (to count requests,
 * slow it down or change a query) instead of replacing it: `url` is the request's URL,
 * possibly edited. The same call the MSW adapter makes.
 */
export function emulatorResponse(request: Request, url = new URL(request.url)) {
  const headers: Record<string, string> = {};
  request.headers.forEach((value, key) => (headers[key] = value));
  const response = handlePartnerCenterRequest({
    method: request.method,
    url: url.pathname.replace(new URL(TEST_BASE_URL).pathname, '') + url.search,
    headers,
  });
  return new HttpResponse(response.body, { status: response.status, headers: response.headers });
}
