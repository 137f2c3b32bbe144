import type { BilledPrice } from '@/lib/billing/seat-prices';
import { productNameKey } from '@/lib/licensing/product-names';
import { sumByCurrency, type Money } from '@/lib/money';
import { overAssignedSeats, unusedSeats } from '@/lib/seats';

import type { Subscription } from '../api/subscription-schema';

import { subscriptionActions, type Action } from './actions';
import {
  joinProducts,
  matchSubscription,
  type DeploymentProduct,
  type LiveSku,
  type Product,
} from './join';

// The right-size plan of one customer: per product, the seats of its active paid
// subscriptions against the assigned count (live when Partner Center gives it, else
// analytics with its date); the unused seats beyond the "spare seats" threshold are shared
// out over the product's subscriptions — refundable ones first, then the soonest renewals —
// and each subscription gets its own dated action and its cost. Trials, suspended and
// expired subscriptions are not seats anyone pays for now: they are listed apart.

export type ApartReason = 'trial' | 'suspended' | 'expired' | 'not-seats' | 'other';

export interface PriceListEntry {
  /** productNameKey of the product name the user typed. */
  productKey: string;
  productName: string;
  monthly: Money;
}

export interface PlanInput {
  subscriptions: readonly Subscription[];
  /** Get-by-id answers (refund batches) by subscription id. */
  details: ReadonlyMap<string, Subscription>;
  deployment: readonly DeploymentProduct[];
  /** null when subscribedskus could not be read: analytics counts are used. */
  liveSkus: readonly LiveSku[] | null;
  /** null when the billing lines could not be read (role, not found). */
  billed: ReadonlyMap<string, BilledPrice> | null;
  priceList: readonly PriceListEntry[];
  manualMap: ReadonlyMap<string, string>;
  spareSeats: number;
  now: Date;
}

export interface Assigned {
  count: number;
  source: 'live' | 'analytics';
  asOf?: Date | undefined;
}

export interface SeatPrice {
  monthly: Money;
  source: 'billed' | 'list';
  billed?: Money | undefined;
}

export interface PlanRow {
  subscription: Subscription;
  product: Product;
  /** The day the next term starts: commitmentEndDate (inclusive) + 1 day. */
  renewsOn: Date | undefined;
  daysToRenewal: number | undefined;
  renewsSoon: boolean;
  assigned: Assigned;
  unused: number;
  overAssigned: number;
  price: SeatPrice | undefined;
  unusedCost: Money | undefined;
  actions: Action[];
  savingsNow: Money | undefined;
  savingsAtRenewal: Money | undefined;
}

export interface Plan {
  rows: PlanRow[];
  unmatched: Subscription[];
  apart: { subscription: Subscription; reason: ApartReason }[];
  products: Product[];
  kpis: { unusedCost: Money[]; savingsNow: Money[]; savingsAtRenewal: Money[] };
  /** Rows with unused seats and no price: their cost is not in the KPIs. */
  unpriced: number;
}

const DAY = 86_400_000;
export const RENEWAL_WARNING_DAYS = 30;

export function apartReason(subscription: Subscription): ApartReason | null {
  if (subscription.isTrial) return 'trial';
  const status = subscription.status.toLowerCase();
  if (status === 'suspended') return 'suspended';
  if (status === 'expired' || status === 'disabled' || status === 'deleted') return 'expired';
  if (status !== 'active') return 'other';
  const billing = subscription.billingType?.toLowerCase();
  if ((billing && billing !== 'license') || /usage/i.test(subscription.unitType ?? ''))
    return 'not-seats';
  return null;
}

export function renewalDate(subscription: Subscription): Date | undefined {
  const end = subscription.commitmentEndDate;
  if (!end) return undefined;
  const day = Date.UTC(end.getUTCFullYear(), end.getUTCMonth(), end.getUTCDate());
  return new Date(day + DAY);
}

function priceOf(input: PlanInput, subscription: Subscription, product: Product) {
  const billed = input.billed?.get(subscription.id.toLowerCase())?.monthly;
  const names = [subscription.friendlyName, subscription.offerName, product.name]
    .filter((n): n is string => !!n)
    .map(productNameKey);
  const listed = input.priceList.find((entry) => names.includes(entry.productKey));
  if (listed) return { monthly: listed.monthly, source: 'list' as const, billed };
  return billed ? { monthly: billed, source: 'billed' as const, billed } : undefined;
}

