import { PartnerCenterError } from '@/lib/api/partner-center-error';

import {
  combineSnapshot,
  e1Gap,
  fromAnalytics,
  type DeploymentSnapshot,
} from './use-deployment-snapshot';

const httpError = (status: number) =>
  new PartnerCenterError({
    kind: 'http',
    status,
    code: String(status),
    requestId: 'r',
    correlationId: 'c',
  });

const query = <T>(data: T | undefined, error: unknown = null) => ({
  data,
  error,
  isError: error !== null,
  isRefetchError: data !== undefined && error !== null,
  refetch: vi.fn(),
});

const row = {
  productName: 'OFFICE 365 E3',
  serviceName: 'o365',
  channel: 'reseller',
  licensesSold: 5,
  licensesDeployed: 2,
};

describe('e1Gap', () => {
  it('is empty only for an empty answer with nothing skipped, missing for 404, refused for 400', () => {
    expect(e1Gap(query({ items: [], skipped: 0 }))).toBe('empty');
    expect(e1Gap(query({ items: [], skipped: 2 }))).toBeNull();
    expect(e1Gap(query({ items: [row], skipped: 0 }))).toBeNull();
    expect(e1Gap(query(undefined, httpError(404)))).toBe('missing');
    expect(e1Gap(query(undefined, httpError(400)))).toBe('refused');
    expect(e1Gap(query(undefined, httpError(503)))).toBeNull();
    expect(e1Gap(query(undefined))).toBeNull();
  });
});

describe('fromAnalytics', () => {
  it('maps E3 rows to E1’s shape and counts rows without a product name as unreadable', () => {
    expect(
      fromAnalytics(
        [
          { ...row, customerTenantId: 'c' },
          { ...row, productName: undefined },
        ],
        1,
      ),
    ).toEqual({
      items: [
        expect.objectContaining({
          productName: 'OFFICE 365 E3',
          licensesSold: 5,
          licensesDeployed: 2,
        }),
      ],
      skipped: 2,
    });
  });
});

describe('combineSnapshot', () => {
  const reported: DeploymentSnapshot = { items: [], skipped: 0, source: 'e1' };
  const analytics: DeploymentSnapshot = { items: [row], skipped: 0, source: 'e3', gap: 'missing' };

  it('passes E1 through when it has no gap', () => {
    const e1 = query({ items: [row], skipped: 0 });
    const result = combineSnapshot(e1, query(undefined), null, undefined, {
      ...reported,
      items: [row],
    });
    expect(result.data?.source).toBe('e1');
  });

  it('waits for E3 before saying anything when E1 has a gap', () => {
    const result = combineSnapshot(
      query(undefined, httpError(404)),
      query(undefined),
      'missing',
      undefined,
      undefined,
    );
    expect(result).toMatchObject({ data: undefined, isError: false });
  });

  it('shows E3 when it has rows, and E1’s own error when it has none either', () => {
    const e1 = query(undefined, httpError(404));
    const e3 = query({ requested: null, rows: [], skipped: 0 });
    expect(combineSnapshot(e1, e3, 'missing', analytics, undefined).data).toBe(analytics);
    const none = combineSnapshot(e1, e3, 'missing', { ...analytics, items: [] }, undefined);
    expect(none).toMatchObject({ data: undefined, isError: true, error: e1.error });
  });

  it('keeps E1’s empty answer when E3 failed, and Retry refetches both', async () => {
    const e1 = query({ items: [], skipped: 0 });
    const e3 = query(undefined, httpError(503));
    const result = combineSnapshot(e1, e3, 'empty', undefined, reported);
    expect(result.data).toBe(reported);
    await result.refetch();
    expect(e1.refetch).toHaveBeenCalled();
    expect(e3.refetch).toHaveBeenCalled();
  });
});
