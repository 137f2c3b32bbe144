// @vitest-environment node
import { describe, expect, it } from 'vitest';

import { deploymentRows } from './analytics-rows.js';
import { handlePartnerCenterRequest } from './core.js';
import { getDefaultDataset } from './dataset.js';
import { EDGE_CUSTOMERS, SEED_CUSTOMER_ID } from './fixtures.js';
import { licensesAt, snapshotDates, snapshotIndexFor, utcDateOf } from './history.js';

const E3 = '/v1/analytics/commercial/deployment/license';
/** @param {string} query */
const e3 = (query) => {
  const response = handlePartnerCenterRequest({
    method: 'GET',
    url: `${E3}?${query}`,
    headers: {},
  });
  return { status: response.status, json: JSON.parse(response.body) };
};
const dataset = getDefaultDataset();
/** @param {string} id */
const customer = (id) => {
  const found = dataset.byId.get(id);
  if (!found) throw new Error(id);
  return found;
};

describe('snapshots', () => {
  it('are the latest processing and the ends of the 23 previous months, newest first', () => {
    const dates = snapshotDates();
    expect(dates).toHaveLength(24);
    expect(dates.slice(0, 4)).toEqual([
      '2026-11-23T03:25:16',
      '2026-10-31T03:25:16',
      '2026-09-30T03:25:16',
      '2026-08-31T03:25:16',
    ]);
    expect(dates).toContain('2026-02-28T03:25:16');
    expect(dates.at(-1)).toBe('2024-12-31T03:25:16');
  });

  it.each([
    ['2026-11-23', 0],
    ['2030-01-01', 0],
    ['2026-11-22T23:59:59', 1],
    ['2026-10-31', 1],
    ['2026-10-31T00:00:00', 1],
    ['2026-10-31T23:59:59Z', 1],
    ['2026-10-30', 2],
    ['2026-11-01T01:00:00+02:00', 1], // 2026-10-31 23:00 UTC
    ['2026-10-31T22:00:00-03:00', 1], // 2026-11-01 01:00 UTC
    ['2024-12-31', 23],
  ])('picks the newest snapshot whose UTC date is on or before %s', (requested, expected) => {
    expect(snapshotIndexFor(requested)).toEqual({ index: expected });
  });

  it('refuses dates before the retention period and unparseable dates', () => {
    expect(snapshotIndexFor('2024-12-30')).toMatchObject({
      error: expect.stringContaining('outside the 24-month retention period'),
    });
    for (const bad of ['yesterday', '2026-02-30', '2026-13-01', '2026-10-31T25:00:00', ''])
      expect(snapshotIndexFor(bad)).toHaveProperty('error');
    expect(utcDateOf('2026-10-31T23:30:00-01:00')).toBe('2026-11-01');
  });
});