const times = (price: SeatPrice | undefined, seats: number): Money | undefined =>
  price && seats > 0
    ? { amount: price.monthly.amount * seats, currency: price.monthly.currency }
    : undefined;

/** Refundable now first, then the soonest renewal: where a cut saves soonest. */
function allocationOrder(input: PlanInput, subs: Subscription[]): Subscription[] {
  const refundable = (s: Subscription) =>
    (input.details.get(s.id)?.refundableQuantity?.details ?? []).some(
      (batch) => batch.allowedUntilDateTime > input.now,
    );
  const end = (s: Subscription) => s.commitmentEndDate?.getTime() ?? Infinity;
  return [...subs].sort(
    (a, b) =>
      Number(refundable(b)) - Number(refundable(a)) || end(a) - end(b) || a.id.localeCompare(b.id),
  );
}

function share(total: number, order: Subscription[]): Map<string, number> {
  const shares = new Map<string, number>();
  let left = total;
  for (const subscription of order) {
    const taken = Math.min(left, subscription.quantity);
    shares.set(subscription.id, taken);
    left -= taken;
  }
  return shares;
}

export function buildPlan(input: PlanInput): Plan {
  const products = joinProducts(input.deployment, input.liveSkus);
  const apart: Plan['apart'] = [];
  const unmatched: Subscription[] = [];
  const groups = new Map<Product, Subscription[]>();
  for (const subscription of input.subscriptions) {
    const reason = apartReason(subscription);
    if (reason) {
      apart.push({ subscription, reason });
      continue;
    }
    const product = matchSubscription(subscription, products, input.manualMap);
    if (!product) unmatched.push(subscription);
    else groups.set(product, [...(groups.get(product) ?? []), subscription]);
  }

  const rows: PlanRow[] = [];
  for (const [product, subs] of groups) {
    const bought = subs.reduce((sum, s) => sum + s.quantity, 0);
    const assigned: Assigned = product.live
      ? { count: product.live.consumed, source: 'live' }
      : {
          count: product.analytics?.deployed ?? 0,
          source: 'analytics',
          asOf: product.analytics?.asOf,
        };
    const unused = unusedSeats(bought, assigned.count);
    const order = allocationOrder(input, subs);
    const unusedShares = share(unused, order);
    const cutShares = share(Math.max(0, unused - input.spareSeats), order);
    const over = overAssignedSeats(bought, assigned.count);
    order.forEach((subscription, index) => {
      const renewsOn = renewalDate(subscription);
      const daysToRenewal = renewsOn
        ? Math.ceil((renewsOn.getTime() - input.now.getTime()) / DAY)
        : undefined;
      const overShare = index === 0 ? over : 0;
      const actions = subscriptionActions({
        subscription,
        detail: input.details.get(subscription.id),
        cut: cutShares.get(subscription.id) ?? 0,
        over: overShare,
        now: input.now,
      });
      const price = priceOf(input, subscription, product);
      const unusedShare = unusedShares.get(subscription.id) ?? 0;
      const refundNow = actions.find((a) => a.kind === 'refund-now')?.seats ?? 0;
      const atRenewal = (cutShares.get(subscription.id) ?? 0) - refundNow;
      rows.push({
        subscription,
        product,
        renewsOn,
        daysToRenewal,
        renewsSoon:
          daysToRenewal !== undefined &&
          daysToRenewal >= 0 &&
          daysToRenewal <= RENEWAL_WARNING_DAYS,
        assigned,
        unused: unusedShare,
        overAssigned: overShare,
        price,
        unusedCost: times(price, unusedShare),
        actions,
        savingsNow: times(price, refundNow),
        savingsAtRenewal: times(price, atRenewal),
      });
    });
  }

  const money = (pick: (row: PlanRow) => Money | undefined) =>
    sumByCurrency(rows.map(pick).filter((m): m is Money => m !== undefined));
  return {
    rows,
    unmatched,
    apart,
    products,
    kpis: {
      unusedCost: money((row) => row.unusedCost),
      savingsNow: money((row) => row.savingsNow),
      savingsAtRenewal: money((row) => row.savingsAtRenewal),
    },
    unpriced: rows.filter((row) => row.unused > 0 && !row.price).length,
  };
}
