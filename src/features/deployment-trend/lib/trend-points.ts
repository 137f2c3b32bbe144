import type { CommercialDeploymentRow } from '@/lib/api/commercial-deployment';
import { deploymentRatio, unusedSeats } from '@/lib/seats';

// The trend's maths, pure and unit-tested: which dates to ask for, and how a month's rows
// become one point (total or one product).

export function latestProcessed(rows: readonly CommercialDeploymentRow[]): Date | null {
  let latest: Date | null = null;
  for (const row of rows) {
    const date = row.processedDateTime;
    if (date && !Number.isNaN(date.getTime()) && (!latest || date > latest)) latest = date;
  }
  return latest;
}

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

export interface TrendPoint {
  /** When Partner Center processed this data (or the date asked for, if it did not say). */
  date: Date;
  /** YYYY-MM of that date: the x axis and the CSV's month column. */
  month: string;
  sold: number;
  deployed: number;
  /** Per product, summed over products, so a surplus on one does not hide waste on another. */
  unused: number;
  percent: number | null;
  /** False when the product (or the customer) has no row that month. */
  present: boolean;
}

export function toTrendPoint(
  rows: readonly CommercialDeploymentRow[],
  fallbackDate: Date,
  product?: string,
): TrendPoint {
  let sold = 0;
  let deployed = 0;
  let unused = 0;
  let present = false;
  for (const row of rows) {
    if (product !== undefined && row.productName !== product) continue;
    present = true;
    sold += row.licensesSold;
    deployed += row.licensesDeployed;
    unused += unusedSeats(row.licensesSold, row.licensesDeployed);
  }
  const date = latestProcessed(rows) ?? fallbackDate;
  return {
    date,
    month: date.toISOString().slice(0, 7),
    sold,
    deployed,
    unused,
    percent: deploymentRatio(sold, deployed),
    present,
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
