import { portfolioCsv } from './portfolio-csv';
import type { PortfolioRow } from './portfolio-rows';

const HEADER =
  'customerId,customerName,licensesSold,licensesDeployed,unusedSeats,overAssignedSeats,' +
  'deploymentPercent,' +
  'flagged,flagBelowPercent,ignoreSpareSeats,serviceFilter,channelFilter,processedDateTime,staleData';

const row = (id: string, name: string, sold: number, deployed: number, flagged = false) => ({
  id,
  name,
  sold,
  deployed,
  unused: Math.max(0, sold - deployed),
  overAssigned: Math.max(0, deployed - sold),
  percent: sold > 0 ? deployed / sold : null,
  flagged,
  processed: null,
  stale: false,
});

const processed = new Date('2026-11-23T03:25:16Z');
const thresholds = { belowPercent: 80, ignoreSpare: 5 };
const lines = (csv: string) => csv.replace(/^\uFEFF/, '').split('\r\n');

describe('portfolio CSV', () => {
  const rows: PortfolioRow[] = [
    row('t-2', 'Boulangerie Lefèvre', 3, 1, true),
    row('t-1', 'Contoso', 100, 99),
    row('t-3', 'Nothing Sold', 0, 0),
  ];

  it('writes a BOM, the header and one line per shown row in order', () => {
    const { csv } = portfolioCsv(rows, { thresholds, processed });
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(lines(csv)).toEqual([
      HEADER,
      't-2,Boulangerie Lefèvre,3,1,2,0,33.3,yes,80,5,,,2026-11-23T03:25:16.000Z,no',
      't-1,Contoso,100,99,1,0,99,no,80,5,,,2026-11-23T03:25:16.000Z,no',
      't-3,Nothing Sold,0,0,0,0,,no,80,5,,,2026-11-23T03:25:16.000Z,no',
      '',
    ]);
  });

  it('records the thresholds and filters that produced the list', () => {
    const { csv } = portfolioCsv([rows[1] as PortfolioRow], {
      thresholds: { belowPercent: 62.5, ignoreSpare: 0 },
      service: 'o365',
      channel: 'reseller',
      processed,
    });
    expect(lines(csv)[1]).toBe(
      't-1,Contoso,100,99,1,0,99,no,62.5,0,o365,reseller,2026-11-23T03:25:16.000Z,no',
    );
  });

  it('names the file after the scope and the data date', () => {
    expect(portfolioCsv(rows, { thresholds, processed }).fileName).toBe(
      'license-portfolio_all_2026-11-23.csv',
    );
    expect(
      portfolioCsv(rows, { thresholds, service: 'o365', channel: 'reseller', processed }).fileName,
    ).toBe('license-portfolio_o365-reseller_2026-11-23.csv');
    // Only flagged customers in the file: its name says so.
    expect(portfolioCsv(rows, { thresholds, flaggedOnly: true, processed }).fileName).toBe(
      'license-portfolio_flagged_2026-11-23.csv',
    );
    expect(
      portfolioCsv(rows, { thresholds, service: 'o365', flaggedOnly: true, processed }).fileName,
    ).toBe('license-portfolio_o365-flagged_2026-11-23.csv');
    expect(portfolioCsv(rows, { thresholds, channel: 'direct', processed }).fileName).toBe(
      'license-portfolio_direct_2026-11-23.csv',
    );
  });

  it('says "undated" and leaves the date blank when the data has no date', () => {
    const { fileName, csv } = portfolioCsv([rows[1] as PortfolioRow], {
      thresholds,
      processed: null,
    });
    expect(fileName).toBe('license-portfolio_all_undated.csv');
    expect(lines(csv)[1]).toBe('t-1,Contoso,100,99,1,0,99,no,80,5,,,,no');
  });

  it('writes only the header for an empty list', () => {
    expect(lines(portfolioCsv([], { thresholds, processed }).csv)).toEqual([HEADER, '']);
  });

  it('neutralises a customer name that a spreadsheet would run, and quotes commas', () => {
    const { csv } = portfolioCsv(
      [row('t-9', '=HYPERLINK("http://evil")', 1, 1), row('t-8', 'Contoso, Ltd', 1, 1)],
      { thresholds, processed: null },
    );
    expect(lines(csv)[1]).toBe('t-9,"\'=HYPERLINK(""http://evil"")",1,1,0,0,100,no,80,5,,,,no');
    expect(lines(csv)[2]).toBe('t-8,"Contoso, Ltd",1,1,0,0,100,no,80,5,,,,no');
  });

  it('writes each customer’s own processing date and marks stale ones', () => {
    const old = new Date('2017-03-14T03:25:16Z');
    const stale = { ...row('t-5', 'Old', 1, 0), processed: old, stale: true };
    expect(lines(portfolioCsv([stale], { thresholds, processed }).csv)[1]).toBe(
      't-5,Old,1,0,1,0,0,no,80,5,,,2017-03-14T03:25:16.000Z,yes',
    );
  });
});
