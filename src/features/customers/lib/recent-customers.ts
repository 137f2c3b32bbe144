import { useSyncExternalStore } from 'react';
import { z } from 'zod/mini';

// Recently opened customers, kept in this browser only (ids and names, never tokens), one
// list per signed-in partner tenant (another partner on this browser never sees them) and
// forgotten on sign-out and account switch. Whatever is in storage is untrusted: every
// entry is validated on read, and a bad one is dropped without losing the others.

const KEY_PREFIX = 'license-insights.recent-customers.v2:';
/** The unscoped list of earlier versions: no way to tell whose it was, so it is removed. */
const LEGACY_KEY = 'license-insights.recent-customers';
const MAX_ENTRIES = 8;
/** Longer names are cut on write (in code points, ≤ 400 UTF-16 units), so reads accept them. */
const MAX_NAME = 200;

const entrySchema = z.object({
  id: z.string().check(z.regex(/^[0-9a-f-]{36}$/i)),
  name: z.string().check(z.maxLength(500)),
  openedAt: z.number().check(z.refine(Number.isFinite)),
});
export type RecentCustomer = z.infer<typeof entrySchema>;

const listeners = new Set<() => void>();
let snapshot: RecentCustomer[] | null = null;
let scope: string | null = null;

const storageKey = () => (scope === null ? null : `${KEY_PREFIX}${scope}`);
const notify = () => listeners.forEach((listener) => listener());

/**
 * Whose list this is: the signed-in user's partner tenant id, "demo" in demo mode, null
 * when nobody is signed in (then nothing is read or kept).
 */
export function setRecentCustomersScope(next: string | null): void {
  const normalised = next ? next.toLowerCase() : null;
  if (normalised === scope) return;
  scope = normalised;
  snapshot = null;
  notify();
}

function read(): RecentCustomer[] {
  const key = storageKey();
  if (key === null) return [];
  try {
    localStorage.removeItem(LEGACY_KEY);
    const raw: unknown = JSON.parse(localStorage.getItem(key) ?? '[]');
    if (!Array.isArray(raw)) return [];
    const entries: RecentCustomer[] = [];
    for (const item of raw) {
      const parsed = entrySchema.safeParse(item);
      if (parsed.success && !entries.some((entry) => entry.id === parsed.data.id))
        entries.push(parsed.data);
    }
    return entries.slice(0, MAX_ENTRIES);
  } catch {
    return [];
  }
}

function write(entries: RecentCustomer[] | null): void {
  const key = storageKey();
  if (key === null) return;
  try {
    if (entries) localStorage.setItem(key, JSON.stringify(entries));
    else localStorage.removeItem(key);
  } catch {
    // A full or disabled storage only costs the shortcut list.
  }
}

export function getRecentCustomers(): RecentCustomer[] {
  snapshot ??= read();
  return snapshot;
}

export function rememberCustomer(customer: { id: string; name: string }, now = Date.now()): void {
  if (scope === null) return;
  const id = customer.id.toLowerCase();
  const chars = Array.from(customer.name);
  const name =
    chars.length > MAX_NAME ? `${chars.slice(0, MAX_NAME - 1).join('')}…` : customer.name;
  const next = [
    { id, name, openedAt: now },
    ...getRecentCustomers().filter((entry) => entry.id !== id),
  ].slice(0, MAX_ENTRIES);
  snapshot = next;
  write(next);
  notify();
}

/** Forgets the current partner's list (the "Clear" button, sign-out, account switch). */
export function clearRecentCustomers(): void {
  snapshot = [];
  write(null);
  notify();
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useRecentCustomers(): RecentCustomer[] {
  return useSyncExternalStore(subscribe, getRecentCustomers, getRecentCustomers);
}

/** Resets the in-memory copy; tests use it after touching localStorage directly. */
export function resetRecentCustomersCache(): void {
  snapshot = null;
}
