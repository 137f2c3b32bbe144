import type { CommercialDeploymentRow } from '@/lib/api/commercial-deployment';

import { foldPortfolioPage } from './portfolio-fold';
import {
  filterPortfolio,
  isFlagged,
  portfolioTotals,
  sortPortfolio,
  toPortfolioRows,
  type PortfolioRow,
} from './portfolio-rows';

const thresholds = { belowPercent: 80, ignoreSpare: 5 };

const product = (
  id: string,
  sold: number,
  deployed: number,
  name?: string,
  productId = 'p-1',
): CommercialDeploymentRow => ({
  serviceName: 'o365',
  channel: 'reseller',
  customerTenantId: id,
  customerName: name,
  productId,
  licensesSold: sold,
  licensesDeployed: deployed,
});

const row = (name: string, sold: number, deployed: number, id = name.toLowerCase()) =>
  toPortfolioRows(
    foldPortfolioPage([product(id, sold, deployed, name)]).customers,
    thresholds,
  )[0] as PortfolioRow;

describe('portfolio rows', () => {
  it('never reports negative unused seats and has no percentage when nothing is sold', () => {
    expect(row('Over', 10, 14)).toMatchObject({
      unused: 0,
      overAssigned: 4,
      percent: 1.4,
      flagged: false,
    });
    expect(row('Nothing', 0, 0)).toMatchObject({ unused: 0, percent: null, flagged: false });
    expect(row('Free', 0, 7)).toMatchObject({
      unused: 0,
      overAssigned: 7,
      percent: null,
      flagged: false,
    });
  });
});

describe('flagging', () => {
  it('flags below N % deployed with more than K spare seats', () => {
    expect(isFlagged({ percent: 0.5, unused: 6 }, thresholds)).toBe(true);
  });

  it('does not flag exactly N % or exactly K spare seats', () => {
    expect(isFlagged({ percent: 0.8, unused: 100 }, thresholds)).toBe(false);
    expect(isFlagged({ percent: 0.1, unused: 5 }, thresholds)).toBe(false);
    expect(isFlagged({ percent: 0.799, unused: 6 }, thresholds)).toBe(true);
  });

  it('never flags a customer with nothing sold', () => {
    expect(isFlagged({ percent: null, unused: 50 }, { belowPercent: 100, ignoreSpare: 0 })).toBe(
      false,
    );
  });
});

describe('portfolio totals', () => {
  it('sums seats and flags over the rows, percent from the sums', () => {
    const totals = portfolioTotals([row('A', 100, 20), row('B', 10, 12), row('C', 0, 0)]);
    expect(totals).toEqual({
      customers: 3,
      flagged: 1,
      sold: 110,
      deployed: 32,
      unused: 80,
      overAssigned: 2,
      percent: 32 / 110,
    });
  });

  it('has no percentage for an empty portfolio', () => {
    expect(portfolioTotals([])).toMatchObject({ customers: 0, sold: 0, percent: null });
  });
});

describe('searching the portfolio', () => {
  const rows = [
    row('Boulangerie Lefèvre', 100, 10, 'ab12-cd'),
    row('Contoso', 50, 48, 'f00d-99'),
    row('Fabrikam', 40, 1, 'cafe-01'),
  ];
  const names = (list: PortfolioRow[]) => list.map((r) => r.name);

  it('ignores accents and case in names', () => {
    expect(names(filterPortfolio(rows, { search: 'lefevre' }))).toEqual(['Boulangerie Lefèvre']);
    expect(names(filterPortfolio(rows, { search: '  LEFÈVRE ' }))).toEqual(['Boulangerie Lefèvre']);
  });

  it('finds a customer by the start of its id, not the middle', () => {
    expect(names(filterPortfolio(rows, { search: 'F00D' }))).toEqual(['Contoso']);
    expect(filterPortfolio(rows, { search: '99' })).toEqual([]);
  });

  it('keeps only flagged customers when asked, combined with the search', () => {
    expect(names(filterPortfolio(rows, { flaggedOnly: true }))).toEqual([
      'Boulangerie Lefèvre',
      'Fabrikam',
    ]);
    expect(names(filterPortfolio(rows, { flaggedOnly: true, search: 'fab' }))).toEqual([
      'Fabrikam',
    ]);
    expect(filterPortfolio(rows, { search: '' })).toHaveLength(3);
  });
});

describe('sorting the portfolio', () => {
  const rows = [
    row('Delta', 10, 5),
    row('alpha', 20, 15),
    row('Charlie', 0, 0),
    row('Bravo', 30, 10),
    row('Echo', 8, 6),
  ];
  const order = (key: Parameters<typeof sortPortfolio>[1], dir: 'asc' | 'desc') =>
    sortPortfolio(rows, key, dir).map((r) => r.name);

  it('sorts by each number in both directions, ties by name A→Z', () => {
    // unused: Bravo 20, alpha 5, Delta 5, Echo 2, Charlie 0
    expect(order('unused', 'desc')).toEqual(['Bravo', 'alpha', 'Delta', 'Echo', 'Charlie']);
    expect(order('unused', 'asc')).toEqual(['Charlie', 'Echo', 'alpha', 'Delta', 'Bravo']);
    expect(order('sold', 'desc')).toEqual(['Bravo', 'alpha', 'Delta', 'Echo', 'Charlie']);
    expect(order('sold', 'asc')).toEqual(['Charlie', 'Echo', 'Delta', 'alpha', 'Bravo']);
    expect(order('deployed', 'asc')).toEqual(['Charlie', 'Delta', 'Echo', 'Bravo', 'alpha']);
    expect(order('deployed', 'desc')).toEqual(['alpha', 'Bravo', 'Echo', 'Delta', 'Charlie']);
  });

  it('sorts names case-insensitively in both directions', () => {
    expect(order('customer', 'asc')).toEqual(['alpha', 'Bravo', 'Charlie', 'Delta', 'Echo']);
    expect(order('customer', 'desc')).toEqual(['Echo', 'Delta', 'Charlie', 'Bravo', 'alpha']);
  });

  it('puts customers without a percentage last in both directions', () => {
    // percent: Bravo 1/3, Delta 1/2, alpha 3/4, Echo 3/4, Charlie null
    expect(order('percent', 'asc')).toEqual(['Bravo', 'Delta', 'alpha', 'Echo', 'Charlie']);
    expect(order('percent', 'desc')).toEqual(['alpha', 'Echo', 'Delta', 'Bravo', 'Charlie']);
  });

  it('does not reorder the caller’s array', () => {
    sortPortfolio(rows, 'customer', 'asc');
    expect(rows[0]?.name).toBe('Delta');
  });
});
