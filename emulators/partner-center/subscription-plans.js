// @ts-check
import { hashSeed } from './history.js';
import { createPrng } from './prng.js';
import { offerNameFor } from './subscription-catalog.js';
import { currencyOf, makePlan } from './subscription-plan.js';
import { reservedPlans } from './subscription-reserved.js';
import { addMonths, DAY, dayOf, HOUR, termMonths } from './subscription-time.js';

// A customer's subscriptions, derived from its license rows: for every product sold, the
// active, non-trial seat subscriptions add up to exactly `licensesSold`, so the commerce
// side and the analytics side agree. Trials, suspended and expired subscriptions come on
// top. Terms are laid out relative to the emulator's clock (the UTC day of `now`).

export { currencyOf };
/**
 * @typedef {import('./subscription-plan.js').Plan} Plan
 * @typedef {import('./subscription-plan.js').Term} Term
 * @typedef {import('./subscription-plan.js').BillingCycle} BillingCycle
 */

const DEPARTMENTS = ['Siège', 'Sales', 'Atelier', 'Finance', 'HQ', 'Support', 'Entrepôt'];

/**
 * The generated subscriptions of one license row.
 * @param {string} customerId @param {import('./dataset.js').LicenseRow} row @param {number} today
 * @returns {Plan[]}
 */
function rowPlans(customerId, row, today) {
  if (row.licensesSold <= 0) return [];
  const prng = createPrng(hashSeed(`${customerId}|${row.productId}|subscriptions`));
  const legacy = prng.next() < 0.12;
  const r = prng.next();
  /** @type {Term} */
  const term = legacy ? (r < 0.7 ? 'P1Y' : 'P1M') : r < 0.25 ? 'P1M' : r < 0.85 ? 'P1Y' : 'P3Y';
  const c = prng.next();
  /** @type {BillingCycle} */
  const billingCycle =
    term === 'P1M'
      ? 'monthly'
      : term === 'P1Y'
        ? c < 0.6
          ? 'monthly'
          : 'annual'
        : c < 0.7
          ? 'annual'
          : 'triennial';
  const split = !legacy && term === 'P1Y' && row.licensesSold >= 4 && prng.next() < 0.1;
  const second = split ? Math.max(1, Math.round(row.licensesSold * (0.2 + prng.next() * 0.2))) : 0;
  const quantity = row.licensesSold - second;
  const friendly =
    prng.next() < 0.25 ? `${offerNameFor(row.productName)} – ${prng.pick(DEPARTMENTS)}` : undefined;
  /** @type {Plan['batches']} */
  const batches = [];
  // Seats added in the last 6–140 hours, so their 168-hour refund window is still open today.
  if (!legacy && quantity >= 3 && prng.next() < 0.12) {
    batches.push({
      quantity: prng.int(1, Math.min(5, quantity - 1)),
      added: today - prng.int(6, 140) * HOUR,
    });
  }
  // Seats added 8–25 days ago: billed this period, but their refund window has closed.
  if (!legacy && quantity >= 5 && prng.next() < 0.3) {
    batches.push({
      quantity: prng.int(1, Math.floor(quantity / 5)),
      added: today - prng.int(8 * 24, 25 * 24) * HOUR,
    });
  }
  const plan = makePlan(customerId, row, today, {
    key: `${row.productId}|0`,
    commerce: legacy ? 'legacy' : 'nce',
    term,
    billingCycle,
    quantity,
    // Terms end spread over the next 12 months; a monthly term within the next 4 weeks.
    endInDays: term === 'P1M' ? prng.int(0, 27) : prng.int(0, 363),
    autoRenew: prng.next() < (legacy ? 0.7 : 0.8),
    discount: prng.pick([0, 0, 0.05, 0.1, 0.15]),
    ...(friendly ? { friendlyName: friendly } : {}),
  });
  plan.batches = batches.filter((b) => b.added > plan.purchased + DAY);
  const renewals = prng.int(0, term === 'P1M' ? 30 : term === 'P1Y' ? 3 : 1);
  plan.created = addMonths(plan.created, -renewals * termMonths(term));
  if (!split) return [plan];
  const monthly = makePlan(customerId, row, today, {
    key: `${row.productId}|1`,
    term: 'P1M',
    billingCycle: 'monthly',
    quantity: second,
    endInDays: prng.int(0, 27),
    discount: plan.discount,
  });
  return [plan, monthly];
}

/**
 * Trials (25 seats), expired and suspended subscriptions of a few generated customers.
 * @param {import('./dataset.js').Customer} customer @param {number} today @returns {Plan[]}
 */
function extraPlans(customer, today) {
  if (customer.licenses.length === 0) return [];
  const prng = createPrng(hashSeed(`${customer.id}|extras`));
  /** @type {Plan[]} */
  const extras = [];
  const product = () => prng.pick(customer.licenses);
  if (prng.next() < 0.06) {
    extras.push(
      makePlan(customer.id, product(), today, {
        key: 'trial',
        term: 'P1M',
        quantity: 25,
        isTrial: true,
        endInDays: prng.int(3, 27),
      }),
    );
  }
  if (prng.next() < 0.04) {
    extras.push(
      makePlan(customer.id, product(), today, {
        key: 'expired',
        term: 'P1M',
        quantity: prng.int(1, 10),
        status: 'expired',
        autoRenew: false,
        endInDays: -prng.int(1, 25),
      }),
    );
  }
  if (prng.next() < 0.015) {
    extras.push(
      makePlan(customer.id, product(), today, {
        key: 'suspended',
        quantity: prng.int(1, 10),
        status: 'suspended',
        endInDays: prng.int(30, 300),
      }),
    );
  }
  return extras;
}

/** @type {WeakMap<import('./dataset.js').Customer, { today: number, plans: Plan[] }>} */
const cache = new WeakMap();

/**
 * Every subscription of a customer on the UTC day of `now`, in a stable order.
 * @param {import('./dataset.js').Customer} customer @param {number} now
 * @returns {Plan[]}
 */
export function plansOf(customer, now) {
  const today = dayOf(now);
  const cached = cache.get(customer);
  if (cached?.today === today) return cached.plans;
  const plans = reservedPlans(customer, today) ?? [
    ...customer.licenses.flatMap((row) => rowPlans(customer.id, row, today)),
    ...extraPlans(customer, today),
  ];
  cache.set(customer, { today, plans });
  return plans;
}
