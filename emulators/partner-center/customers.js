// @ts-check
import { apiFault, json } from './responses.js';

// E7 (list, seek paging), E8 (one customer), E9 (starts_with search).

const DEFAULT_SIZE = 500;
const MAX_SIZE = 500;

/** @typedef {import('./responses.js').PcRequest} PcRequest */
/** @typedef {import('./dataset.js').Customer} Customer */
/** @typedef {import('./dataset.js').Dataset} Dataset */

/** @param {Customer} c */
function companyProfile(c) {
  return {
    tenantId: c.id,
    domain: c.domain,
    companyName: c.companyName,
    links: { self: { uri: `/v1/customers/${c.id}/profiles/company`, method: 'GET', headers: [] } },
    attributes: { objectType: 'CustomerCompanyProfile' },
  };
}

/** @param {Customer} c @param {boolean} detailed */
export function customerResource(c, detailed) {
  return {
    id: c.id,
    commerceId: c.commerceId,
    companyProfile: companyProfile(c),
    ...(detailed
      ? {
          billingProfile: {
            id: c.commerceId,
            email: `billing@${c.domain}`,
            culture: 'en-US',
            language: 'en',
            companyName: c.companyName,
            defaultAddress: {
              country: 'US',
              city: c.city,
              addressLine1: '1 Main Street',
              postalCode: '98052',
            },
            attributes: { objectType: 'CustomerBillingProfile' },
          },
          allowDelegatedAccess: true,
        }
      : {}),
    relationshipToPartner: c.relationshipToPartner,
    links: { self: { uri: `/v1/customers/${c.id}`, method: 'GET', headers: [] } },
    attributes: { objectType: 'Customer' },
  };
}

/** An opaque, tamper-evident continuation token: offset + filter, with a checksum. */
/** @param {string} text */
function checksum(text) {
  let hash = 2166136261;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 16777619) >>> 0;
  return hash.toString(36);
}

/** @param {string} text */
function toBase64Url(text) {
  const binary = String.fromCharCode(...new TextEncoder().encode(text));
  return btoa(binary).replace(/=+$/, '').replace(/\+/g, '-').replace(/\//g, '_');
}

/** @param {string} base64url */
function fromBase64Url(base64url) {
  const binary = atob(base64url.replace(/-/g, '+').replace(/_/g, '/'));
  return new TextDecoder().decode(Uint8Array.from(binary, (char) => char.charCodeAt(0)));
}

/** @param {{ offset: number, filter: string | null }} state */
function encodeToken(state) {
  const payload = toBase64Url(JSON.stringify(state));
  return `${payload}.${checksum(payload)}`;
}

/** @param {string} token @returns {{ offset: number, filter: string | null } | null} */
function decodeToken(token) {
  const [payload, sum] = token.split('.');
  if (!payload || sum !== checksum(payload)) return null;
  try {
    const state = JSON.parse(fromBase64Url(payload));
    return typeof state?.offset === 'number' && state.offset >= 0 ? state : null;
  } catch {
    return null;
  }
}

/** @param {string | null} raw @returns {{ ok: true, match: (c: Customer) => boolean } | { ok: false }} */
function parseFilter(raw) {
  if (raw === null) return { ok: true, match: () => true };
  /** @type {unknown} */
  let filter;
  try {
    filter = JSON.parse(raw);
  } catch {
    return { ok: false };
  }
  if (!filter || typeof filter !== 'object') return { ok: false };
  const { Field, Value, Operator } = /** @type {Record<string, unknown>} */ (filter);
  if (
    (Field !== 'CompanyName' && Field !== 'Domain') ||
    Operator !== 'starts_with' ||
    typeof Value !== 'string'
  ) {
    return { ok: false };
  }
  const prefix = Value.toLowerCase();
  return {
    ok: true,
    match: (c) => (Field === 'Domain' ? c.domain : c.companyName).toLowerCase().startsWith(prefix),
  };
}

/** @param {PcRequest} request @param {URLSearchParams} query @param {Dataset} dataset */
export function listCustomers(request, query, dataset) {
  const sizeParam = query.get('size');
  const size = sizeParam === null ? DEFAULT_SIZE : Number(sizeParam);
  if (!Number.isInteger(size) || size < 1) {
    return apiFault(
      request,
      400,
      800002,
      `The size parameter must be a positive integer; got '${sizeParam}'.`,
    );
  }
  const pageSize = Math.min(size, MAX_SIZE);
  let offset = 0;
  let filterText = query.get('filter');
  if (query.get('seekOperation') !== null) {
    const token = request.headers['ms-continuationtoken'];
    const state = token ? decodeToken(token) : null;
    if (!state)
      return apiFault(request, 400, 800002, 'The continuation token is missing or invalid.');
    offset = state.offset;
    filterText = state.filter;
  }
  const filter = parseFilter(filterText);
  if (!filter.ok)
    return apiFault(
      request,
      400,
      800002,
      'The filter is not valid. Expected {"Field":"CompanyName"|"Domain","Value":"…","Operator":"starts_with"}.',
    );
  const matching = dataset.customers.filter(filter.match);
  const items = matching.slice(offset, offset + pageSize);
  const more = offset + pageSize < matching.length;
  const token = more ? encodeToken({ offset: offset + pageSize, filter: filterText }) : null;
  const selfQuery =
    filterText === null
      ? `size=${pageSize}`
      : `size=${pageSize}&filter=${encodeURIComponent(filterText)}`;
  return json(request, {
    totalCount: items.length,
    items: items.map((c) => customerResource(c, false)),
    links: {
      self: { uri: `/v1/customers?${selfQuery}`, method: 'GET', headers: [] },
      ...(token
        ? {
            next: {
              uri: `/v1/customers?size=${pageSize}&seekOperation=Next`,
              method: 'GET',
              headers: [{ key: 'MS-ContinuationToken', value: token }],
            },
          }
        : {}),
    },
    ...(token ? { continuationToken: token } : {}),
    attributes: { objectType: 'Collection' },
  });
}
