import { useCallback, useSyncExternalStore } from 'react';
import { z } from 'zod/mini';

import { currencyCode } from '@/lib/money';

import type { PriceListEntry } from './plan';

// What the user adds to the plan by hand — subscriptions mapped to a deployment row and
// their own price list — kept in this browser, one entry per partner tenant (another partner
// signing in here never sees them) and removed on sign-out with the rest of the partner's
// data (forget-partner-data.ts). Storage is untrusted: every value is validated on read.

const PREFIX = 'license-insights.right-size.v1:';

const mappingSchema = z.record(
  z.string().check(z.maxLength(100)),
  z.string().check(z.maxLength(600)),
);
const priceSchema = z.object({
  productKey: z.string().check(z.minLength(1), z.maxLength(600)),
  productName: z.string().check(z.maxLength(600)),
  monthly: z.object({
    amount: z.number().check(z.minimum(0), z.maximum(1_000_000)),
    currency: z.string().check(z.regex(/^[A-Z]{3}$/)),
  }),
});
const storedSchema = z.object({
  mapping: z.catch(mappingSchema, {}),
  prices: z.catch(z.array(priceSchema), []),
  /** The billing currency the user picked over config.json's `billing.currency`. */
  currency: z.catch(z.optional(z.string().check(z.regex(/^[A-Z]{3}$/))), undefined),
});
export type RightSizeStore = z.output<typeof storedSchema>;

const EMPTY: RightSizeStore = { mapping: {}, prices: [] };
const listeners = new Set<() => void>();
const cache = new Map<string, RightSizeStore>();

const keyFor = (tenant: string) => `${PREFIX}${tenant.toLowerCase()}`;

export function readRightSizeStore(tenant: string): RightSizeStore {
  const key = keyFor(tenant);
  const cached = cache.get(key);
  if (cached) return cached;
  let value = EMPTY;
  try {
    const parsed = storedSchema.safeParse(JSON.parse(localStorage.getItem(key) ?? 'null'));
    if (parsed.success) value = parsed.data;
  } catch {
    // Disabled storage or a corrupted value: start empty.
  }
  cache.set(key, value);
  return value;
}

export function writeRightSizeStore(tenant: string, value: RightSizeStore): void {
  const key = keyFor(tenant);
  cache.set(key, value);
  try {
    localStorage.setItem(key, JSON.stringify(value));
  } catch {
    // Quota or privacy mode: the change holds for this visit.
  }
  listeners.forEach((listener) => listener());
}

/** On sign-out and account switch: every tenant's mapping and prices go. */
export function clearRightSizeStorage(): void {
  cache.clear();
  try {
    for (let i = localStorage.length - 1; i >= 0; i--) {
      const key = localStorage.key(i);
      if (key?.startsWith(PREFIX)) localStorage.removeItem(key);
    }
  } catch {
    // Nothing stored then.
  }
  listeners.forEach((listener) => listener());
}

export function useRightSizeStore(tenant: string) {
  const subscribe = useCallback((listener: () => void) => {
    listeners.add(listener);
    return () => listeners.delete(listener);
  }, []);
  const value = useSyncExternalStore(subscribe, () => readRightSizeStore(tenant));
  const update = useCallback(
    (change: (previous: RightSizeStore) => RightSizeStore) =>
      writeRightSizeStore(tenant, change(readRightSizeStore(tenant))),
    [tenant],
  );
  return [value, update] as const;
}

/** A price list entry from user input, or null when the amount or currency is not valid. */
export function priceEntry(
  productKey: string,
  productName: string,
  amount: number,
  currency: string,
): PriceListEntry | null {
  const code = currencyCode(currency);
  if (!code || !Number.isFinite(amount) || amount < 0 || amount > 1_000_000) return null;
  return { productKey, productName, monthly: { amount, currency: code } };
}
