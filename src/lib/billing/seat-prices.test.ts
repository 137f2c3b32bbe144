import { unbilledLineItemSchema } from '../api/unbilled-line-items';

import { billedPrices, chargeMonths, monthlySeatPrice } from './seat-prices';

// The docs' own NCE seat line (numbers quoted as strings), trimmed to the fields read.
const docsLine = {
  customerId: '835a59a7-3172-47b5-bdef-d9cc65f4d0e4',
  subscriptionId: '9d7d1f3d-c8de-461c-db6d-91debd5129f0',
  productId: 'CFQ7TTC0HL8W',
  skuId: '0001',
  productName: 'Power BI Premium Per User',
  chargeType: 'new',
  unitPrice: '16',
  effectiveUnitPrice: '14.4',
  quantity: '50',
  subtotal: '720',
  currency: 'USD',
  pcToBCExchangeRate: '1',
  billableQuantity: '50',
  billingFrequency: 'Monthly',
  subscriptionEndDate: '2022-05-19T00:00:00Z',
  chargeStartDate: '2021-05-20T00:00:00Z',
  chargeEndDate: '2021-06-19T00:00:00Z',
  extraField: 'ignored',
};

const line = (patch: Record<string, unknown> = {}) =>
  unbilledLineItemSchema.parse({ ...docsLine, ...patch });

describe('seat prices from unbilled line items', () => {
  it('reads the docs example, numbers as strings: 720 / 50 seats = 14.40 a month', () => {
    expect(monthlySeatPrice(line())).toEqual({ amount: 14.4, currency: 'USD' });
  });

  it('reads plain JSON numbers too', () => {
    expect(monthlySeatPrice(line({ subtotal: 720, billableQuantity: 50 }))?.amount).toBe(14.4);
  });

  it('spreads an annual charge over twelve months', () => {
    const annual = line({
      subtotal: '1728',
      billableQuantity: '10',
      chargeStartDate: '2026-01-14T00:00:00Z',
      chargeEndDate: '2027-01-13T00:00:00Z',
    });
    expect(monthlySeatPrice(annual)).toEqual({ amount: 14.4, currency: 'USD' });
    expect(chargeMonths(new Date('2026-01-01'), new Date('2028-12-31'))).toBe(36);
  });

  it('ignores proration lines and lines it cannot price', () => {
    expect(monthlySeatPrice(line({ chargeType: 'addQuantity' }))).toBeNull();
    expect(monthlySeatPrice(line({ currency: 'dollars' }))).toBeNull();
    expect(monthlySeatPrice(line({ billableQuantity: '0', quantity: '0' }))).toBeNull();
  });

  it('keeps the latest period per subscription and only the asked customer', () => {
    const prices = billedPrices(
      [
        line({ subtotal: '500' }),
        line({
          subtotal: '600',
          chargeStartDate: '2021-06-20T00:00:00Z',
          chargeEndDate: '2021-07-19T00:00:00Z',
        }),
        line({ customerId: 'other', subscriptionId: 'x', subtotal: '1' }),
      ],
      '835A59A7-3172-47B5-BDEF-D9CC65F4D0E4',
    );
    expect([...prices.keys()]).toEqual(['9d7d1f3d-c8de-461c-db6d-91debd5129f0']);
    expect(prices.get('9d7d1f3d-c8de-461c-db6d-91debd5129f0')?.monthly.amount).toBe(12);
  });
});
