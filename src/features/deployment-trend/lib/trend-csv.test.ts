import { trendCsv, ALL_PRODUCTS } from './trend-csv';
import type { TrendPoint } from './trend-points';

const HEADER =
  'customerId,customerName,productName,month,processedDateTime,licensesSold,' +
  'licensesDeployed,unusedSeats,deploymentPercent,status';

const point = (iso: string, sold: number, deployed: number, unused: number): TrendPoint => ({
  date: new Date(iso),
  month: iso.slice(0, 7),
  sold,
  deployed,
  unused,
  percent: sold > 0 ? deployed / sold : null,
  present: true,
});

const lines = (csv: string) => csv.replace(/^\uFEFF/, '').split('\r\n');
const customer = { id: 't-1', name: 'Boulangerie Lefèvre' };
const points = [point('2026-09-30T05:00:00Z', 30, 19, 15), point('2026-10-30T05:00:00Z', 0, 0, 0)];

describe('trend CSV', () => {
  it('writes a BOM, the header and one line per point for the total', () => {
    const { csv } = trendCsv(customer, undefined, points);
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(lines(csv)).toEqual([
      HEADER,
      `t-1,Boulangerie Lefèvre,${ALL_PRODUCTS},2026-09,2026-09-30T05:00:00.000Z,30,19,15,63.3,`,
      `t-1,Boulangerie Lefèvre,${ALL_PRODUCTS},2026-10,2026-10-30T05:00:00.000Z,0,0,0,,`,
      '',
    ]);
  });

  it('names the product and quotes it when it has a comma', () => {
    const { csv } = trendCsv(customer, 'Office 365 E3, no Teams', points.slice(0, 1));
    expect(lines(csv)[1]).toBe(
      't-1,Boulangerie Lefèvre,"Office 365 E3, no Teams",2026-09,2026-09-30T05:00:00.000Z,30,19,15,63.3,',
    );
  });

  it('names the file after the customer, the product and the newest point', () => {
    expect(trendCsv(customer, undefined, points).fileName).toBe(
      'license-trend_Boulangerie-Lefevre_2026-10-30.csv',
    );
    expect(trendCsv(customer, 'Power BI Pro', points).fileName).toBe(
      'license-trend_Boulangerie-Lefevre-Power-BI-Pro_2026-10-30.csv',
    );
    expect(trendCsv(customer, undefined, []).fileName).toBe(
      'license-trend_Boulangerie-Lefevre_undated.csv',
    );
  });

  it('neutralises a customer name that a spreadsheet would run', () => {
    const { csv } = trendCsv({ id: 't-2', name: '@SUM(A1)' }, undefined, points.slice(0, 1));
    expect(lines(csv)[1]?.startsWith("t-2,'@SUM(A1),")).toBe(true);
  });

  it('writes “not sold yet” as the table does, not 0, 0, 0', () => {
    const before = { ...point('2026-08-31T05:00:00Z', 0, 0, 0), present: false };
    const { csv } = trendCsv(customer, 'POWER BI PRO', [before, points[0]!]);
    expect(lines(csv).slice(1, 3)).toEqual([
      't-1,Boulangerie Lefèvre,POWER BI PRO,2026-08,2026-08-31T05:00:00.000Z,,,,,not sold yet',
      't-1,Boulangerie Lefèvre,POWER BI PRO,2026-09,2026-09-30T05:00:00.000Z,30,19,15,63.3,',
    ]);
  });
});
