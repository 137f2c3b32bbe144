import type { DeploymentInsight } from '@/lib/api/get-license-deployment';
import { latestDate } from '@/lib/latest-date';
import { sumSeats } from '@/lib/seats';

import { filterRows, sortRows, toDeploymentRows } from './deployment-rows';

const item = (
  productName: string,
  sold: number,
  deployed: number,
  extra: Partial<DeploymentInsight> = {},
): DeploymentInsight => ({
  productName,
  serviceName: 'o365',
  channel: 'reseller',
  licensesSold: sold,
  licensesDeployed: deployed,
  ...extra,
});

describe('seat maths', () => {
  it('totals unused seats per product, so a surplus on one does not hide waste on another', () => {
    const totals = sumSeats(toDeploymentRows([item('A', 10, 2), item('B', 5, 9)]));
    expect(totals).toEqual({ sold: 15, deployed: 11, unused: 8, percent: 11 / 15 });
  });

  it('gives "no percentage" for a customer with nothing sold', () => {
    expect(sumSeats(toDeploymentRows([item('A', 0, 0)])).percent).toBeNull();
  });
});

describe('sorting and filtering', () => {
  const rows = toDeploymentRows([
    item('EXCHANGE ONLINE (PLAN 1)', 5, 0),
    item('OFFICE 365 E3', 100, 98),
    item('DYNAMICS 365 SALES', 0, 0, { serviceName: 'crm', channel: 'direct' }),
    item('POWER BI PRO', 20, 10),
  ]);

  it('sorts by unused seats, most first, then by name', () => {
    expect(sortRows(rows, 'unused', 'desc').map((row) => row.unused)).toEqual([10, 5, 2, 0]);
  });

  it('keeps rows without a percentage last in both directions', () => {
    const asc = sortRows(rows, 'percent', 'asc').map((row) => row.productName);
    const desc = sortRows(rows, 'percent', 'desc').map((row) => row.productName);
    expect(asc.at(-1)).toBe('DYNAMICS 365 SALES');
    expect(desc.at(-1)).toBe('DYNAMICS 365 SALES');
    expect(asc[0]).toBe('EXCHANGE ONLINE (PLAN 1)');
    expect(desc[0]).toBe('OFFICE 365 E3');
  });

  it('filters by service and channel, case-insensitively', () => {
    expect(filterRows(rows, { service: 'CRM' }).map((row) => row.productName)).toEqual([
      'DYNAMICS 365 SALES',
    ]);
    expect(filterRows(rows, { channel: 'reseller' })).toHaveLength(3);
  });
});

it('reads the newest processed date across rows', () => {
  const latest = latestDate([
    item('A', 1, 1, { processedDateTime: new Date('2017-03-14T03:25:16.360Z') }),
    item('B', 1, 1, { processedDateTime: new Date('2018-10-14T00:00:00Z') }),
    item('C', 1, 1),
  ]);
  expect(latest?.toISOString()).toBe('2018-10-14T00:00:00.000Z');
});
