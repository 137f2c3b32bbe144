import type { PortfolioRow } from './portfolio-rows';
import { topByUnused } from './top-unused';

const row = (name: string, unused: number): PortfolioRow => ({
  id: name.toLowerCase(),
  name,
  sold: unused,
  deployed: 0,
  unused,
  overAssigned: 0,
  percent: 0,
  flagged: false,
  processed: null,
  stale: false,
});

describe('top customers by unused seats', () => {
  it('keeps the N with most unused seats, most first, ties by name, none at 0', () => {
    const rows = [row('Delta', 5), row('alpha', 40), row('Bravo', 5), row('Zero', 0), row('C', 9)];
    expect(topByUnused(rows, 3).map((r) => [r.name, r.unused])).toEqual([
      ['alpha', 40],
      ['C', 9],
      ['Bravo', 5],
    ]);
    expect(topByUnused(rows).map((r) => r.name)).not.toContain('Zero');
  });
});
