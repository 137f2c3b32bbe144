import { fileSlug, toCsv } from '@/lib/csv';
import { percentCell } from '@/lib/seats';

import type { TrendPoint } from './trend-points';

// The trend as CSV: the points on screen (oldest first), for the product shown or the
// total, flat columns and ISO dates.

const HEADER = [
  'customerId',
  'customerName',
  'productName',
  'month',
  'processedDateTime',
  'licensesSold',
  'licensesDeployed',
  'unusedSeats',
  'deploymentPercent',
] as const;

export const ALL_PRODUCTS = '(all products)';

export function trendCsv(
  customer: { id: string; name: string },
  product: string | undefined,
  points: readonly TrendPoint[],
): { fileName: string; csv: string } {
  const csv = toCsv(
    HEADER,
    points.map((point) => [
      customer.id,
      customer.name,
      product ?? ALL_PRODUCTS,
      point.month,
      point.date.toISOString(),
      point.sold,
      point.deployed,
      point.unused,
      percentCell(point.percent),
    ]),
  );
  const last = points[points.length - 1];
  const date = last ? last.date.toISOString().slice(0, 10) : 'undated';
  const name = product ? `${customer.name} ${product}` : customer.name;
  return { fileName: `license-trend_${fileSlug(name)}_${date}.csv`, csv };
}
