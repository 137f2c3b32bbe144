import { subscriptionSchema } from '../api/subscription-schema';

import { buildPlan } from './plan';
import { PLAN_CSV_HEADER, planCsvRows } from './plan-csv';
import { importPriceList, parseCsv, priceListCsv } from './price-list-csv';
import { clearRightSizeStorage, readRightSizeStore, writeRightSizeStore } from './tenant-storage';

const NOW = new Date('2026-12-02T12:00:00Z');

describe('plan CSV', () => {
  it('has one line per row with the same numbers, ISO dates and money beside its currency', () => {
    const subscription = subscriptionSchema.parse({
      id: 'sub-1',
      friendlyName: '=HYPERLINK("x")',
      offerName: 'Office 365 E3',
      quantity: 40,
      status: 'active',
      autoRenewEnabled: false,
      billingType: 'license',
      termDuration: 'P1Y',
      billingCycle: 'monthly',
      commitmentEndDate: '2026-12-20T00:00:00Z',
    });
    const plan = buildPlan({
      subscriptions: [subscription],
      details: new Map(),
      deployment: [{ productName: 'OFFICE 365 E3', sold: 40, deployed: 28 }],
      liveSkus: null,
      billed: new Map([
        ['sub-1', { monthly: { amount: 21.6, currency: 'EUR' }, subscriptionEndDate: undefined }],
      ]),
      priceList: [],
      manualMap: new Map(),
      spareSeats: 2,
      now: NOW,
    });
    const [line] = planCsvRows(plan.rows);
    expect(Object.fromEntries(PLAN_CSV_HEADER.map((h, i) => [h, line?.[i]]))).toMatchObject({
      Product: 'OFFICE 365 E3',
      Subscription: '=HYPERLINK("x")',
      'Renews on': '2026-12-21',
      'Days to renewal': 19,
      'Auto-renew': 'off',
      'Seats bought': 40,
      Assigned: 28,
      'Assigned source': 'analytics',
      Unused: 12,
      'Monthly price per seat': 21.6,
      'Monthly cost of unused seats': 259.2,
      Currency: 'EUR',
      Action: 'expires on 2026-12-20: renew with 30 seats',
      'Savings at renewal (monthly)': 216,
    });
  });
});

describe('price list CSV', () => {
  it('round-trips, skipping lines that are not a product, a currency and a price', () => {
    const { prices } = importPriceList(
      'Product,Currency,Monthly price per seat\r\n"Office 365 E3, annual",eur,"21,6"\r\nVisio,EUR,\r\n',
    );
    expect(prices).toEqual([
      {
        productKey: 'office 365 e3 annual',
        productName: 'Office 365 E3, annual',
        monthly: { amount: 21.6, currency: 'EUR' },
      },
    ]);
    const again = importPriceList(priceListCsv(prices));
    expect(again).toEqual({ prices, skipped: 0 });
    expect(importPriceList('x,EURO,3\ny,EUR,-1\n').skipped).toBe(2);
    expect(parseCsv('a,"b ""c"""\n')).toEqual([['a', 'b "c"']]);
  });
});

describe('per-tenant storage', () => {
  it('keeps one store per partner tenant and forgets them all on sign-out', () => {
    writeRightSizeStore('Tenant-A', { mapping: { s: 'name:x' }, prices: [] });
    expect(readRightSizeStore('tenant-a').mapping).toEqual({ s: 'name:x' });
    expect(readRightSizeStore('tenant-b').mapping).toEqual({});
    clearRightSizeStorage();
    expect(readRightSizeStore('tenant-a').mapping).toEqual({});
    expect(localStorage.length).toBe(0);
  });

  it('ignores a corrupted stored value', () => {
    localStorage.setItem('license-insights.right-size.v1:t', '{"mapping":[1],"prices":"x"}');
    expect(readRightSizeStore('t')).toEqual({ mapping: {}, prices: [] });
  });
});
