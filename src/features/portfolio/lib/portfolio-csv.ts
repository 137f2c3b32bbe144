import { fileSlug, toCsv } from '@/lib/csv';
import { isRealDate } from '@/lib/latest-date';
import { percentCell } from '@/lib/seats';
import type { Thresholds } from '@/lib/thresholds';

import type { PortfolioRow } from './portfolio-rows';

// The portfolio as CSV: exactly the rows on screen (searched, filtered, sorted), flat
// columns, the thresholds that decided "flagged", ISO dates.

const HEADER = [
  'customerId',
  'customerName',
  'licensesSold',
  'licensesDeployed',
  'unusedSeats',
  'overAssignedSeats',
  'deploymentPercent',
  'flagged',
  'flagBelowPercent',
  'ignoreSpareSeats',
  'serviceFilter',
  'channelFilter',
  'processedDateTime',
  'staleData',
] as const;

export function portfolioCsv(
  rows: readonly PortfolioRow[],
  context: {
    thresholds: Thresholds;
    service?: string | undefined;
    channel?: string | undefined;
    /** Only flagged customers are exported: the file name says so. */
    flaggedOnly?: boolean | undefined;
    processed: Date | null;
  },
): { fileName: string; csv: string } {
  const iso = isRealDate(context.processed) ? context.processed.toISOString() : '';
  // Each customer's own processing date when known (a stale one differs from the rest).
  const dateOf = (row: PortfolioRow) =>
    isRealDate(row.processed) ? row.processed.toISOString() : iso;
  const csv = toCsv(
    HEADER,
    rows.map((row) => [
      row.id,
      row.name,
      row.sold,
      row.deployed,
      row.unused,
      row.overAssigned,
      percentCell(row.percent),
      row.flagged ? 'yes' : 'no',
      context.thresholds.belowPercent,
      context.thresholds.ignoreSpare,
      context.service ?? '',
      context.channel ?? '',
      dateOf(row),
      row.stale ? 'yes' : 'no',
    ]),
  );
  const scope =
    [context.service, context.channel, context.flaggedOnly ? 'flagged' : undefined]
      .filter(Boolean)
      .join(' ') || 'all';
  const date = iso ? iso.slice(0, 10) : 'undated';
  return { fileName: `license-portfolio_${fileSlug(scope)}_${date}.csv`, csv };
}
