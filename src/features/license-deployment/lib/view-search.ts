import { z } from 'zod/mini';

import { booleanFlag, filterValue, parseSearchFields } from '@/lib/search-params';

import { SORT_KEYS, type SortDirection, type SortKey } from './deployment-rows';

// The customer snapshot's state in the URL (?sort=&dir=&service=&channel=&all=), so a
// bookmark restores the exact view. Every field falls back to its default on its own.

export const deploymentSearchFields = {
  sort: z.enum(SORT_KEYS),
  dir: z.enum(['asc', 'desc']),
  service: filterValue,
  channel: filterValue,
  all: booleanFlag,
};

/** What the URL holds: only values that differ from the defaults need to be there. */
export interface DeploymentSearch {
  sort?: SortKey | undefined;
  dir?: SortDirection | undefined;
  service?: string | undefined;
  channel?: string | undefined;
  all?: boolean | undefined;
}

/** The view's state with every default filled in. */
export type DeploymentView = DeploymentSearch & { sort: SortKey; dir: SortDirection };

export const DEFAULT_SORT: SortKey = 'unused';

export function defaultDirection(sort: SortKey): SortDirection {
  return sort === 'product' ? 'asc' : 'desc';
}

export function resolveDeploymentView(search: DeploymentSearch): DeploymentView {
  const sort = search.sort ?? DEFAULT_SORT;
  return { ...search, sort, dir: search.dir ?? defaultDirection(sort) };
}

export function parseDeploymentSearch(raw: Record<string, unknown>): {
  value: DeploymentSearch;
  invalid: string[];
} {
  return parseSearchFields(raw, deploymentSearchFields);
}