describe('history of a customer', () => {
  const regular = dataset.customers.filter((c) => c.licenses.length > 5 && !c.fault).slice(0, 60);

  it('keeps the latest rows exactly as E1 has them', () => {
    for (const c of regular) expect(licensesAt(c, 0)).toBe(c.licenses);
  });

  it('never goes negative, and over-assigns only as much as today does', () => {
    /** @type {string[]} */
    const wrong = [];
    for (const c of [...regular, customer(EDGE_CUSTOMERS.edgeCases)]) {
      const now = new Map(c.licenses.map((l) => [l.productId, l]));
      for (let back = 1; back < 24; back++) {
        for (const past of licensesAt(c, back)) {
          const today = now.get(past.productId);
          const overage = Math.max(0, (today?.licensesDeployed ?? 0) - (today?.licensesSold ?? 0));
          if (
            past.licensesSold < 0 ||
            past.licensesDeployed < 0 ||
            past.licensesDeployed - past.licensesSold > overage
          )
            wrong.push(`${c.id} ${past.productName} ${back}`);
        }
      }
    }
    expect(wrong).toEqual([]);
  });

  it('moves believably: purchases, a few declines, products that appear later', () => {
    const pairs = regular.flatMap((c) => {
      const old = new Map(licensesAt(c, 23).map((l) => [l.productId, l]));
      return c.licenses.map((now) => ({ now, old: old.get(now.productId) }));
    });
    const absent = pairs.filter((p) => !p.old).length;
    const grew = pairs.filter((p) => p.old && p.old.licensesSold < p.now.licensesSold).length;
    const declined = pairs.filter((p) => p.old && p.old.licensesSold > p.now.licensesSold).length;
    expect(absent / pairs.length).toBeGreaterThan(0.1);
    expect(grew / pairs.length).toBeGreaterThan(0.4);
    expect(declined).toBeGreaterThan(0);
    expect(declined).toBeLessThan(grew);
  });

  it('does not depend on call order', () => {
    const c = customer(EDGE_CUSTOMERS.twoHundredProducts);
    const late = JSON.stringify(licensesAt(c, 12));
    licensesAt(c, 3);
    licensesAt(customer(EDGE_CUSTOMERS.edgeCases), 12);
    expect(JSON.stringify(licensesAt(c, 12))).toBe(late);
  });

  it('leaves out the seed customer and the customers whose calls fail', () => {
    expect(licensesAt(customer(SEED_CUSTOMER_ID), 1)).toEqual([]);
    expect(licensesAt(customer(EDGE_CUSTOMERS.noRelationship), 1)).toEqual([]);
    expect(licensesAt(customer(EDGE_CUSTOMERS.edgeCases), 1).length).toBeGreaterThan(0);
    expect(licensesAt(customer(EDGE_CUSTOMERS.fiveThousandProducts), 1).length).toBeGreaterThan(
      1000,
    );
  });
});

describe('E3 processedDateTime', () => {
  const edge = `filter=${encodeURIComponent(`customerTenantId eq '${EDGE_CUSTOMERS.edgeCases}'`)}`;

  it('answers the latest data for a date on or after the latest processing', () => {
    expect(e3(`${edge}&processedDateTime=2026-11-30`).json).toEqual(e3(edge).json);
  });

  it('answers a past snapshot with its processedDateTime and historyRows values', () => {
    const page = e3(`${edge}&processedDateTime=2026-06-15T10:00:00Z`);
    expect(page.status).toBe(200);
    // The newest snapshot on or before 2026-06-15 is the end of May, 6 snapshots back.
    const expected = licensesAt(customer(EDGE_CUSTOMERS.edgeCases), 6);
    expect(page.json.TotalCount).toBe(expected.length);
    expect(page.json.Value[0].processedDateTime).toBe('2026-05-31T03:25:16');
    expect(page.json.Value.map((/** @type {any} */ r) => r.licensesSold)).toEqual(
      expected.map((l) => l.licensesSold),
    );
    expect(deploymentRows(dataset, 6).some((r) => r.customerTenantId === SEED_CUSTOMER_ID)).toBe(
      false,
    );
  });

  it('groups a past snapshot too', () => {
    const grouped = e3('groupby=serviceName&processedDateTime=2025-06-30').json.Value;
    const rows = deploymentRows(dataset, 17);
    expect(grouped.find((/** @type {any} */ g) => g.serviceName === 'crm')).toEqual({
      serviceName: 'crm',
      licensesDeployed: rows
        .filter((r) => r.serviceName === 'crm')
        .reduce((s, r) => s + r.licensesDeployed, 0),
      licensesSold: rows
        .filter((r) => r.serviceName === 'crm')
        .reduce((s, r) => s + r.licensesSold, 0),
    });
  });

  it.each([['2024-12-30'], ['not-a-date']])('answers 400 800002 for %s', (date) => {
    expect(e3(`processedDateTime=${date}`)).toMatchObject({
      status: 400,
      json: { code: 800002 },
    });
  });
});
