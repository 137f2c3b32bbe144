import { currencyCode, formatMoney, roundCents, sumByCurrency } from './money';

describe('money', () => {
  it('never adds amounts across currencies', () => {
    expect(
      sumByCurrency([
        { amount: 14.4, currency: 'USD' },
        { amount: 10.08, currency: 'EUR' },
        { amount: 14.4, currency: 'USD' },
      ]),
    ).toEqual([
      { amount: 28.8, currency: 'USD' },
      { amount: 10.08, currency: 'EUR' },
    ]);
  });

  it('does not drift when adding many small prices', () => {
    const many = Array.from({ length: 1000 }, () => ({ amount: 0.1, currency: 'EUR' }));
    expect(sumByCurrency(many)).toEqual([{ amount: 100, currency: 'EUR' }]);
    expect(roundCents(10.005 * 3)).toBe(30.02);
  });

  it('skips amounts that are not numbers', () => {
    expect(sumByCurrency([{ amount: Number.NaN, currency: 'EUR' }])).toEqual([]);
  });

  it('reads currency codes as Partner Center writes them', () => {
    expect(currencyCode(' usd ')).toBe('USD');
    expect(currencyCode('EURO')).toBeNull();
  });

  it('formats per locale, and survives a currency code Intl does not know', () => {
    expect(formatMoney('en-US', { amount: 1234.5, currency: 'USD' })).toBe('$1,234.50');
    // French groups with a narrow no-break space and puts the symbol after a no-break space.
    expect(formatMoney('fr-FR', { amount: 1234.5, currency: 'EUR' })).toBe('1\u202f234,50\u00a0€');
    expect(formatMoney('en-US', { amount: 2, currency: 'XYZ' })).toMatch(/2\.00\s?XYZ|XYZ\s?2\.00/);
  });
});
