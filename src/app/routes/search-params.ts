import { z } from 'zod/mini';

import { parseDeploymentSearch } from '@/features/license-deployment/lib/view-search';

// Route search validation. Bad values never crash a route: they fall back to defaults and
// the page shows which ones were ignored (see useInvalidSearchKeys).

const homeSearch = z.object({
  q: z.catch(z.optional(z.string().check(z.trim(), z.maxLength(100))), undefined),
});

export function validateHomeSearch(raw: Record<string, unknown>): { q?: string | undefined } {
  const q = typeof raw.q === 'number' ? String(raw.q) : raw.q;
  return homeSearch.parse({ q: q === '' ? undefined : q });
}

export function validateCustomerSearch(raw: Record<string, unknown>) {
  return parseDeploymentSearch(raw).value;
}

export function invalidCustomerSearchKeys(raw: Record<string, unknown>): string[] {
  return parseDeploymentSearch(raw).invalid;
}
