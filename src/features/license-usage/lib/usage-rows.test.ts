import type { UsageInsight } from '../api/get-license-usage';

import { productUsage, toWorkloadRows, usageFunnel, workloadTotals } from './usage-rows';

const usage = (
  productName: string,
  workloadCode: string,
  active: number,
  qualified: number,
  workloadName = '',
): UsageInsight => ({
  productName,
  serviceName: 'o365',
  channel: 'reseller',
  workloadCode,
  workloadName,
  licensesActive: active,
  licensesQualified: qualified,
});

describe('workload rows', () => {
  it('names a workload, falling back to its code, with active ÷ qualified', () => {
    const rows = toWorkloadRows([
      usage('E3', 'EXO', 40, 50, 'Exchange'),
      usage('E3', 'TEAMS', 60, 50),
      usage('E3', 'SPO', 0, 0, 'SharePoint'),
    ]);
    expect(
      rows.map(({ workload, active, qualified, percent }) => [
        workload,
        active,
        qualified,
        percent,
      ]),
    ).toEqual([
      ['Exchange', 40, 50, 0.8],
      ['TEAMS', 60, 50, 1.2],
      ['SharePoint', 0, 0, null],
    ]);
    expect(new Set(rows.map((row) => row.key)).size).toBe(3);
  });

  it('sums each workload over products, most qualified first', () => {
    const totals = workloadTotals(
      toWorkloadRows([
        usage('E3', 'EXO', 40, 50, 'Exchange'),
        usage('E3', 'TEAMS', 45, 50, 'Teams'),
        usage('E5', 'TEAMS', 10, 20, 'Teams'),
        usage('E5', 'SPO', 5, 60, 'SharePoint'),
      ]),
    );
    expect(totals).toEqual([
      { workload: 'Teams', active: 55, qualified: 70 },
      { workload: 'SharePoint', active: 5, qualified: 60 },
      { workload: 'Exchange', active: 40, qualified: 50 },
    ]);
  });
});

describe('sold → deployed → used per product', () => {
  const workloads = toWorkloadRows([
    usage('OFFICE 365 E3', 'EXO', 40, 50),
    usage('OFFICE 365 E3', 'TEAMS', 45, 50),
    usage('OFFICE 365 E3', 'SPO', 12, 50),
    usage('VISIO PLAN 2', 'VISIO', 3, 4),
  ]);

  it('counts a product as used by its busiest workload, not the sum', () => {
    const [e3] = productUsage(
      [{ productName: 'OFFICE 365 E3', sold: 60, deployed: 50 }],
      workloads,
    );
    expect(e3).toEqual({
      productName: 'OFFICE 365 E3',
      sold: 60,
      deployed: 50,
      used: 45,
      usedOfDeployed: 0.9,
      tracked: true,
    });
  });

  it('marks sold products without usage as untracked and lists them last', () => {
    const rows = productUsage(
      [
        { productName: 'POWER BI PRO', sold: 500, deployed: 400 },
        { productName: 'OFFICE 365 E3', sold: 60, deployed: 50 },
      ],
      workloads,
    );
    expect(rows.map((row) => row.productName)).toEqual([
      'OFFICE 365 E3',
      'VISIO PLAN 2',
      'POWER BI PRO',
    ]);
    expect(rows[2]).toEqual({
      productName: 'POWER BI PRO',
      sold: 500,
      deployed: 400,
      used: 0,
      usedOfDeployed: null,
      tracked: false,
    });
  });

  it('keeps usage for a product missing from deployment, with unknown sold/deployed', () => {
    const visio = productUsage([], workloads).find((row) => row.productName === 'VISIO PLAN 2');
    expect(visio).toEqual({
      productName: 'VISIO PLAN 2',
      sold: null,
      deployed: null,
      used: 3,
      usedOfDeployed: null,
      tracked: true,
    });
    expect(productUsage(undefined, workloads)).toHaveLength(2);
  });

  it('adds up a product sold through two channels', () => {
    const rows = productUsage(
      [
        { productName: 'OFFICE 365 E3', sold: 30, deployed: 20 },
        { productName: 'OFFICE 365 E3', sold: 30, deployed: 30 },
      ],
      workloads,
    );
    expect(rows.filter((row) => row.productName === 'OFFICE 365 E3')).toEqual([
      expect.objectContaining({ sold: 60, deployed: 50, used: 45, usedOfDeployed: 0.9 }),
    ]);
  });

  it('has no used ÷ deployed when nothing is deployed', () => {
    const [row] = productUsage([{ productName: 'VISIO PLAN 2', sold: 5, deployed: 0 }], workloads);
    expect(row).toMatchObject({ used: 3, usedOfDeployed: null, tracked: true });
  });

  it('totals the funnel, unknown figures counting as zero', () => {
    const rows = productUsage(
      [
        { productName: 'OFFICE 365 E3', sold: 60, deployed: 50 },
        { productName: 'POWER BI PRO', sold: 10, deployed: 8 },
      ],
      workloads,
    );
    expect(usageFunnel(rows)).toMatchObject({ sold: 70, deployed: 58, used: 48 });
    expect(usageFunnel([])).toEqual({
      sold: 0,
      deployed: 0,
      used: 0,
      trackedDeployed: 0,
      untrackedDeployed: 0,
      percent: null,
    });
  });

  it('computes usage % over the seats of tracked products only, untracked ones apart', () => {
    const rows = productUsage(
      [
        { productName: 'OFFICE 365 E3', sold: 60, deployed: 50 },
        { productName: 'DYNAMICS 365 SALES ENTERPRISE', sold: 20, deployed: 16 },
      ],
      workloads.filter((row) => row.productName === 'OFFICE 365 E3'),
    );
    const funnel = usageFunnel(rows);
    expect(funnel).toMatchObject({ deployed: 66, trackedDeployed: 50, untrackedDeployed: 16 });
    expect(funnel.percent).toBe(funnel.used / 50);
  });
});
