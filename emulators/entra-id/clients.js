// @ts-check
import { TEST_CLIENT_ID } from '../common/identities.js';

// The app registrations the emulator knows, like Entra's "SPA" platform entries: exact
// redirect URIs, and optional front-channel logout destinations.

/**
 * @typedef {object} ClientRegistration
 * @property {string} clientId
 * @property {string[]} redirectUris           compared exactly, as Entra does for SPAs
 * @property {string[]} [postLogoutRedirectUris]
 */

/**
 * @param {ClientRegistration[]} clients
 * @param {() => string[]} extraTestClientRedirectUris  added at run time by the admin config
 */
export function createClientRegistry(clients, extraTestClientRedirectUris) {
  /** @type {Map<string, ClientRegistration>} */
  const byId = new Map(clients.map((client) => [client.clientId.toLowerCase(), client]));
  // The test app always exists, so a caller that only wants to add redirect URIs later
  // (admin config) can start the emulator with no clients at all.
  if (!byId.has(TEST_CLIENT_ID))
    byId.set(TEST_CLIENT_ID, { clientId: TEST_CLIENT_ID, redirectUris: [] });

  /** @param {string} clientId */
  const find = (clientId) => byId.get(clientId.toLowerCase());

  /** @param {string} clientId */
  const redirectUris = (clientId) => {
    const client = find(clientId);
    if (!client) return [];
    const extra = client.clientId === TEST_CLIENT_ID ? extraTestClientRedirectUris() : [];
    return [...client.redirectUris, ...extra];
  };

  return {
    /** @param {string} clientId */
    has: (clientId) => find(clientId) !== undefined,
    redirectUris,
    /** @param {string} clientId @param {string} redirectUri */
    acceptsRedirect: (clientId, redirectUri) => redirectUris(clientId).includes(redirectUri),
    /**
     * Where logout may send the browser back to. Entra accepts a registered front-channel
     * logout URL; as a convenience the emulator also accepts any page on the origin of a
     * registered redirect URI, so apps need not register their home page separately. MSAL
     * does not send client_id on logout, so without one every registration is considered.
     * @param {string | null} clientId
     * @param {string} uri
     */
    acceptsPostLogout: (clientId, uri) => {
      let origin;
      try {
        origin = new URL(uri).origin;
      } catch {
        return false;
      }
      const candidates = clientId
        ? [find(clientId)].filter((c) => c !== undefined)
        : [...byId.values()];
      return candidates.some(
        (client) =>
          (client.postLogoutRedirectUris ?? []).includes(uri) ||
          redirectUris(client.clientId).some((registered) => new URL(registered).origin === origin),
      );
    },
  };
}

/** @typedef {ReturnType<typeof createClientRegistry>} ClientRegistry */
