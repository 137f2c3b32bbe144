import { productNameKey } from '@/lib/licensing/product-names';

import { subscriptionSchema, type Subscription } from '../api/subscription-schema';

import { buildPlan, type PlanInput } from './plan';

const NOW = new Date('2026-12-02T12:00:00Z');
const E3_SKU = '6FD2C87F-B296-42F0-B197-1E91E994B900';

function sub(patch: Record<string, unknown>): Subscription {
  return subscriptionSchema.parse({
    id: 'a4c1340d-6911-4758-bba3-0c4c6007d161',
    offerId: 'CFQ7TTC0LH18:0001:CFQ7TTC0K971',
    offerName: 'Microsoft 365 Business Basic',
    friendlyName: 'Microsoft 365 Business Basic',
    quantity: 15,
    unitType: 'Licenses',
    status: 'active',
    autoRenewEnabled: true,
    isTrial: false,
    billingType: 'license',
    billingCycle: 'monthly',
    termDuration: 'P1Y',
    commitmentEndDate: '2027-01-13T00:00:00Z',
    ...patch,
  });
}

function input(patch: Partial<PlanInput>): PlanInput {
  return {
    subscriptions: [],
    details: new Map(),
    deployment: [],
    liveSkus: null,
    billed: null,
    priceList: [],
    manualMap: new Map(),
    spareSeats: 0,
    now: NOW,
    ...patch,
  };
}

const basic = { productName: 'MICROSOFT 365 BUSINESS BASIC', sold: 15, deployed: 5 };
const eur = (amount: number) => ({ amount, currency: 'EUR' });
const price = (amount: number, currency = 'EUR') => ({
  monthly: { amount, currency },
  subscriptionEndDate: undefined,
});

describe('the join', () => {
  it('joins analytics and live SKUs on the Entra SKU id, whatever the names', () => {
    const plan = buildPlan(
      input({
        subscriptions: [
          sub({ offerName: 'Office 365 E3', friendlyName: 'Office 365 E3', quantity: 40 }),
        ],
        deployment: [
          { productId: E3_SKU, productName: 'OFFICE 365 ENTERPRISE E3', sold: 40, deployed: 20 },
        ],
        liveSkus: [
          { skuId: E3_SKU.toLowerCase(), name: 'O365 E3 (live)', consumed: 28, total: 40 },
        ],
      }),
    );
    expect(plan.rows).toHaveLength(1);
    expect(plan.rows[0]!.assigned).toEqual({ count: 28, source: 'live' });
    expect(plan.rows[0]!.unused).toBe(12);
  });

  it('joins subscriptions on normalised names, renames included', () => {
    const plan = buildPlan(
      input({
        subscriptions: [
          sub({ offerName: 'Office 365 E3', friendlyName: 'Contoso E3 seats', quantity: 10 }),
        ],
        deployment: [{ productName: 'OFFICE 365 ENTERPRISE E3', sold: 10, deployed: 8 }],
      }),
    );
    expect(plan.rows.map((row) => row.product.name)).toEqual(['OFFICE 365 ENTERPRISE E3']);
    expect(plan.rows[0]!.assigned.source).toBe('analytics');
  });

  it('never joins a "(no Teams)" SKU to the suite with Teams, and lists what it cannot match', () => {
    const noTeams = sub({ id: 'nt', offerName: 'Microsoft 365 E3 (no Teams)', friendlyName: '' });
    const plan = buildPlan(
      input({
        subscriptions: [noTeams],
        deployment: [{ productName: 'Microsoft 365 E3', sold: 1, deployed: 1 }],
      }),
    );
    expect(plan.rows).toEqual([]);
    expect(plan.unmatched.map((s) => s.id)).toEqual(['nt']);
  });

  it('uses the row the user mapped by hand', () => {
    const plan = buildPlan(
      input({
        subscriptions: [
          sub({ id: 'odd', offerName: 'Something else', friendlyName: 'Legacy bundle' }),
        ],
        deployment: [basic],
        manualMap: new Map([['odd', `name:${productNameKey(basic.productName)}`]]),
      }),
    );
    expect(plan.unmatched).toEqual([]);
    expect(plan.rows[0]!.product.name).toBe(basic.productName);
  });

  it('sums several subscriptions of one product and gives each its share', () => {
    // 15 + 10 bought, 5 assigned: 20 unused, the soonest renewal cut first.
    const plan = buildPlan(
      input({
        subscriptions: [
          sub({ id: 'annual', quantity: 15, commitmentEndDate: '2027-06-30T00:00:00Z' }),
          sub({
            id: 'monthly',
            quantity: 10,
            termDuration: 'P1M',
            commitmentEndDate: '2026-12-20T00:00:00Z',
          }),
        ],
        deployment: [basic],
      }),
    );
    expect(plan.rows.map((row) => [row.subscription.id, row.unused])).toEqual([
      ['monthly', 10],
      ['annual', 10],
    ]);
    expect(plan.rows.map((row) => row.actions)).toEqual([
      [{ kind: 'set-next-term', seats: 0, before: new Date('2026-12-20T00:00:00Z') }],
      [{ kind: 'set-next-term', seats: 5, before: new Date('2027-06-30T00:00:00Z') }],
    ]);
  });
});

