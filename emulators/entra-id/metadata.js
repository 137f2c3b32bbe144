// @ts-check
import { PARTNER_TENANT_DOMAIN, PARTNER_TENANT_ID } from '../common/identities.js';

// Discovery documents, built from the request's Host header so that the same emulator
// answers as https://localhost:PORT (local authority) and as login.microsoftonline.com
// (hostname mapped to loopback by the browser) without configuration.

/** The Microsoft account (consumer) tenant: Entra's issuer for /consumers. */
const CONSUMERS_TENANT_ID = '9188040d-6c67-4c5b-b112-36a304b66dad';
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/**
 * The tenant path segment (already lower-cased), resolved to the issuer's tenant part, or
 * null for a tenant this directory does not hold (Entra: AADSTS90002). Only the partner
 * tenant exists here, by id or by domain; the multi-tenant aliases are always accepted.
 * @param {string} segment
 * @returns {string | null}
 */
export function issuerTenantOf(segment) {
  if (segment === 'common' || segment === 'organizations') return '{tenantid}';
  if (segment === 'consumers') return CONSUMERS_TENANT_ID;
  if (GUID.test(segment)) return segment === PARTNER_TENANT_ID ? PARTNER_TENANT_ID : null;
  return segment === PARTNER_TENANT_DOMAIN.toLowerCase() ? PARTNER_TENANT_ID : null;
}

/** @param {string} host request Host header @param {string} tenant path segment @param {string} issuerTenant */
export function openidConfiguration(host, tenant, issuerTenant) {
  const base = `https://${host}/${tenant}`;
  return {
    token_endpoint: `${base}/oauth2/v2.0/token`,
    token_endpoint_auth_methods_supported: [
      'client_secret_post',
      'private_key_jwt',
      'client_secret_basic',
    ],
    jwks_uri: `${base}/discovery/v2.0/keys`,
    response_modes_supported: ['query', 'fragment', 'form_post'],
    subject_types_supported: ['pairwise'],
    id_token_signing_alg_values_supported: ['RS256'],
    response_types_supported: ['code', 'id_token', 'code id_token', 'id_token token'],
    scopes_supported: ['openid', 'profile', 'email', 'offline_access'],
    issuer: `https://${host}/${issuerTenant}/v2.0`,
    request_uri_parameter_supported: false,
    userinfo_endpoint: 'https://graph.microsoft.com/oidc/userinfo',
    authorization_endpoint: `${base}/oauth2/v2.0/authorize`,
    device_authorization_endpoint: `${base}/oauth2/v2.0/devicecode`,
    http_logout_supported: true,
    frontchannel_logout_supported: true,
    end_session_endpoint: `${base}/oauth2/v2.0/logout`,
    claims_supported: [
      'sub',
      'iss',
      'cloud_instance_name',
      'cloud_instance_host_name',
      'cloud_graph_host_name',
      'msgraph_host',
      'aud',
      'exp',
      'iat',
      'auth_time',
      'acr',
      'nonce',
      'preferred_username',
      'name',
      'tid',
      'ver',
      'at_hash',
      'c_hash',
      'email',
    ],
    code_challenge_methods_supported: ['plain', 'S256'],
    kerberos_endpoint: `${base}/kerberos`,
    tenant_region_scope: 'EU',
    cloud_instance_name: 'microsoftonline.com',
    cloud_graph_host_name: 'graph.windows.net',
    msgraph_host: 'graph.microsoft.com',
    rbac_url: 'https://pas.windows.net',
  };
}

/** GET /common/discovery/instance: the host is its own (only) alias. @param {string} host */
export function instanceDiscovery(host) {
  return {
    tenant_discovery_endpoint: `https://${host}/common/v2.0/.well-known/openid-configuration`,
    'api-version': '1.1',
    metadata: [{ preferred_network: host, preferred_cache: host, aliases: [host] }],
  };
}
