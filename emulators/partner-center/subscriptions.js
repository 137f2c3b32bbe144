// @ts-check
import { applyFault } from './faults.js';
import { hashSeed } from './history.js';
import { decodeToken, encodeToken } from './paging-token.js';
import { apiFault, json, queryParam } from './responses.js';
import { guidFrom, skuPartNumber, titleCase } from './subscription-catalog.js';
import { SUBSCRIPTION_CUSTOMERS, SUBSCRIPTION_PAGE_SIZE } from './subscription-fixtures.js';
import { plansOf } from './subscription-plans.js';
import { subscriptionResource } from './subscription-resource.js';
import { dayOf } from './subscription-time.js';

// GET /v1/customers/{id}/subscriptions, …/subscriptions/{subscriptionId} and
// …/subscribedskus. The customer's E1 faults (no relationship, throttled, outage) apply here
// too; its drifted E1 body does not (it is an E1 shape).

/** @typedef {import('./responses.js').PcRequest} PcRequest */
/** @typedef {import('./dataset.js').Customer} Customer */

/** @param {string} uri */
const link = (uri) => ({ uri, method: 'GET', headers: [] });

/** @param {Customer} customer */
function customerFault(customer) {
  return customer.fault && customer.fault.kind !== 'body' ? customer.fault : null;
}

/**
 * The list: one page, as the docs show, except for the many-subscriptions customer, whose
 * list is paged by 100 with `links.next` like the customer list (UNVERIFIED that the real
 * list ever pages; the app follows `links.next` when it is there).
 * @param {PcRequest} request @param {URL} url @param {Customer} customer @param {number} now
 */
function listSubscriptions(request, url, customer, now) {
  const items = plansOf(customer, now).map((p) => subscriptionResource(customer.id, p, now, false));
  const base = `/customers/${customer.id}/subscriptions`;
  if (customer.id !== SUBSCRIPTION_CUSTOMERS.manySubscriptions) {
    return json(request, {
      totalCount: items.length,
      items,
      links: { self: link(base) },
      attributes: { objectType: 'Collection' },
    });
  }
  let offset = 0;
  if (queryParam(url, 'seekOperation')?.toLowerCase() === 'next') {
    const state = decodeToken(request.headers['ms-continuationtoken']);
    if (typeof state?.offset !== 'number' || state.customer !== customer.id)
      return apiFault(request, 400, 800002, 'The continuation token is missing or invalid.');
    offset = state.offset;
  }
  const page = items.slice(offset, offset + SUBSCRIPTION_PAGE_SIZE);
  const next = offset + SUBSCRIPTION_PAGE_SIZE;
  const token = next < items.length ? encodeToken({ customer: customer.id, offset: next }) : null;
  return json(request, {
    totalCount: page.length,
    items: page,
    links: {
      self: link(base),
      ...(token
        ? {
            next: {
              uri: `/v1${base}?seekOperation=Next`,
              method: 'GET',
              headers: [{ key: 'MS-ContinuationToken', value: token }],
            },
          }
        : {}),
    },
    ...(token ? { continuationToken: token } : {}),
    attributes: { objectType: 'Collection' },
  });
}

/**
 * Live license counts per Entra SKU, as `subscribedskus` reports them: units from the
 * subscriptions (trials included, as Entra counts them), assignments from the analytics row
 * — a fifth of them moved by up to 2 seats, because analytics is days old and this is live.
 * @param {Customer} customer @param {number} now
 */
export function subscribedSkus(customer, now) {
  /** @type {Map<string, { name: string, active: number, suspended: number, deployed: number | null }>} */
  const skus = new Map();
  for (const row of customer.licenses) {
    if (row.licensesSold > 0 || row.licensesDeployed > 0)
      skus.set(row.productId, {
        name: row.productName,
        active: 0,
        suspended: 0,
        deployed: row.licensesDeployed,
      });
  }
  for (const plan of plansOf(customer, now)) {
    if (!plan.skuId || plan.status === 'expired') continue;
    const sku = skus.get(plan.skuId) ?? {
      name: plan.productName,
      active: 0,
      suspended: 0,
      deployed: null,
    };
    if (plan.status === 'active') sku.active += plan.quantity;
    else sku.suspended += plan.quantity;
    skus.set(plan.skuId, sku);
  }
  const today = dayOf(now);
  return [...skus].map(([id, sku]) => {
    const drift = hashSeed(`${customer.id}|${id}|${today}|live`);
    const base = sku.deployed ?? Math.round(sku.active * 0.6);
    const consumed = drift % 5 === 0 ? Math.max(0, base + ((drift >>> 3) % 5) - 2) : base;
    const part = skuPartNumber(sku.name);
    const status = sku.active > 0 || sku.suspended === 0 ? 'Enabled' : 'Suspended';
    return {
      availableUnits: Math.max(0, sku.active - consumed),
      activeUnits: sku.active,
      consumedUnits: consumed,
      suspendedUnits: sku.suspended,
      totalUnits: sku.active + sku.suspended,
      warningUnits: 0,
      productSku: {
        id,
        name: titleCase(sku.name),
        skuPartNumber: part,
        targetType: 'User',
        licenseGroupId: 'group1',
      },
      servicePlans: [
        {
          displayName: titleCase(sku.name),
          serviceName: `${part.slice(0, 30)}_PLAN`,
          id: guidFrom(`service plan|${id}`),
          capabilityStatus: status,
          targetType: 'User',
        },
      ],
      capabilityStatus: status,
      attributes: { objectType: 'SubscribedSku' },
    };
  });
}

/**
 * @param {PcRequest} request @param {URL} url @param {Customer} customer
 * @param {string} rest  `subscriptions`, `subscriptions/{id}` or `subscribedskus`
 * @param {number} now
 */
export function subscriptionEndpoint(request, url, customer, rest, now) {
  const fault = customerFault(customer);
  if (fault) return applyFault(request, fault);
  if (rest === 'subscriptions') return listSubscriptions(request, url, customer, now);
  if (rest === 'subscribedskus') {
    if (customer.id === SUBSCRIPTION_CUSTOMERS.subscribedSkusForbidden) {
      // UNVERIFIED code: the docs name the GDAP roles this needs, not the error it gives.
      return apiFault(
        request,
        403,
        900150,
        'The supplied role does not have the rights to perform the requested operation: a GDAP role of Directory Reader, Global Reader, User Administrator or License Administrator is needed for this customer.',
      );
    }
    const items = subscribedSkus(customer, now);
    return json(request, {
      totalCount: items.length,
      items,
      attributes: { objectType: 'Collection' },
    });
  }
  const id = rest.slice('subscriptions/'.length);
  const plan = plansOf(customer, now).find((p) => p.id.toLowerCase() === id);
  if (!plan)
    return apiFault(request, 404, 20003, `Subscription with ID ${id.slice(0, 64)} not found.`);
  return json(request, subscriptionResource(customer.id, plan, now, true));
}
