import type { z } from 'zod/mini';

import {
  commercialDeploymentPath,
  E3_PATH,
  equalsFilter,
  getCommercialDeploymentPage,
} from './commercial-deployment';
import type { PartnerCenterClient } from './http-client';

// A client that answers every request with `body`, parsed by the schema it is given.
function fakeClient(body: unknown) {
  const get = vi.fn((_path: string, schema: z.ZodMiniType) => {
    const parsed = schema.safeParse(body);
    return parsed.success ? Promise.resolve(parsed.data) : Promise.reject(parsed.error);
  });
  const client = {
    baseUrl: 'https://api',
    get,
    linkToPath: (uri: string) => uri,
    onRetry: () => () => {},
  };
  return { client: client as unknown as PartnerCenterClient, get };
}

const page = (body: unknown) => getCommercialDeploymentPage(fakeClient(body).client, E3_PATH);

const goodRow = {
  customerTenantId: 't-1',
  customerName: 'Contoso',
  licensesSold: 10,
  licensesDeployed: 4,
  processedDateTime: '2026-11-23T03:25:16',
};

describe('E3 request path', () => {
  it('is the bare path without options', () => {
    expect(commercialDeploymentPath({})).toBe(E3_PATH);
  });

  it('encodes top, filter, groupby and the processed date', () => {
    const path = commercialDeploymentPath({
      top: 10_000,
      filter: "customerName eq 'O''Brien & Co'",
      groupby: ['customerTenantId', 'customerName'],
      processedDate: '2026-10-31',
    });
    const [base, search] = path.split('?');
    expect(base).toBe(E3_PATH);
    const params = new URLSearchParams(search);
    expect([...params]).toEqual([
      ['top', '10000'],
      ['filter', "customerName eq 'O''Brien & Co'"],
      ['groupby', 'customerTenantId,customerName'],
      ['processedDateTime', '2026-10-31'],
    ]);
    expect(search).not.toContain(' & ');
  });
});

describe('E3 filters', () => {
  it('joins clauses with and, skipping empty values', () => {
    expect(equalsFilter({ serviceName: 'o365', channel: '', customerTenantId: 't-1' })).toBe(
      "serviceName eq 'o365' and customerTenantId eq 't-1'",
    );
    expect(equalsFilter({ serviceName: undefined, channel: '' })).toBeUndefined();
  });

  it('doubles single quotes so a name cannot end the literal', () => {
    expect(equalsFilter({ customerName: "O'Brien" })).toBe("customerName eq 'O''Brien'");
  });
});

describe('E3 page', () => {
  it('reads rows, the next link and the total count', async () => {
    const { client, get } = fakeClient({
      Value: [goodRow],
      '@nextLink': '/v1/next',
      TotalCount: 3,
    });
    const result = await getCommercialDeploymentPage(client, '/v1/x');
    expect(get).toHaveBeenCalledWith('/v1/x', expect.anything(), { signal: undefined });
    expect(result).toMatchObject({ skipped: 0, nextLink: '/v1/next', totalCount: 3 });
    expect(result.rows).toEqual([
      {
        serviceName: '',
        channel: '',
        customerTenantId: 't-1',
        customerName: 'Contoso',
        licensesSold: 10,
        licensesDeployed: 4,
        processedDateTime: new Date('2026-11-23T03:25:16Z'),
      },
    ]);
  });

  it('accepts lower-case envelope names and a missing or null next link', async () => {
    expect(await page({ value: [goodRow], totalCount: '7' })).toMatchObject({
      nextLink: null,
      totalCount: 7,
    });
    expect((await page({ Value: [], '@nextLink': null })).nextLink).toBeNull();
  });

  it('reads counts written as text, skips and counts broken rows, ignores unknown fields', async () => {
    const result = await page({
      Value: [
        { ...goodRow, licensesSold: '12', extra: { nested: true } },
        { ...goodRow, licensesSold: 'twelve' },
        { ...goodRow, licensesDeployed: 2.5 },
      ],
    });
    expect(result.rows).toHaveLength(1);
    expect(result.rows[0]?.licensesSold).toBe(12);
    expect(result.rows[0]).not.toHaveProperty('extra');
    expect(result.skipped).toBe(2);
  });

  it('fails at Value when the envelope has no list of rows', async () => {
    await expect(page({ items: [goodRow] })).rejects.toMatchObject({
      issues: [expect.objectContaining({ path: ['Value'] })],
    });
    await expect(page({ Value: 'rows' })).rejects.toMatchObject({
      issues: [expect.objectContaining({ path: ['Value'] })],
    });
  });
});
