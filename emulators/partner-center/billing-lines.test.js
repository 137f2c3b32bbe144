// @vitest-environment node
// @ts-check
import { describe, expect, it } from 'vitest';

import { handlePartnerCenterRequest } from './core.js';
import { getDefaultDataset } from './dataset.js';
import { titleCase } from './subscription-catalog.js';
import {
  BILLING_PAGE_SIZE,
  SUBSCRIPTION_CUSTOMERS as C,
  SUBSCRIPTION_IDS as ID,
  UNBILLED_PRODUCT_NAME,
} from './subscription-fixtures.js';
import { currencyOf } from './subscription-plans.js';

// GET /v1/invoices/unbilled/lineitems through the core, at a fixed clock.

const NOW = Date.parse('2026-12-02T13:48:00Z');
const QUERY = 'provider=onetime&invoicelineitemtype=billinglineitems&period=current';

/** @param {string} url @param {Record<string, string>} [headers] */
const call = (url, headers = {}) => {
  const response = handlePartnerCenterRequest({ method: 'GET', url, headers }, { now: NOW });
  return { ...response, json: response.body ? JSON.parse(response.body) : undefined };
};

/** Every line in `currency`, walking links.next as the docs say. @param {string} currency */
function walk(currency, size = '') {
  let response = call(`/v1/invoices/unbilled/lineitems?${QUERY}&currencycode=${currency}${size}`);
  /** @type {Record<string, any>[]} */
  const lines = [];
  const pages = [];
  for (;;) {
    expect(response.status).toBe(200);
    pages.push(response.json);
    lines.push(...response.json.items);
    const next = response.json.links.next;
    if (!next) break;
    // The docs' link is relative to /v1, as in their example.
    expect(next.uri).toMatch(
      /^\/invoices\/unbilled\/lineitems\?provider=onetime&.*&seekOperation=Next$/,
    );
    expect(next.headers).toEqual([
      { key: 'MS-ContinuationToken', value: response.json.continuationToken },
    ]);
    response = call(`/v1${next.uri}`, { 'ms-continuationtoken': next.headers[0].value });
  }
  return { lines, pages };
}

const eur = walk('EUR');

