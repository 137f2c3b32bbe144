import type { CommercialDeploymentRow } from '@/lib/api/commercial-deployment';
import { latestDate } from '@/lib/latest-date';

import {
  monthEndsBefore,
  orderPoints,
  productNames,
  toTrendPoint,
  type TrendPoint,
} from './trend-points';

const row = (
  productName: string | undefined,
  sold: number,
  deployed: number,
  processed?: string,
): CommercialDeploymentRow => ({
  serviceName: 'o365',
  channel: 'reseller',
  productName,
  licensesSold: sold,
  licensesDeployed: deployed,
  processedDateTime: processed === undefined ? undefined : new Date(processed),
});

describe('months to ask for', () => {
  it('gives the last day of each previous month, newest first', () => {
    expect(monthEndsBefore(new Date('2026-11-23T03:25:16Z'), 3)).toEqual([
      '2026-10-31',
      '2026-09-30',
      '2026-08-31',
    ]);
  });

  it('crosses the year boundary and knows leap years', () => {
    expect(monthEndsBefore(new Date('2027-01-05T00:00:00Z'), 2)).toEqual([
      '2026-12-31',
      '2026-11-30',
    ]);
    expect(monthEndsBefore(new Date('2024-03-31T23:59:59Z'), 1)).toEqual(['2024-02-29']);
    expect(monthEndsBefore(new Date('2025-03-01T00:00:00Z'), 1)).toEqual(['2025-02-28']);
  });

  it('goes back 24 months without repeating a month', () => {
    const dates = monthEndsBefore(new Date('2026-11-23T03:25:16Z'), 24);
    expect(dates).toHaveLength(24);
    expect(new Set(dates.map((date) => date.slice(0, 7))).size).toBe(24);
    expect(dates[23]).toBe('2024-11-30');
  });
});

describe('one month as a point', () => {
  const fallback = new Date('2026-10-31T00:00:00Z');
  const rows = [
    row('OFFICE 365 E3', 10, 14, '2026-10-30T05:00:00Z'),
    row('POWER BI PRO', 20, 5, '2026-10-30T05:00:00Z'),
  ];

  it('sums unused seats per product for the total', () => {
    const point = toTrendPoint(rows, fallback);
    expect(point).toMatchObject({ sold: 30, deployed: 19, unused: 15, present: true });
    expect(point.percent).toBeCloseTo(19 / 30);
  });

  it('keeps only the chosen product', () => {
    expect(toTrendPoint(rows, fallback, 'POWER BI PRO')).toMatchObject({
      sold: 20,
      deployed: 5,
      unused: 15,
      percent: 0.25,
      present: true,
    });
  });

  it('marks a product with no row that month as absent', () => {
    expect(toTrendPoint(rows, fallback, 'VISIO PLAN 2')).toMatchObject({
      sold: 0,
      unused: 0,
      percent: null,
      present: false,
    });
    expect(toTrendPoint([], fallback).present).toBe(false);
  });

  it('dates the point from the data, else from the date asked for', () => {
    const dated = toTrendPoint(rows, fallback);
    expect(dated.date.toISOString()).toBe('2026-10-30T05:00:00.000Z');
    expect(dated.month).toBe('2026-10');
    const undated = toTrendPoint([row('A', 1, 1)], fallback);
    expect(undated.date).toBe(fallback);
    expect(undated.month).toBe('2026-10');
  });
});

describe('ordering points', () => {
  const point = (iso: string, sold: number): TrendPoint =>
    toTrendPoint([row('A', sold, 0, iso)], new Date(0));

  it('puts the oldest first and keeps one point per processing date', () => {
    const ordered = orderPoints([
      point('2026-10-30T05:00:00Z', 3),
      point('2026-08-31T05:00:00Z', 1),
      point('2026-10-30T05:00:00Z', 3),
      point('2026-09-30T05:00:00Z', 2),
    ]);
    expect(ordered.map((p) => p.sold)).toEqual([1, 2, 3]);
  });
});

describe('product names and latest date', () => {
  it('lists each product once, sorted', () => {
    expect(
      productNames([
        [row('POWER BI PRO', 1, 1), row('Office 365 E3', 1, 1), row(undefined, 1, 1)],
        [row('Exchange Online', 1, 1), row('POWER BI PRO', 1, 1)],
      ]),
    ).toEqual(['Exchange Online', 'Office 365 E3', 'POWER BI PRO']);
  });

  it('finds the newest processing date and ignores missing ones', () => {
    expect(
      latestDate([
        row('A', 1, 1, '2026-10-30T05:00:00Z'),
        row('B', 1, 1),
        row('C', 1, 1, '2026-11-02T01:00:00Z'),
        row('D', 1, 1, 'not a date'),
      ])?.toISOString(),
    ).toBe('2026-11-02T01:00:00.000Z');
    expect(latestDate([row('A', 1, 1)])).toBeNull();
  });
});
