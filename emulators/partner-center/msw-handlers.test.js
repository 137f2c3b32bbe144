// @vitest-environment node
// @ts-check
import { setupServer } from 'msw/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { createDataset } from './dataset.js';
import { SEED_CUSTOMER_ID } from './fixtures.js';
import { createPartnerCenterHandlers } from './msw-handlers.js';

// The MSW adapter in Node, as the app's integration tests use it: absolute and relative
// base URLs, the path below the base handed to the core with its query intact.

const server = setupServer(
  ...createPartnerCenterHandlers({ baseUrl: 'http://LOCALHOST/pc-api/' }),
  ...createPartnerCenterHandlers({
    baseUrl: '/other-api',
    dataset: createDataset({ seed: 7, customerCount: 5 }),
  }),
);
/** @type {string[]} */
const unhandled = [];
beforeAll(() =>
  server.listen({ onUnhandledRequest: (request) => void unhandled.push(request.url) }),
);
afterAll(() => server.close());

describe('MSW adapter', () => {
  it('serves E1 under an absolute base, with the core headers', async () => {
    const response = await fetch(
      `http://localhost/pc-api/v1/Customers/${SEED_CUSTOMER_ID}/Analytics/licenses/Deployment`,
      { headers: { 'MS-CorrelationId': 'corr-9' } },
    );
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(response.headers.get('ms-correlationid')).toBe('corr-9');
    expect((await response.json()).totalCount).toBe(3);
  });

  it('keeps the query string, + included, and relays paging headers', async () => {
    const filter = encodeURIComponent(
      JSON.stringify({ Field: 'CompanyName', Value: 'DT DEMO', Operator: 'starts_with' }),
    ).replace(/%20/g, '+');
    const search = await fetch(`http://localhost/pc-api/v1/customers?size=5&filter=${filter}`);
    expect((await search.json()).items[0].id).toBe(SEED_CUSTOMER_ID);

    const first = await (await fetch('http://localhost/pc-api/v1/customers?size=2')).json();
    const next = first.links.next;
    const second = await fetch(`http://localhost/pc-api${next.uri}`, {
      headers: { [next.headers[0].key]: next.headers[0].value },
    });
    expect(second.status).toBe(200);
    expect((await second.json()).items[0].id).not.toBe(first.items[0].id);
  });

  it('answers faults as the core does', async () => {
    const response = await fetch('http://localhost/pc-api/v1/customers/nope');
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ code: 900118, source: 'PartnerFD' });
  });

  it('matches a relative base on any origin in Node, with its own dataset', async () => {
    const response = await fetch('http://127.0.0.1:9/other-api/v1/customers?size=500');
    expect((await response.json()).items).toHaveLength(5 + 10); // 5 + seed, edge and not-yet-processed customers
  });

  it('leaves requests outside the base alone', async () => {
    // Another origin, then a path that only shares the prefix's characters: both go to the
    // network (port 9 is closed), neither reaches the emulator.
    await expect(fetch('http://localhost:9/pc-api/v1/customers')).rejects.toThrow();
    await expect(fetch('http://localhost:9/other-apix/v1/customers')).rejects.toThrow();
    expect(unhandled).toEqual([
      'http://localhost:9/pc-api/v1/customers',
      'http://localhost:9/other-apix/v1/customers',
    ]);
  });
});
