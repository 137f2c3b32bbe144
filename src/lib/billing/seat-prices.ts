import type { UnbilledLineItem } from '../api/unbilled-line-items';
import { currencyCode, type Money } from '../money';

// What one seat of a subscription costs per month, from the unbilled license lines. The
// charged amount is `subtotal` (after discounts, promotions and the exchange rate), per
// billable seat, for the line's charge period — which is a month for monthly billing and a
// year (or three) for annual/triennial billing, so it is spread over the months it covers.
// Whether `unitPrice` is per billing period or per term is UNVERIFIED, which is why the
// period is measured from the charge dates rather than read from the price.

/** Charges that price the seats for a whole period; add/remove lines are proration pairs. */
const PERIOD_CHARGES = new Set(
  ['new', 'renew', 'cycleCharge', 'purchase'].map((c) => c.toLowerCase()),
);

const DAY = 86_400_000;

/** Whole months a charge period covers (30 days … 3 years), at least 1. */
export function chargeMonths(start: Date | undefined, end: Date | undefined): number {
  if (!start || !end) return 1;
  const days = (end.getTime() - start.getTime()) / DAY + 1;
  return Math.max(1, Math.round(days / (365.25 / 12)));
}

/** The monthly per-seat price one line shows, or null when it cannot tell. */
export function monthlySeatPrice(line: UnbilledLineItem): Money | null {
  const currency = currencyCode(line.currency ?? '');
  if (!currency) return null;
  if (!PERIOD_CHARGES.has((line.chargeType ?? '').toLowerCase())) return null;
  const seats = line.billableQuantity ?? line.quantity;
  if (seats === undefined || seats <= 0) return null;
  const perSeat =
    line.subtotal !== undefined
      ? line.subtotal / seats
      : line.effectiveUnitPrice !== undefined
        ? line.effectiveUnitPrice * (line.pcToBCExchangeRate ?? 1)
        : undefined;
  if (perSeat === undefined || perSeat < 0) return null;
  return { amount: perSeat / chargeMonths(line.chargeStartDate, line.chargeEndDate), currency };
}

export interface BilledPrice {
  monthly: Money;
  /** End of the subscription's term as billing knows it (the portfolio's renewal filter). */
  subscriptionEndDate: Date | undefined;
}

/**
 * Per subscription id (lower case), the price of its latest period charge. Lines of other
 * customers are skipped when `customerId` is given: the walk is partner-wide.
 */
export function billedPrices(
  lines: Iterable<UnbilledLineItem>,
  customerId?: string,
): Map<string, BilledPrice> {
  const wanted = customerId?.toLowerCase();
  const best = new Map<string, { price: BilledPrice; start: number }>();
  for (const line of lines) {
    if (wanted && line.customerId.toLowerCase() !== wanted) continue;
    const monthly = monthlySeatPrice(line);
    if (!monthly) continue;
    const id = line.subscriptionId.toLowerCase();
    const start = line.chargeStartDate?.getTime() ?? 0;
    const previous = best.get(id);
    if (previous && previous.start > start) continue;
    best.set(id, { price: { monthly, subscriptionEndDate: line.subscriptionEndDate }, start });
  }
  return new Map([...best].map(([id, { price }]) => [id, price]));
}