describe('GET /v1/invoices/unbilled/lineitems', () => {
  it('pages partner-wide lines by 2000 with links.next and MS-ContinuationToken', () => {
    expect(eur.pages.length).toBeGreaterThan(2);
    for (const page of eur.pages.slice(0, -1)) expect(page.items).toHaveLength(BILLING_PAGE_SIZE);
    expect(eur.pages.at(-1).items.length).toBeGreaterThan(0);
    expect(eur.pages[0]).toMatchObject({
      totalCount: BILLING_PAGE_SIZE,
      links: { self: { uri: expect.stringMatching(/currencycode=eur&period=current&size=2000$/) } },
      attributes: { objectType: 'Collection' },
    });
    const keys = eur.lines.map((l) => l.referenceId);
    expect(new Set(keys).size).toBe(keys.length);
    const customers = new Set(eur.lines.map((l) => l.customerId));
    expect(customers.size).toBeGreaterThan(100);
  });

  it('walks the same lines whatever the page size', () => {
    const small = walk('EUR', '&size=700');
    expect(small.pages[0].items).toHaveLength(700);
    expect(small.lines.map((l) => l.referenceId)).toEqual(eur.lines.map((l) => l.referenceId));
  });

  it('answers only lines in the requested currency, for customers billed in it', () => {
    const usd = walk('usd');
    expect(usd.lines.length).toBeGreaterThan(1000);
    expect(usd.lines.every((l) => l.currency === 'USD' && l.pricingCurrency === 'USD')).toBe(true);
    expect(eur.lines.every((l) => l.currency === 'EUR')).toBe(true);
    expect(eur.lines.every((l) => currencyOf(l.customerId) === 'EUR')).toBe(true);
    expect(walk('GBP').lines).toEqual([]);
    expect(new Set(usd.lines.map((l) => l.customerId)).has(C.subscribedSkusForbidden)).toBe(true);
  });

  it('prices each line of a subscription it joins to, per charge period', () => {
    const customer = /** @type {import('./dataset.js').Customer} */ (
      getDefaultDataset().byId.get(C.renewalSoon)
    );
    const lines = eur.lines.filter((l) => l.customerId === customer.id);
    const subscriptions = call(`/v1/customers/${customer.id}/subscriptions`).json.items;
    expect(new Set(lines.map((l) => l.subscriptionId))).toEqual(
      new Set(subscriptions.map((/** @type {any} */ s) => s.id)),
    );
    for (const line of lines) {
      const s = subscriptions.find((/** @type {any} */ x) => x.id === line.subscriptionId);
      expect(line).toMatchObject({
        customerName: customer.companyName,
        productName: s.offerName,
        subscriptionEndDate: s.commitmentEndDate,
        billingFrequency: s.billingCycle === 'monthly' ? 'Monthly' : 'Annual',
        invoiceLineItemType: 'billing_line_items',
        billingProvider: 'one_time',
        attributes: { objectType: 'OneTimeInvoiceLineItem' },
      });
      expect(s.offerId.startsWith(`${line.productId}:${line.skuId}:`)).toBe(true);
      expect(line.effectiveUnitPrice).toBeLessThanOrEqual(line.unitPrice);
      expect(line.subtotal).toBeCloseTo(line.effectiveUnitPrice * line.quantity, 2);
      expect(Date.parse(line.chargeStartDate)).toBeLessThanOrEqual(NOW);
      expect(Date.parse(line.chargeEndDate)).toBeGreaterThanOrEqual(
        Date.parse(line.chargeStartDate),
      );
    }
    const annual = lines.find((l) => l.subscriptionId === ID.renewalKioskAnnual);
    const monthly = lines.find((l) => l.subscriptionId === ID.renewalKioskMonthly);
    // The annual line is a year of seats; the monthly-term one costs 20 % more per month.
    expect(annual?.termAndBillingCycle).toBe('One-Year commitment for monthly/yearly billing');
    expect(monthly?.unitPrice).toBeCloseTo(((annual?.unitPrice ?? 0) / 12) * 1.2, 1);
  });

  it('bills seats added this period on their own prorated addQuantity line', () => {
    const apps = eur.lines.filter((l) => l.subscriptionId === ID.refundAppsForBusiness);
    expect(apps.map((l) => [l.chargeType, l.quantity])).toEqual([
      ['cycleCharge', 11],
      ['addQuantity', 4],
    ]);
    expect(apps[1].effectiveUnitPrice).toBeLessThan(apps[0].effectiveUnitPrice);
    expect(apps[1].chargeEndDate).toBe(apps[0].chargeEndDate);
  });

  it('has no line for legacy, trial, suspended or expired subscriptions, nor for the unbilled product', () => {
    const billed = new Set([...eur.lines, ...walk('USD').lines].map((l) => l.subscriptionId));
    const unbilledName = titleCase(UNBILLED_PRODUCT_NAME);
    let unbilledSubscriptions = 0;
    for (const customer of getDefaultDataset().customers.slice(0, 120)) {
      // The docs' own examples are not billed today (their terms ended years ago).
      if (customer.documentedShape || customer.fault) continue;
      for (const s of call(`/v1/customers/${customer.id}/subscriptions`).json.items) {
        const paid =
          s.productType && s.status === 'active' && !s.isTrial && s.offerName !== unbilledName;
        if (s.offerName === unbilledName) unbilledSubscriptions++;
        expect(billed.has(s.id), `${customer.companyName} / ${s.offerName}`).toBe(Boolean(paid));
      }
    }
    expect(unbilledSubscriptions).toBeGreaterThan(0);
  });

  it('writes the seed customer’s numbers as strings, as the docs’ example does', () => {
    const seed = walk('USD').lines.filter((l) => l.customerId === C.docsExamples);
    expect(seed.length).toBeGreaterThan(0);
    for (const line of seed) {
      expect(typeof line.unitPrice).toBe('string');
      expect(typeof line.quantity).toBe('string');
      expect(Number(line.effectiveUnitPrice)).toBeGreaterThan(0);
    }
  });

  it('refuses missing parameters and a tampered or foreign token with 400', () => {
    const base = '/v1/invoices/unbilled/lineitems';
    for (const query of [
      'invoicelineitemtype=billinglineitems&currencycode=EUR&period=current',
      'provider=onetime&invoicelineitemtype=usagelineitems&currencycode=EUR&period=current',
      'provider=onetime&invoicelineitemtype=billinglineitems&period=current',
      'provider=onetime&invoicelineitemtype=billinglineitems&currencycode=EUR&period=next',
      `${QUERY}&currencycode=EUR&size=0`,
    ])
      expect(call(`${base}?${query}`).json.code, query).toBe(800002);
    const next = eur.pages[0].links.next;
    const token = next.headers[0].value;
    expect(call(`/v1${next.uri}`, { 'ms-continuationtoken': `${token}x` }).status).toBe(400);
    expect(call(`/v1${next.uri}`).status).toBe(400);
    const usdNext = `/v1/invoices/unbilled/lineitems?${QUERY}&currencycode=USD&seekOperation=Next`;
    expect(call(usdNext, { 'ms-continuationtoken': token }).status).toBe(400);
  });

  it('answers an empty previous period and the same first page on every call', () => {
    const previous = call(
      `/v1/invoices/unbilled/lineitems?provider=onetime&invoicelineitemtype=billinglineitems&currencycode=EUR&period=previous`,
    );
    expect(previous.json).toMatchObject({ totalCount: 0, items: [] });
    expect(previous.json.links.next).toBeUndefined();
    expect(call(`/v1/invoices/unbilled/lineitems?${QUERY}&currencycode=EUR`).json).toEqual(
      eur.pages[0],
    );
  });
});
