import { parsePortfolioSearch, resolvePortfolioSort } from './portfolio-search';

describe('portfolio URL state', () => {
  it('keeps every valid field, the search as typed (a trailing space stays in the box)', () => {
    const { value, invalid } = parsePortfolioSearch({
      q: 'Lefèvre ',
      service: 'o365',
      channel: 'reseller',
      sort: 'percent',
      dir: 'asc',
      flagged: 'true',
    });
    expect(value).toEqual({
      q: 'Lefèvre ',
      service: 'o365',
      channel: 'reseller',
      sort: 'percent',
      dir: 'asc',
      flagged: true,
    });
    expect(invalid).toEqual([]);
  });

  it('falls back per field and names the fields it ignored', () => {
    const { value, invalid } = parsePortfolioSearch({
      q: 'x'.repeat(101),
      service: '<script>',
      channel: 'direct',
      sort: 'bogus',
      dir: 'sideways',
      flagged: 'yes',
    });
    expect(value).toEqual({ channel: 'direct' });
    expect(invalid).toEqual(['q', 'service', 'sort', 'dir', 'flagged']);
  });

  it('leaves absent and default values out of the URL', () => {
    expect(parsePortfolioSearch({})).toEqual({ value: {}, invalid: [] });
    expect(parsePortfolioSearch({ flagged: 'false', q: '' })).toEqual({ value: {}, invalid: [] });
    expect(parsePortfolioSearch({ flagged: true }).value).toEqual({ flagged: true });
  });

  it('reads a search the router turned into a number as text', () => {
    expect(parsePortfolioSearch({ q: 123 }).value).toEqual({ q: '123' });
  });

  it('accepts a 100-character search and a 64-character filter', () => {
    const { value, invalid } = parsePortfolioSearch({
      q: 'a'.repeat(100),
      service: 's'.repeat(64),
    });
    expect(invalid).toEqual([]);
    expect(value.q).toHaveLength(100);
    expect(parsePortfolioSearch({ service: 's'.repeat(65) }).invalid).toEqual(['service']);
  });
});

describe('portfolio sort defaults', () => {
  it('sorts by unused seats, most first, by default', () => {
    expect(resolvePortfolioSort({})).toEqual({ sort: 'unused', dir: 'desc' });
  });

  it('sorts customers A→Z and other columns largest first unless told', () => {
    expect(resolvePortfolioSort({ sort: 'customer' })).toEqual({ sort: 'customer', dir: 'asc' });
    expect(resolvePortfolioSort({ sort: 'sold' })).toEqual({ sort: 'sold', dir: 'desc' });
    expect(resolvePortfolioSort({ sort: 'customer', dir: 'desc' }).dir).toBe('desc');
    expect(resolvePortfolioSort({ dir: 'asc' })).toEqual({ sort: 'unused', dir: 'asc' });
  });
});
