import { parseTrendSearch } from './trend-search';

describe('trend URL state', () => {
  it('reads 12 or 24 months as a number, from text or from the router', () => {
    expect(parseTrendSearch({ months: '24' })).toEqual({ value: { months: 24 }, invalid: [] });
    expect(parseTrendSearch({ months: 12 })).toEqual({ value: { months: 12 }, invalid: [] });
  });

  it.each([['6'], [36], ['twelve'], ['12.0']])('ignores a period of %s', (months) => {
    expect(parseTrendSearch({ months })).toEqual({ value: {}, invalid: ['months'] });
  });

  it('keeps free-text product names with commas, brackets and accents', () => {
    const product = 'Microsoft 365 E5 (sans Teams), édition Nord';
    expect(parseTrendSearch({ product }).value).toEqual({ product });
    expect(parseTrendSearch({ product: 'p'.repeat(256) }).invalid).toEqual([]);
  });

  it('rejects product names with control characters or longer than 256', () => {
    expect(parseTrendSearch({ product: 'Office\u0000365' }).invalid).toEqual(['product']);
    expect(parseTrendSearch({ product: 'Office\n365' }).invalid).toEqual(['product']);
    expect(parseTrendSearch({ product: 'p'.repeat(257) }).invalid).toEqual(['product']);
  });

  it('falls back per field', () => {
    expect(parseTrendSearch({ months: '6', product: 'Power BI Pro' })).toEqual({
      value: { product: 'Power BI Pro' },
      invalid: ['months'],
    });
    expect(parseTrendSearch({})).toEqual({ value: {}, invalid: [] });
  });
});
