import type { CommercialDeploymentRow } from '@/lib/api/commercial-deployment';

import { foldPortfolioPage, mergeCustomerSeats } from './portfolio-fold';

const product = (
  customer: string | undefined,
  productId: string,
  sold: number,
  deployed: number,
  extra: Partial<CommercialDeploymentRow> = {},
): CommercialDeploymentRow => ({
  serviceName: 'o365',
  channel: 'reseller',
  customerTenantId: customer,
  customerName: customer ? `Name ${customer}` : undefined,
  productId,
  licensesSold: sold,
  licensesDeployed: deployed,
  ...extra,
});

const figures = (pages: CommercialDeploymentRow[][]) =>
  mergeCustomerSeats(pages.map(foldPortfolioPage)).map((c) => [
    c.id,
    c.sold,
    c.deployed,
    c.unused,
    c.overAssigned,
  ]);

describe('folding E3 rows into customers', () => {
  it('counts unused and over-assigned product by product, never netted', () => {
    // 10 sold / 4 deployed → 6 unused; 0 sold / 3 deployed → 3 over-assigned. Netted per
    // customer it would read 10 − 7 = 3 unused and hide the over-assignment.
    expect(figures([[product('t-1', 'a', 10, 4), product('t-1', 'b', 0, 3)]])).toEqual([
      ['t-1', 10, 7, 6, 3],
    ]);
  });

  it('adds up a customer whose products straddle two pages', () => {
    const pages = [
      [product('t-1', 'a', 10, 4), product('t-2', 'a', 5, 5)],
      [product('T-2', 'b', 2, 0), product('t-3', 'a', 1, 2)],
    ];
    expect(figures(pages)).toEqual([
      ['t-1', 10, 4, 6, 0],
      ['t-2', 7, 5, 2, 0],
      ['t-3', 1, 2, 0, 1],
    ]);
  });

  it('ignores a page served again under another link, and a product repeated in a page', () => {
    const page = [product('t-1', 'a', 10, 4), product('t-2', 'a', 5, 5)];
    expect(figures([page, [...page]])).toEqual([
      ['t-1', 10, 4, 6, 0],
      ['t-2', 5, 5, 0, 0],
    ]);
    expect(figures([[product('t-1', 'a', 10, 4), product('t-1', 'a', 10, 4)]])).toEqual([
      ['t-1', 10, 4, 6, 0],
    ]);
  });

  it('drops rows without a tenant id and falls back to the id for the name', () => {
    const [customer, ...rest] = mergeCustomerSeats([
      foldPortfolioPage([
        product(undefined, 'a', 10, 1),
        product('', 'a', 3, 3),
        { ...product('t-1', 'a', 10, 4), customerName: undefined },
      ]),
    ]);
    expect(rest).toEqual([]);
    expect(customer).toMatchObject({ id: 't-1', name: 't-1', unused: 6 });
  });

  it('keeps the oldest processing date of a customer’s rows', () => {
    const old = new Date('2017-03-14T03:25:16Z');
    const recent = new Date('2026-11-23T03:25:16Z');
    const [customer] = mergeCustomerSeats([
      foldPortfolioPage([product('t-1', 'a', 1, 1, { processedDateTime: recent })]),
      foldPortfolioPage([product('t-1', 'b', 1, 1, { processedDateTime: old })]),
    ]);
    expect(customer?.processed).toEqual(old);
  });
});
