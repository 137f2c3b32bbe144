import { z } from 'zod/mini';

import { SORT_KEYS, type SortDirection, type SortKey } from './deployment-rows';

// The customer view's state in the URL (?sort=&dir=&service=&channel=&all=), so a bookmark
// restores the exact view. Every field falls back to its default on its own; the names of
// the fields that did not fit are reported so the page can say so.

const filterValue = z
  .string()
  .check(z.trim(), z.minLength(1), z.maxLength(64), z.regex(/^[\p{L}\p{N} ._()&-]+$/u));

const fields = {
  sort: z.enum(SORT_KEYS),
  dir: z.enum(['asc', 'desc']),
  service: filterValue,
  channel: filterValue,
  all: z.union([
    z.boolean(),
    z.pipe(
      z.enum(['true', 'false']),
      z.transform((value) => value === 'true'),
    ),
  ]),
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
  const invalid: string[] = [];
  const read = <K extends keyof typeof fields>(
    key: K,
  ): z.output<(typeof fields)[K]> | undefined => {
    if (raw[key] === undefined || raw[key] === '') return undefined;
    const parsed = fields[key].safeParse(
      typeof raw[key] === 'number' ? String(raw[key]) : raw[key],
    );
    if (parsed.success) return parsed.data as z.output<(typeof fields)[K]>;
    invalid.push(key);
    return undefined;
  };
  const value: DeploymentSearch = {
    sort: read('sort'),
    dir: read('dir'),
    service: read('service'),
    channel: read('channel'),
    all: read('all') || undefined,
  };
  // Absent keys stay out of the object, so they stay out of the URL.
  const present = Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined));
  return { value: present as DeploymentSearch, invalid };
}
