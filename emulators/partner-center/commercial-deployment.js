// @ts-check
import { FilterError, parseFilter } from './odata-filter.js';
import { apiFault, json } from './responses.js';

// E3 — /v1/analytics/commercial/deployment/license (also under /partner): one row per
// customer and product, with `top` (default and max 10,000) + `skip` paging through
// `@nextLink`, the `filter` grammar and `groupby` with summed counts. Only the latest
// processing is served so far: history (`processedDateTime` in the past) is issue 5's.

export const E3_FIELDS = /** @type {const} */ ([
  'serviceCode',
  'serviceName',
  'channel',
  'customerTenantId',
  'customerName',
  'productId',
  'productName',
]);
const MAX_TOP = 10_000;

/** @param {import('./dataset.js').Dataset} dataset */
function rowsOf(dataset) {
  return dataset.customers.flatMap((customer) =>
    customer.licenses.map((license) => ({
      serviceCode: license.serviceCode,
      serviceName: license.serviceName,
      channel: license.channel,
      customerTenantId: customer.id,
      customerName: customer.companyName,
      productId: license.productId,
      productName: license.productName,
      licensesDeployed: license.licensesDeployed,
      licensesSold: license.licensesSold,
      // E3 writes dates without an offset (api.md); they are UTC.
      processedDateTime: customer.processedDateTime.replace(/(\.\d+)?[+-]\d{2}:\d{2}$/, ''),
    })),
  );
}

/** @param {Record<string, unknown>[]} rows @param {string[]} keys */
function groupBy(rows, keys) {
  /** @type {Map<string, Record<string, unknown>>} */
  const groups = new Map();
  for (const row of rows) {
    const id = JSON.stringify(keys.map((key) => row[key]));
    const group = groups.get(id) ?? {
      ...Object.fromEntries(keys.map((key) => [key, row[key]])),
      licensesDeployed: 0,
      licensesSold: 0,
    };
    group.licensesDeployed = Number(group.licensesDeployed) + Number(row.licensesDeployed);
    group.licensesSold = Number(group.licensesSold) + Number(row.licensesSold);
    groups.set(id, group);
  }
  return [...groups.values()];
}

/**
 * @param {import('./responses.js').PcRequest} request
 * @param {URL} url
 * @param {import('./dataset.js').Dataset} dataset
 */
export function commercialDeployment(request, url, dataset) {
  const query = url.searchParams;
  const top = query.has('top') ? Number(query.get('top')) : MAX_TOP;
  const skip = query.has('skip') ? Number(query.get('skip')) : 0;
  if (!Number.isInteger(top) || top < 1 || top > MAX_TOP || !Number.isInteger(skip) || skip < 0) {
    return apiFault(
      request,
      400,
      800002,
      `top must be 1–${MAX_TOP} and skip a non-negative integer.`,
    );
  }
  if (query.has('processedDateTime')) {
    return apiFault(
      request,
      400,
      800002,
      'Only the latest processed data is available in this emulator.',
    );
  }
  /** @type {Record<string, unknown>[]} */
  let rows = rowsOf(dataset);
  const filter = query.get('filter');
  if (filter !== null) {
    try {
      rows = rows.filter(parseFilter(filter, E3_FIELDS));
    } catch (error) {
      if (error instanceof FilterError)
        return apiFault(request, 400, 800002, `Invalid filter: ${error.message}`);
      throw error;
    }
  }
  const groupby = query.get('groupby');
  if (groupby !== null) {
    const keys = groupby.split(',').map((key) => key.trim());
    const unknown = keys.filter(
      (key) => !(/** @type {readonly string[]} */ (E3_FIELDS).includes(key)),
    );
    if (keys.length === 0 || unknown.length > 0) {
      return apiFault(
        request,
        400,
        800002,
        `Invalid groupby field(s): ${unknown.join(', ') || '(none)'}.`,
      );
    }
    rows = groupBy(rows, keys);
  }
  const page = rows.slice(skip, skip + top);
  const more = skip + top < rows.length;
  let nextLink = null;
  if (more) {
    const next = new URLSearchParams(query);
    next.set('top', String(top));
    next.set('skip', String(skip + top));
    nextLink = `${url.pathname}?${next.toString()}`;
  }
  return json(request, { Value: page, '@nextLink': nextLink, TotalCount: rows.length });
}
