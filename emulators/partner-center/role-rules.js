// @ts-check
// Which Partner Center role an endpoint needs, apart from the token check itself (which
// needs node:https and jose): the MSW adapter runs in the browser and applies these too.

/** @typedef {{ analytics: boolean, appUserOnly?: boolean, billing?: boolean }} EndpointKind */

/**
 * What a request needs: analytics (E1–E6: App+User and an analytics role), App+User only
 * (subscribed SKUs), billing (invoices and unbilled line items: a billing role).
 * @param {string} pathAndQuery @returns {EndpointKind}
 */
export function endpointKind(pathAndQuery) {
  const route = pathAndQuery.split('?')[0] ?? '';
  return {
    analytics: /\/analytics\//i.test(route),
    appUserOnly: /\/subscribedskus\/?$/i.test(route),
    billing: /^\/v1\/invoices(\/|$)/i.test(route),
  };
}

/**
 * The 403 a signed-in user's Partner Center role gets on this endpoint, or null. Shared by
 * the token check (Node adapter) and the MSW adapter's optional signed-in user.
 * @param {import('../common/identities.js').TestUser | undefined} user @param {EndpointKind} endpoint
 * @returns {{ ok: false, status: number, code: number, description: string } | null}
 */
export function roleRefusal(user, endpoint) {
  if (endpoint.analytics && !user?.canReadAnalytics) {
    return {
      ok: false,
      status: 403,
      code: 900150,
      description: 'The user role does not have permission to perform this operation.',
    };
  }
  if (endpoint.billing && !user?.canReadBilling) {
    // The docs' wording for 900150; UNVERIFIED that a missing billing role gives this code.
    return {
      ok: false,
      status: 403,
      code: 900150,
      description: "The supplied role doesn't have the rights to perform the requested operation.",
    };
  }
  return null;
}
