import { fileSlug, toCsv } from '@/lib/csv';
import { percentCell } from '@/lib/seats';

import type { TrendPoint } from './trend-points';

// The trend as CSV: the points on screen (oldest first), for the product shown or the
// total, flat columns and ISO dates. A month where the product was not sold yet is what
// the table says — blank counts and status "not sold yet" — not 0, 0, 0, which would read
// as a product sold and fully deployed at zero seats.

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
  'status',
] as const;

export const NOT_SOLD_YET = 'not sold yet';

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
      ...(point.present
        ? [point.sold, point.deployed, point.unused, percentCell(point.percent), '']
        : [null, null, null, null, NOT_SOLD_YET]),
    ]),
  );
  const last = points[points.length - 1];
  const date = last ? last.date.toISOString().slice(0, 10) : 'undated';
  const name = product ? `${customer.name} ${product}` : customer.name;
  return { fileName: `license-trend_${fileSlug(name)}_${date}.csv`, csv };
}
