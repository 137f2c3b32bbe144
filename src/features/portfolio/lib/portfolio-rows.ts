import { isStale } from '@/lib/freshness';
import { deploymentRatio, sumSeatBalance, type SeatBalance } from '@/lib/seats';
import type { Thresholds } from '@/lib/thresholds';

import type { CustomerSeats } from './portfolio-fold';

// The portfolio's maths, pure and unit-tested. Each customer's seats come folded product
// by product (portfolio-fold.ts), so its unused seats are Σ max(0, sold − deployed) and its
// over-assigned seats Σ max(0, deployed − sold), the same figures its own view shows.

export interface PortfolioRow {
  id: string;
  name: string;
  sold: number;
  deployed: number;
  unused: number;
  /** Seats assigned beyond what was sold: a billing/compliance risk, never netted. */
  overAssigned: number;
  percent: number | null;
  flagged: boolean;
  processed: Date | null;
  /**
   * Its data is more than STALE_AFTER_DAYS older than the newest customer's: Partner Center
   * stopped processing this one, so its figures may be out of date.
   */
  stale: boolean;
}

export const PORTFOLIO_SORT_KEYS = [
  'unused',
  'customer',
  'sold',
  'deployed',
  'overAssigned',
  'percent',
] as const;
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
  customers: readonly CustomerSeats[],
  thresholds: Thresholds,
): PortfolioRow[] {
  let newest: Date | null = null;
  for (const customer of customers) {
    if (customer.processed && (!newest || customer.processed > newest)) newest = customer.processed;
  }
  return customers.map((customer) => {
    const base = { ...customer, percent: deploymentRatio(customer.sold, customer.deployed) };
    return {
      ...base,
      flagged: isFlagged(base, thresholds),
      stale: newest !== null && isStale(customer.processed, newest),
    };
  });
}

export interface PortfolioTotals extends SeatBalance {
  customers: number;
  flagged: number;
}

export function portfolioTotals(rows: readonly PortfolioRow[]): PortfolioTotals {
  return {
    customers: rows.length,
    flagged: rows.filter((row) => row.flagged).length,
    ...sumSeatBalance(rows),
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
