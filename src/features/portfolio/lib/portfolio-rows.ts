import type { CommercialDeploymentRow } from '@/lib/api/commercial-deployment';
import { deploymentRatio, sumSeats, unusedSeats, type SeatTotals } from '@/lib/seats';

import type { Thresholds } from './thresholds';

// The portfolio's maths, pure and unit-tested. Rows come grouped by customer, so a
// customer's unused seats are sold − deployed over all its products (a product deployed
// beyond what was sold offsets another's spare seats); the customer view counts per product.

export interface PortfolioRow {
  id: string;
  name: string;
  sold: number;
  deployed: number;
  unused: number;
  percent: number | null;
  flagged: boolean;
}

export const PORTFOLIO_SORT_KEYS = ['unused', 'customer', 'sold', 'deployed', 'percent'] as const;
export type PortfolioSortKey = (typeof PORTFOLIO_SORT_KEYS)[number];

/** Below N % deployed AND more than K spare seats: small absolute waste is ignored. */
export function isFlagged(
  row: Pick<PortfolioRow, 'unused' | 'percent'>,
  thresholds: Thresholds,
): boolean {
  return (
    row.percent !== null &&
    row.percent * 100 < thresholds.belowPercent &&
    row.unused > thresholds.ignoreSpare
  );
}

export function toPortfolioRows(
  rows: readonly CommercialDeploymentRow[],
  thresholds: Thresholds,
): PortfolioRow[] {
  const result: PortfolioRow[] = [];
  const seen = new Set<string>();
  for (const row of rows) {
    // A group without a tenant id cannot be opened or told apart; it is not a customer row.
    if (!row.customerTenantId) continue;
    // Rows are grouped by customer, so a second row for one is a page served twice (a
    // paging link that repeats under another name): counted once, as first seen.
    const key = row.customerTenantId.toLowerCase();
    if (seen.has(key)) continue;
    seen.add(key);
    const sold = row.licensesSold;
    const deployed = row.licensesDeployed;
    const base = {
      id: row.customerTenantId,
      name: row.customerName ?? row.customerTenantId,
      sold,
      deployed,
      unused: unusedSeats(sold, deployed),
      percent: deploymentRatio(sold, deployed),
    };
    result.push({ ...base, flagged: isFlagged(base, thresholds) });
  }
  return result;
}

export interface PortfolioTotals extends SeatTotals {
  customers: number;
  flagged: number;
}

export function portfolioTotals(rows: readonly PortfolioRow[]): PortfolioTotals {
  return {
    customers: rows.length,
    flagged: rows.filter((row) => row.flagged).length,
    ...sumSeats(rows),
  };
}

/** Accent- and case-insensitive, so "lefevre" finds "Boulangerie Lefèvre". */
export function foldText(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
}

export function filterPortfolio(
  rows: readonly PortfolioRow[],
  options: { search?: string | undefined; flaggedOnly?: boolean | undefined },
): PortfolioRow[] {
  const needle = options.search ? foldText(options.search.trim()) : '';
  if (!needle && !options.flaggedOnly) return [...rows];
  return rows.filter(
    (row) =>
      (!options.flaggedOnly || row.flagged) &&
      (!needle || foldText(row.name).includes(needle) || row.id.toLowerCase().startsWith(needle)),
  );
}

const collator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });

function compare(a: PortfolioRow, b: PortfolioRow, key: PortfolioSortKey): number {
  if (key === 'customer') return collator.compare(a.name, b.name);
  if (key === 'percent') return (a.percent ?? 0) - (b.percent ?? 0);
  return a[key] - b[key];
}

export function sortPortfolio(
  rows: readonly PortfolioRow[],
  key: PortfolioSortKey,
  direction: 'asc' | 'desc',
): PortfolioRow[] {
  const sign = direction === 'asc' ? 1 : -1;
  return [...rows].sort((a, b) => {
    // Customers with nothing sold have no percentage: last, whatever the direction.
    if (key === 'percent' && (a.percent === null) !== (b.percent === null))
      return a.percent === null ? 1 : -1;
    return compare(a, b, key) * sign || collator.compare(a.name, b.name);
  });
}
