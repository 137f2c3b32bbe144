// @ts-check
import { PARTNER_CENTER_APP_ID, PARTNER_CENTER_AUDIENCE } from '../common/identities.js';

// What a scope list asks for. Entra issues one access token per request, for one resource:
// Partner Center (v1 token, aud = its URI) or, when only OIDC scopes or Graph permissions
// are named, Microsoft Graph — which is what a plain `openid profile offline_access` login
// gets in production too.

export const OIDC_SCOPES = Object.freeze(['openid', 'profile', 'email', 'offline_access']);
export const GRAPH_APP_ID = '00000003-0000-0000-c000-000000000000';
const GRAPH_HOST = 'https://graph.microsoft.com';
const PC_PERMISSIONS = ['user_impersonation'];

/**
 * @typedef {{ ok: true, resource: 'partner-center' | 'graph', scp: string }
 *   | { ok: false, error: string, code: number, description: string }} ScopeAnalysis
 */

/** @param {string} scope */
const isOidc = (scope) => OIDC_SCOPES.includes(scope.toLowerCase());

/** `https://host/path/perm` → [`https://host/path`, `perm`]; short names belong to Graph. @param {string} scope */
function splitScope(scope) {
  const at = scope.lastIndexOf('/');
  if (at < 0) return [GRAPH_HOST, scope];
  return [scope.slice(0, at).toLowerCase(), scope.slice(at + 1)];
}

/** @param {string} resource */
function resourceKind(resource) {
  if (resource === PARTNER_CENTER_AUDIENCE || resource === PARTNER_CENTER_APP_ID) {
    return 'partner-center';
  }
  if (resource === GRAPH_HOST || resource === GRAPH_APP_ID) return 'graph';
  return null;
}

/** @param {string[]} scopes the space-separated `scope` parameter, split @returns {ScopeAnalysis} */
export function analyseScopes(scopes) {
  const named = scopes.filter((scope) => !isOidc(scope)).map(splitScope);
  const resources = [...new Set(named.map(([resource]) => resource))];
  if (resources.length > 1) {
    return {
      ok: false,
      error: 'invalid_request',
      code: 28000,
      description:
        'Provided value for the input parameter scope is not valid because it contains more than one resource.',
    };
  }
  const kind = resources[0] === undefined ? 'graph' : resourceKind(resources[0]);
  if (!kind) {
    return {
      ok: false,
      error: 'invalid_resource',
      code: 500011,
      description: `The resource principal named ${resources[0]} was not found in the tenant.`,
    };
  }
  const permissions = named.map(([, permission]) => permission ?? '');
  if (kind === 'partner-center') {
    const unknown = permissions.find((p) => p !== '.default' && !PC_PERMISSIONS.includes(p));
    if (unknown !== undefined) {
      return {
        ok: false,
        error: 'invalid_scope',
        code: 70011,
        description: `The provided value for the input parameter 'scope' is not valid. The scope ${unknown} is not valid.`,
      };
    }
    // `.default` means "everything consented", which for Partner Center is one permission.
    return { ok: true, resource: kind, scp: PC_PERMISSIONS.join(' ') };
  }
  const graph = permissions.filter((p) => p !== '.default');
  if (!graph.some((p) => p.toLowerCase() === 'user.read')) graph.push('User.Read');
  const oidc = scopes.filter((scope) => isOidc(scope) && scope !== 'offline_access');
  return { ok: true, resource: kind, scp: [...oidc, ...graph].join(' ') };
}
