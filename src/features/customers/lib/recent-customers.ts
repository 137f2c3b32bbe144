import { useSyncExternalStore } from 'react';
import { z } from 'zod/mini';

// Recently opened customers, kept in this browser only (ids and names, never tokens).
// Whatever is in storage is untrusted: it is validated on every read.

const STORAGE_KEY = 'license-insights.recent-customers';
const MAX_ENTRIES = 8;

const entrySchema = z.object({
  id: z.string().check(z.regex(/^[0-9a-f-]{36}$/i)),
  name: z.string().check(z.maxLength(500)),
  openedAt: z.number(),
});
export type RecentCustomer = z.infer<typeof entrySchema>;

const listeners = new Set<() => void>();
let snapshot: RecentCustomer[] | null = null;

function read(): RecentCustomer[] {
  try {
    const parsed = z
      .array(entrySchema)
      .safeParse(JSON.parse(localStorage.getItem(STORAGE_KEY) ?? '[]'));
    return parsed.success ? parsed.data.slice(0, MAX_ENTRIES) : [];
  } catch {
    return [];
  }
}

export function getRecentCustomers(): RecentCustomer[] {
  snapshot ??= read();
  return snapshot;
}

export function rememberCustomer(customer: { id: string; name: string }, now = Date.now()): void {
  const id = customer.id.toLowerCase();
  const next = [
    { id, name: customer.name, openedAt: now },
    ...getRecentCustomers().filter((entry) => entry.id !== id),
  ].slice(0, MAX_ENTRIES);
  snapshot = next;
  try {
    localStorage.setItem(STORAGE_KEY, JSON.stringify(next));
  } catch {
    // A full or disabled storage only costs the shortcut list.
  }
  listeners.forEach((listener) => listener());
}

export function clearRecentCustomers(): void {
  snapshot = [];
  try {
    localStorage.removeItem(STORAGE_KEY);
  } catch {
    // See above.
  }
  listeners.forEach((listener) => listener());
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