describe('the actions', () => {
  const refundDetail = (until: string, quantity = 10, total = quantity) =>
    sub({
      refundableQuantity: {
        totalQuantity: total,
        details: [{ quantity, allowedUntilDateTime: until }],
      },
    });

  it('reduces now inside the refund window, the rest at renewal', () => {
    const plan = buildPlan(
      input({
        subscriptions: [sub({})],
        details: new Map([[sub({}).id, refundDetail('2026-12-05T20:39:17Z', 4)]]),
        deployment: [basic],
        billed: new Map([[sub({}).id, price(6)]]),
      }),
    );
    const row = plan.rows[0]!;
    expect(row.actions).toEqual([
      { kind: 'refund-now', seats: 4, until: new Date('2026-12-05T20:39:17Z') },
      { kind: 'set-next-term', seats: 5, before: new Date('2027-01-13T00:00:00Z') },
    ]);
    expect(row.savingsNow).toEqual(eur(24));
    expect(row.savingsAtRenewal).toEqual(eur(36));
    expect(row.unusedCost).toEqual(eur(60));
  });

  it('offers no refund once the window has closed', () => {
    const plan = buildPlan(
      input({
        subscriptions: [sub({})],
        details: new Map([[sub({}).id, refundDetail('2026-12-01T00:00:00Z')]]),
        deployment: [basic],
      }),
    );
    expect(plan.rows[0]!.actions.map((a) => a.kind)).toEqual(['set-next-term']);
  });

  it('says "renew with N" when auto-renew is off, and renews the day after the term ends', () => {
    const plan = buildPlan(
      input({ subscriptions: [sub({ autoRenewEnabled: false })], deployment: [basic] }),
    );
    const row = plan.rows[0]!;
    expect(row.actions).toEqual([
      { kind: 'renew-with', seats: 5, expiresOn: new Date('2027-01-13T00:00:00Z') },
    ]);
    expect(row.renewsOn).toEqual(new Date('2027-01-14T00:00:00Z'));
    expect(row.daysToRenewal).toBe(43);
    expect(row.renewsSoon).toBe(false);
  });

  it('keeps the spare seats of the thresholds', () => {
    const plan = buildPlan(input({ subscriptions: [sub({})], deployment: [basic], spareSeats: 3 }));
    expect(plan.rows[0]!.unused).toBe(10);
    expect(plan.rows[0]!.actions).toEqual([
      { kind: 'set-next-term', seats: 8, before: new Date('2027-01-13T00:00:00Z') },
    ]);
  });

  it('says buy or remove assignments when over-assigned, never netting it', () => {
    const plan = buildPlan(
      input({ subscriptions: [sub({ quantity: 15 })], deployment: [{ ...basic, deployed: 18 }] }),
    );
    expect(plan.rows[0]!.overAssigned).toBe(3);
    expect(plan.rows[0]!.unused).toBe(0);
    expect(plan.rows[0]!.actions).toEqual([{ kind: 'buy-or-remove', seats: 3 }]);
  });

  it('does nothing when right-sized, and flags a renewal within 30 days', () => {
    const plan = buildPlan(
      input({
        subscriptions: [sub({ commitmentEndDate: '2026-12-20T00:00:00Z' })],
        deployment: [{ ...basic, deployed: 15 }],
      }),
    );
    expect(plan.rows[0]!.actions).toEqual([]);
    expect(plan.rows[0]!.renewsSoon).toBe(true);
    expect(plan.rows[0]!.daysToRenewal).toBe(19);
  });

  it('lists trials, suspended and expired subscriptions apart and counts none of their seats', () => {
    const plan = buildPlan(
      input({
        subscriptions: [
          sub({ id: 't', isTrial: true, quantity: 25 }),
          sub({ id: 's', status: 'suspended' }),
          sub({ id: 'e', status: 'expired' }),
          sub({ id: 'az', billingType: 'usage', unitType: 'Usage-based' }),
          sub({ id: 'paid', quantity: 5 }),
        ],
        deployment: [basic],
      }),
    );
    expect(plan.apart.map(({ subscription, reason }) => [subscription.id, reason])).toEqual([
      ['t', 'trial'],
      ['s', 'suspended'],
      ['e', 'expired'],
      ['az', 'not-seats'],
    ]);
    expect(plan.rows.map((row) => [row.subscription.id, row.unused])).toEqual([['paid', 0]]);
  });
});

describe('money', () => {
  it('keeps currencies apart in the KPIs and counts unpriced rows', () => {
    const plan = buildPlan(
      input({
        subscriptions: [
          sub({ id: 'a', quantity: 10 }),
          sub({ id: 'b', offerName: 'Office 365 E3', friendlyName: 'Office 365 E3', quantity: 10 }),
          sub({ id: 'c', offerName: 'Visio Plan 2', friendlyName: 'Visio Plan 2', quantity: 4 }),
        ],
        deployment: [
          { ...basic, deployed: 0 },
          { productName: 'Office 365 E3', sold: 10, deployed: 8 },
          { productName: 'Visio Plan 2', sold: 4, deployed: 0 },
        ],
        billed: new Map([
          ['a', price(5)],
          ['b', price(20, 'USD')],
        ]),
      }),
    );
    expect(plan.kpis.unusedCost).toEqual([eur(50), { amount: 40, currency: 'USD' }]);
    expect(plan.kpis.savingsAtRenewal).toEqual([eur(50), { amount: 40, currency: 'USD' }]);
    expect(plan.kpis.savingsNow).toEqual([]);
    expect(plan.unpriced).toBe(1);
  });

  it('lets the price list override a billed price, both visible', () => {
    const plan = buildPlan(
      input({
        subscriptions: [sub({ id: 'a' })],
        deployment: [basic],
        billed: new Map([['a', price(6)]]),
        priceList: [
          {
            productKey: productNameKey('Microsoft 365 Business Basic'),
            productName: 'M365 BB',
            monthly: eur(5.5),
          },
        ],
      }),
    );
    expect(plan.rows[0]!.price).toEqual({ monthly: eur(5.5), source: 'list', billed: eur(6) });
    expect(plan.rows[0]!.unusedCost).toEqual(eur(55));
  });
});
