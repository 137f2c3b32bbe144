import type { CommercialDeploymentRow } from '@/lib/api/commercial-deployment';
import { latestDate } from '@/lib/latest-date';
import { sumSeats, unusedSeats, type SeatTotals } from '@/lib/seats';

// The trend's maths, pure and unit-tested: which dates to ask for, and how a month's rows
// become one point (total or one product).

/** The last day (UTC) of each of the `count` months before `anchor`'s month, newest first. */
export function monthEndsBefore(anchor: Date, count: number): string[] {
  const dates: string[] = [];
  for (let back = 1; back <= count; back++) {
    // Day 0 of a month is the last day of the previous one.
    const end = new Date(Date.UTC(anchor.getUTCFullYear(), anchor.getUTCMonth() - back + 1, 0));
    dates.push(end.toISOString().slice(0, 10));
  }
  return dates;
}

/** A month's seats; unused is counted per product and summed, as in the snapshot. */
export interface TrendPoint extends SeatTotals {
  /** When Partner Center processed this data (or the date asked for, if it did not say). */
  date: Date;
  /** YYYY-MM of that date: the x axis and the CSV's month column. */
  month: string;
  /** False when the product (or the customer) has no row that month. */
  present: boolean;
}

export function toTrendPoint(
  rows: readonly CommercialDeploymentRow[],
  fallbackDate: Date,
  product?: string,
): TrendPoint {
  const shown = rows.filter((row) => product === undefined || row.productName === product);
  const date = latestDate(rows) ?? fallbackDate;
  return {
    date,
    month: date.toISOString().slice(0, 7),
    ...sumSeats(
      shown.map((row) => ({
        sold: row.licensesSold,
        deployed: row.licensesDeployed,
        unused: unusedSeats(row.licensesSold, row.licensesDeployed),
      })),
    ),
    present: shown.length > 0,
  };
}

/** Points oldest first, one per processing date (two requests can land on one snapshot). */
export function orderPoints(points: readonly TrendPoint[]): TrendPoint[] {
  const byDate = new Map<number, TrendPoint>();
  for (const point of points) byDate.set(point.date.getTime(), point);
  return [...byDate.values()].sort((a, b) => a.date.getTime() - b.date.getTime());
}

const collator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });

export function productNames(rowSets: readonly (readonly CommercialDeploymentRow[])[]): string[] {
  const names = new Set<string>();
  for (const rows of rowSets)
    for (const row of rows) if (row.productName) names.add(row.productName);
  return [...names].sort(collator.compare);
}
