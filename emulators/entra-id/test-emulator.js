// @ts-check
import { afterAll, beforeAll, beforeEach } from 'vitest';

import { TEST_CLIENT_ID } from '../common/identities.js';

import { startEntraEmulator } from './server.js';
import { TEST_REDIRECT_URI } from './test-client.js';

/**
 * One Entra ID emulator for a test file, with the test app registered, reset (state and
 * knobs) before each test. The returned object is filled in once the emulator is up.
 * @returns {import('./server.js').EntraEmulator}
 */
export function useTestEntra() {
  const entra = /** @type {import('./server.js').EntraEmulator} */ ({});
  beforeAll(async () => {
    Object.assign(
      entra,
      await startEntraEmulator({
        clients: [{ clientId: TEST_CLIENT_ID, redirectUris: [TEST_REDIRECT_URI] }],
      }),
    );
  });
  afterAll(() => entra.close());
  beforeEach(() => entra.admin.reset());
  return entra;
}
