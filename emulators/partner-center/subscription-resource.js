// @ts-check
import { catalogIds, legacyOfferId } from './subscription-catalog.js';
import { REFUND_WINDOW_HOURS } from './subscription-fixtures.js';
import { currencyOf } from './subscription-plans.js';
import { HOUR, isoDay, isoInstant } from './subscription-time.js';

// A plan written as Partner Center's Subscription resource: the NCE shape of the docs'
// "Get a subscription by ID" example, or the legacy shape of its add-on example.

/** @typedef {import('./subscription-plans.js').Plan} Plan */

const WINDOW = REFUND_WINDOW_HOURS * HOUR;

/** @param {string} uri */
const link = (uri) => ({ uri, method: 'GET', headers: [] });

/**
 * Seats that can still be reduced with a refund at `now`: the current term's own seats
 * during its first 168 hours, and each later addition during its own 168 hours.
 * @param {Plan} plan @param {number} now
 */
export function refundableQuantity(plan, now) {
  if (plan.status !== 'active' || plan.isTrial || plan.commerce !== 'nce')
    return { totalQuantity: 0, details: [] };
  const added = plan.batches.reduce((sum, b) => sum + b.quantity, 0);
  const batches = [
    { quantity: plan.quantity - added, added: plan.purchased },
    ...plan.batches,
  ].filter((b) => b.quantity > 0 && b.added <= now && b.added + WINDOW > now);
  return {
    totalQuantity: batches.reduce((sum, b) => sum + b.quantity, 0),
    details: batches.map((b) => ({
      quantity: b.quantity,
      allowedUntilDateTime: isoInstant(b.added + WINDOW),
    })),
  };
}

/**
 * @param {string} customerId @param {Plan} plan @param {number} now
 * @param {boolean} detailed  GET by id: adds `refundableQuantity` (the list leaves it out:
 *   UNVERIFIED whether the real list carries it, so the app must not rely on it there)
 */
export function subscriptionResource(customerId, plan, now, detailed) {
  if (plan.docsBody) return plan.docsBody;
  const self = link(`/customers/${customerId}/subscriptions/${plan.id}`);
  const common = {
    id: plan.id,
    offerName: plan.offerName,
    friendlyName: plan.friendlyName,
  };
  const country = currencyOf(customerId) === 'USD' ? 'US' : 'FR';
  if (plan.commerce === 'legacy') {
    const offerId = legacyOfferId(plan.productName);
    return {
      ...common,
      offerId,
      quantity: plan.quantity,
      unitType: 'Licenses',
      creationDate: isoInstant(plan.created),
      effectiveStartDate: isoDay(plan.start),
      // Legacy end dates are exclusive and carry no end-of-day time (the docs' add-on).
      commitmentEndDate: isoDay(plan.end),
      commitmentEndDateTime: isoDay(plan.end),
      status: plan.status,
      autoRenewEnabled: plan.autoRenew,
      billingType: 'license',
      billingCycle: plan.billingCycle,
      contractType: 'subscription',
      links: { offer: link(`/offers/${offerId}?country=${country}`), self },
      orderId: plan.orderId,
      attributes: { etag: btoa(`{"id":"${plan.id}","version":1}`), objectType: 'Subscription' },
    };
  }
  const ids = catalogIds(plan.productName, plan.term, plan.billingCycle);
  const product = `/products/${ids.productId}`;
  const cancellableUntil = plan.purchased + WINDOW;
  return {
    ...common,
    offerId: `${ids.productId}:${ids.skuId}:${ids.availabilityId}`,
    productType: { id: 'OnlineServicesNCE', displayName: 'OnlineServicesNCE' },
    quantity: plan.quantity,
    unitType: 'Licenses',
    hasPurchasableAddons: false,
    creationDate: isoInstant(plan.created),
    effectiveStartDate: isoInstant(plan.start + (plan.created % HOUR)),
    commitmentEndDate: isoDay(plan.end),
    commitmentEndDateTime: `${isoDay(plan.end).slice(0, 10)}T23:59:59Z`,
    // Null once the term's cancellation window has passed (the SDK: "null if it cannot be cancelled").
    cancellationAllowedUntilDate:
      plan.status === 'active' && cancellableUntil > now ? isoInstant(cancellableUntil) : null,
    status: plan.status,
    ...(plan.status === 'suspended' ? { suspensionReasons: ['PartnerInitiated'] } : {}),
    autoRenewEnabled: plan.autoRenew,
    isTrial: plan.isTrial,
    billingType: 'license',
    billingCycle: plan.billingCycle,
    termDuration: plan.term,
    renewalTermDuration: '',
    // The docs: present on every trial (what it converts to, Annual term, Monthly billing).
    ...(plan.isTrial
      ? {
          scheduledNextTermInstructions: {
            product: {
              ...catalogIds(plan.productName, 'P1Y', 'monthly'),
              billingCycle: 'monthly',
              termDuration: 'P1Y',
            },
            quantity: plan.quantity,
          },
        }
      : {}),
    isMicrosoftProduct: true,
    partnerId: '',
    attentionNeeded: false,
    actionTaken: false,
    contractType: 'subscription',
    links: {
      product: link(`${product}?country=${country}`),
      sku: link(`${product}/skus/${ids.skuId}?country=${country}`),
      availability: link(
        `${product}/skus/${ids.skuId}/availabilities/${ids.availabilityId}?country=${country}`,
      ),
      self,
    },
    publisherName: 'Microsoft Corporation',
    ...(detailed ? { refundableQuantity: refundableQuantity(plan, now) } : {}),
    orderId: plan.orderId,
    attributes: { objectType: 'Subscription' },
  };
}
