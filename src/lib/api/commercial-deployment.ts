import { z } from 'zod/mini';

import type { PartnerCenterClient, RequestIds } from './http-client';
import { assertNewPage, followLink, type PageStep } from './page-walk';
import { count, optionalDateTime, optionalString } from './schema-helpers';

// E3 — GET /v1/analytics/commercial/deployment/license: Partner Center's current
// deployment data, one row per customer and product (or per group with `groupby`), paged
// with `top`/`skip` through `@nextLink`. Used by the portfolio (per customer and product) and by
// the customer trend (one customer, one request per processed month). The envelope's
// capitalised names come from the docs; lower-case variants are accepted too (UNVERIFIED).

export const E3_PATH = '/v1/analytics/commercial/deployment/license';
/** The documented default and maximum page size. */
export const E3_MAX_TOP = 10_000;

export const commercialDeploymentRowSchema = z.object({
  serviceCode: optionalString,
  serviceName: z.catch(z.string(), ''),
  channel: z.catch(z.string(), ''),
  customerTenantId: optionalString,
  customerName: optionalString,
  productId: optionalString,
  productName: optionalString,
  licensesDeployed: count,
  licensesSold: count,
  processedDateTime: optionalDateTime,
});
export type CommercialDeploymentRow = z.output<typeof commercialDeploymentRowSchema>;

const pageSchema = z.pipe(
  z.object({
    Value: z.optional(z.array(z.unknown(), { error: 'expected a list of rows' })),
    value: z.optional(z.array(z.unknown(), { error: 'expected a list of rows' })),
    '@nextLink': z.catch(z.nullish(z.string()), undefined),
    TotalCount: z.catch(z.optional(count), undefined),
    totalCount: z.catch(z.optional(count), undefined),
  }),
  z.transform((page, context) => {
    const raw = page.Value ?? page.value;
    if (!raw) {
      context.issues.push({
        code: 'custom',
        input: page,
        path: ['Value'],
        message: 'expected a list of rows',
      });
      return z.NEVER;
    }
    const rows: CommercialDeploymentRow[] = [];
    let skipped = 0;
    for (const item of raw) {
      const parsed = commercialDeploymentRowSchema.safeParse(item);
      if (parsed.success) rows.push(parsed.data);
      else skipped++;
    }
    return {
      rows,
      skipped,
      nextLink: page['@nextLink'] ?? null,
      totalCount: page.TotalCount ?? page.totalCount,
    };
  }),
);
export type CommercialDeploymentPage = z.output<typeof pageSchema>;

/** An OData string literal: single quotes doubled, as the filter grammar requires. */
export function odataString(value: string): string {
  return `'${value.replace(/'/g, "''")}'`;
}

/** `field eq 'value'` clauses joined with `and`; empty values are left out. */
export function equalsFilter(clauses: Record<string, string | undefined>): string | undefined {
  const parts = Object.entries(clauses)
    .filter((entry): entry is [string, string] => Boolean(entry[1]))
    .map(([field, value]) => `${field} eq ${odataString(value)}`);
  return parts.length > 0 ? parts.join(' and ') : undefined;
}

export interface CommercialDeploymentQuery {
  filter?: string | undefined;
  groupby?: readonly string[] | undefined;
  top?: number | undefined;
  /** YYYY-MM-DD: the data as processed on that day (history). Absent = the latest. */
  processedDate?: string | undefined;
}

export function commercialDeploymentPath(query: CommercialDeploymentQuery): string {
  const params = new URLSearchParams();
  if (query.top !== undefined) params.set('top', String(query.top));
  if (query.filter) params.set('filter', query.filter);
  if (query.groupby?.length) params.set('groupby', query.groupby.join(','));
  if (query.processedDate) params.set('processedDateTime', query.processedDate);
  const search = params.toString();
  return search ? `${E3_PATH}?${search}` : E3_PATH;
}

/** One page: `path` is one built above (a single request; its `nextLink` is not followed). */
export function getCommercialDeploymentPage(
  client: PartnerCenterClient,
  path: string,
  signal?: AbortSignal,
  onIds?: (ids: RequestIds) => void,
): Promise<CommercialDeploymentPage> {
  return client.get(path, pageSchema, { signal, ...(onIds ? { onIds } : {}) });
}

/**
 * One page of a walk along `@nextLink`, and the step after it (null at the end). The link
 * may be absolute, host-relative or (UNVERIFIED) only a query string; the client keeps it
 * on the configured base, and page-walk stops repeating or endless chains.
 */
export async function getCommercialDeploymentStep(
  client: PartnerCenterClient,
  step: PageStep,
  signal?: AbortSignal,
): Promise<CommercialDeploymentPage & { next: PageStep | null }> {
  assertNewPage(step);
  let ids: RequestIds | undefined;
  const page = await getCommercialDeploymentPage(client, step.path, signal, (sent) => {
    ids = sent;
  });
  const link = page.nextLink;
  const next =
    link && ids
      ? followLink(client, step, { uri: link.startsWith('?') ? `${E3_PATH}${link}` : link }, ids)
      : null;
  return { ...page, next };
}
