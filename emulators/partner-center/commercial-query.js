// @ts-check
import { cacheOf } from './analytics-rows.js';
import { snapshotIndexFor } from './history.js';
import { FilterError, parseFilter } from './odata-filter.js';
import { apiFault, json } from './responses.js';

// The query options E3 and E6 share: `top` (default and max 10,000) + `skip` paging through
// `@nextLink`, the `filter` grammar, `groupby` with summed counts, and `processedDateTime`
// for a past snapshot (history.js). The filtered/grouped result is cached per dataset,
// snapshot, filter and groupby, so each page of a large result is a slice, not a rebuild.

const MAX_TOP = 10_000;

/**
 * @typedef {object} CommercialEndpoint
 * @property {string} name                  cache key prefix (`e3`, `e6`)
 * @property {readonly string[]} fields      what filter and groupby may name
 * @property {readonly string[]} sums        the counts groupby adds up
 * @property {(dataset: import('./dataset.js').Dataset, index: number) => readonly object[]} rowsAt
 */

/**
 * Group rows by `keys`; each group carries the keys and the summed counts.
 * @param {readonly Record<string, unknown>[]} rows @param {string[]} keys @param {readonly string[]} sums
 */
export function groupRows(rows, keys, sums) {
  /** @type {Map<string, Record<string, unknown>>} */
  const groups = new Map();
  for (const row of rows) {
    const id = keys.map((key) => String(row[key])).join('\u0000');
    let group = groups.get(id);
    if (!group) {
      group = Object.fromEntries(keys.map((key) => [key, row[key]]));
      for (const sum of sums) group[sum] = 0;
      groups.set(id, group);
    }
    for (const sum of sums) group[sum] = Number(group[sum]) + Number(row[sum]);
  }
  return [...groups.values()];
}

/**
 * @param {import('./responses.js').PcRequest} request
 * @param {URL} url
 * @param {import('./dataset.js').Dataset} dataset
 * @param {CommercialEndpoint} endpoint
 */
export function commercialQuery(request, url, dataset, endpoint) {
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
  let index = 0;
  const processed = query.get('processedDateTime');
  if (processed !== null) {
    const snapshot = snapshotIndexFor(processed);
    if ('error' in snapshot) return apiFault(request, 400, 800002, snapshot.error);
    index = snapshot.index;
  }
  const filter = query.get('filter');
  /** @type {((row: Record<string, unknown>) => boolean) | null} */
  let predicate = null;
  if (filter !== null) {
    try {
      predicate = parseFilter(filter, endpoint.fields);
    } catch (error) {
      if (error instanceof FilterError)
        return apiFault(request, 400, 800002, `Invalid filter: ${error.message}`);
      throw error;
    }
  }
  const groupby = query.get('groupby');
  /** @type {string[] | null} */
  let keys = null;
  if (groupby !== null) {
    keys = groupby.split(',').map((key) => key.trim());
    const unknown = keys.filter((key) => !endpoint.fields.includes(key));
    if (keys.length === 0 || unknown.length > 0) {
      return apiFault(
        request,
        400,
        800002,
        `Invalid groupby field(s): ${unknown.join(', ') || '(none)'}.`,
      );
    }
  }
  const cacheKey = JSON.stringify([endpoint.name, index, filter, keys]);
  const rows = cacheOf(dataset).get(cacheKey, () => {
    /** @type {readonly Record<string, unknown>[]} */
    let result = /** @type {readonly Record<string, unknown>[]} */ (
      endpoint.rowsAt(dataset, index)
    );
    if (predicate) result = result.filter(predicate);
    return keys ? groupRows(result, keys, endpoint.sums) : result;
  });
  const page = rows.slice(skip, skip + top);
  let nextLink = null;
  if (skip + top < rows.length) {
    const next = new URLSearchParams(query);
    next.set('top', String(top));
    next.set('skip', String(skip + top));
    nextLink = `${url.pathname}?${next.toString()}`;
  }
  return json(request, { Value: page, '@nextLink': nextLink, TotalCount: rows.length });
}
