// @vitest-environment node
// @ts-check
import { describe, expect, it } from 'vitest';

import { handlePartnerCenterRequest } from './core.js';
import { normalizeFault } from './faults.js';
import { SEED_CUSTOMER_ID } from './fixtures.js';

const deployment = `/v1/customers/${SEED_CUSTOMER_ID}/analytics/licenses/deployment`;

/** @param {import('./faults.js').FaultInput} fault */
const withFault = (fault) => {
  const response = handlePartnerCenterRequest(
    { method: 'GET', url: deployment, headers: { 'ms-correlationid': 'c-1' } },
    { fault },
  );
  return { ...response, json: JSON.parse(response.body) };
};

describe('fault shorthand by status', () => {
  it('throttles with Retry-After and the 429 body shape', () => {
    const response = withFault({ status: 429, retryAfter: 7 });
    expect(response.status).toBe(429);
    expect(response.headers['retry-after']).toBe('7');
    expect(response.json).toEqual({
      statusCode: 429,
      message: 'Rate limit is exceeded. Try again in 7 seconds.',
    });
  });

  it('gives each status its documented default code, unless one is given', () => {
    expect(withFault({ status: 503 })).toMatchObject({
      status: 503,
      json: { code: 800003, data: [], source: 'PartnerFD' },
    });
    expect(withFault({ status: 403 }).json.code).toBe(2032);
    expect(withFault({ status: 403, code: 900150 }).json.code).toBe(900150);
    expect(withFault({ status: 400 }).json.code).toBe(800002);
    expect(withFault({ status: 404, code: 60003 }).json.code).toBe(60003);
    expect(withFault({ status: 418 })).toMatchObject({ status: 418, json: { code: 800003 } });
  });

  it('answers 401 with WWW-Authenticate and keeps Partner Center headers on faults', () => {
    const response = withFault({ status: 401, code: 900421 });
    expect(response).toMatchObject({ status: 401, json: { code: 900421 } });
    expect(response.headers['www-authenticate']).toMatch(/^Bearer authorization_uri=/);
    expect(response.headers['ms-correlationid']).toBe('c-1');
    expect(response.headers['content-type']).toBe('application/json; charset=utf-8');
  });

  it('passes the explicit form through and refuses what is neither', () => {
    const explicit = /** @type {const} */ ({ kind: 'html', status: 502 });
    expect(normalizeFault(explicit)).toBe(explicit);
    expect(normalizeFault({ status: 'soon' })).toBeNull();
    expect(normalizeFault({ status: 42 })).toBeNull();
    expect(normalizeFault(null)).toBeNull();
  });
});
