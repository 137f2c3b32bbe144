import type { PortfolioRow } from './portfolio-rows';

// "Who wastes most": the portfolio's compact chart, as plain rows for a pure chart.

export const TOP_UNUSED_COUNT = 10;

export interface TopUnusedRow {
  id: string;
  name: string;
  unused: number;
}

/** The customers with the most unused seats (none with 0), most first, ties by name. */
export function topByUnused(
  rows: readonly PortfolioRow[],
  count = TOP_UNUSED_COUNT,
): TopUnusedRow[] {
  const collator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });
  return rows
    .filter((row) => row.unused > 0)
    .sort((a, b) => b.unused - a.unused || collator.compare(a.name, b.name))
    .slice(0, count)
    .map((row) => ({ id: row.id, name: row.name, unused: row.unused }));
}
