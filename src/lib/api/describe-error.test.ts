import { ChunkLoadError } from '../lazy-module';

import { describeError, errorMeaning, isNothingThere } from './describe-error';
import { PartnerCenterError, type PartnerCenterErrorInit } from './partner-center-error';

const ids = { requestId: 'r', correlationId: 'c' };
const http = (status: number, code?: string, extra: Partial<PartnerCenterErrorInit> = {}) =>
  new PartnerCenterError({ kind: 'http', status, ...(code ? { code } : {}), ...ids, ...extra });

describe('what a failure means', () => {
  it.each([
    [http(404, '1000'), 'missing'],
    [http(404, '60003'), 'missing'],
    [http(400, '900118'), 'refused'],
    [http(400, '800002'), 'refused'],
    [http(403, '20002'), 'no-relationship'],
    [http(403, '900150'), 'role'],
    [http(403, '2032'), 'role'],
    [http(403), 'forbidden'],
    [http(401, '800001'), 'session'],
    [http(401, '900421'), 'mfa'],
    [http(401, '10001'), 'mfa'],
    [http(429), 'throttled'],
    [http(503, '800003'), 'unavailable'],
    [http(500), 'unavailable'],
    [new PartnerCenterError({ kind: 'timeout', ...ids }), 'timeout'],
    [new PartnerCenterError({ kind: 'shape', field: 'items', ...ids }), 'shape'],
    [new PartnerCenterError({ kind: 'auth', ...ids }), 'session'],
    [new ChunkLoadError(new TypeError('Failed to fetch')), 'chunk'],
    [new Error('boom'), 'unexpected'],
  ] as const)('%s → %s', (error, meaning) => {
    expect(errorMeaning(error)).toBe(meaning);
    expect(describeError(error).meaning).toBe(meaning);
  });

  it('tells a network failure apart from being offline', () => {
    const error = new PartnerCenterError({ kind: 'network', ...ids });
    expect(errorMeaning(error)).toBe('network');
    vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(false);
    expect(errorMeaning(error)).toBe('offline');
  });

  it('treats only "not found" and "refused" as nothing there, never an outage', () => {
    expect(isNothingThere(http(404))).toBe(true);
    expect(isNothingThere(http(400))).toBe(true);
    expect(isNothingThere(http(503))).toBe(false);
    expect(isNothingThere(http(403, '20002'))).toBe(false);
    expect(isNothingThere(undefined)).toBe(false);
  });

  it('offers the actions that fit', () => {
    expect(describeError(http(401, '900421')).actions).toEqual(['sign-in-mfa']);
    expect(describeError(http(404)).actions).toEqual(['back-to-customers']);
    expect(describeError(http(403, '900150')).actions).toEqual([]);
    expect(describeError(http(503)).actions).toEqual(['retry']);
  });
});
