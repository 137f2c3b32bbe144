import { z } from 'zod/mini';

import {
  createTestClient,
  jsonResponse,
  settle,
  throttledResponse,
  type Responder,
} from '@/testing/test-client';

import type { ThrottleNotice } from './http-client';
import { PartnerCenterError } from './partner-center-error';

const schema = z.object({ ok: z.boolean() });
const analytics = (n: number) => `/v1/customers/c-${n}/analytics/licenses/deployment`;
const ok = () => jsonResponse(200, { ok: true });

function setup(respond: Responder) {
  const { client, calls } = createTestClient(respond);
  const closed: (readonly ThrottleNotice[])[] = [];
  client.onThrottle((notices) => closed.push(notices));
  const statuses = () => calls.map((call) => call.status);
  return { client, calls, statuses, closed: () => closed.at(-1) ?? [] };
}

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('throttle gate per endpoint family', () => {
  it('holds the family’s other requests at the gate after one 429, then sends them all', async () => {
    let first = true;
    const { client, calls, statuses, closed } = setup(() => {
      if (!first) return ok();
      first = false;
      return throttledResponse(10);
    });
    const throttled = settle(client.get(analytics(0), schema));
    await vi.advanceTimersByTimeAsync(0);
    const others = [1, 2, 3, 4].map((n) => settle(client.get(analytics(n), schema)));
    await vi.advanceTimersByTimeAsync(9_999);
    expect(statuses()).toEqual([429]);
    expect(closed()).toMatchObject([{ family: 'customer-analytics' }]);
    await vi.advanceTimersByTimeAsync(1);
    expect(statuses()).toEqual([429, 200, 200, 200, 200, 200]);
    expect([throttled, ...others].map((outcome) => outcome.value)).toEqual(
      Array(5).fill({ ok: true }),
    );
    expect(closed()).toEqual([]);
    // Each request kept its own MS-RequestId through the wait.
    expect(calls[1]?.headers.get('MS-RequestId')).toBe('req-1');
  });

  it('shows one countdown for the family when several requests in flight get 429', async () => {
    const answered: Promise<Response>[] = [];
    const { client, statuses, closed } = setup(() => {
      const response = answered.length < 3 ? throttledResponse(10) : ok();
      answered.push(response);
      return response;
    });
    const all = [0, 1, 2].map((n) => settle(client.get(analytics(n), schema)));
    await vi.advanceTimersByTimeAsync(0);
    expect(statuses()).toEqual([429, 429, 429]);
    expect(closed()).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(10_000);
    expect(statuses()).toEqual([429, 429, 429, 200, 200, 200]);
    expect(all.every((outcome) => outcome.value !== undefined)).toBe(true);
  });

  it('does not hold another family', async () => {
    const { client, statuses } = setup((call) =>
      call.url.includes('/v1/customers/c-') ? throttledResponse(60) : ok(),
    );
    const held = settle(client.get(analytics(0), schema));
    await vi.advanceTimersByTimeAsync(0);
    await expect(client.get('/v1/customers?size=50', schema)).resolves.toEqual({ ok: true });
    await expect(
      client.get('/v1/analytics/commercial/deployment/license', schema),
    ).resolves.toEqual({ ok: true });
    expect(statuses()).toEqual([429, 200, 200]);
    expect(held.done).toBe(false);
  });

  it('Cancel fails the whole queue at once and sends nothing more until the gate reopens', async () => {
    let first = true;
    const { client, calls, closed } = setup(() => {
      if (!first) return ok();
      first = false;
      return throttledResponse(30);
    });
    const throttled = settle(client.get(analytics(0), schema));
    await vi.advanceTimersByTimeAsync(0);
    const waiting = [1, 2, 3].map((n) => settle(client.get(analytics(n), schema)));
    await vi.advanceTimersByTimeAsync(1000);
    closed()[0]?.cancel();
    await vi.advanceTimersByTimeAsync(0);
    for (const outcome of [throttled, ...waiting]) {
      expect(outcome.error).toBeInstanceOf(PartnerCenterError);
      expect(outcome.error).toMatchObject({ status: 429, retryAfterSeconds: 30 });
    }
    expect(waiting[0]?.error).toMatchObject({ requestId: 'req-2', attempts: 0 });
    expect(closed()).toEqual([]);
    // Arriving while the gate would still be closed: refused without being sent.
    await expect(client.get(analytics(4), schema)).rejects.toMatchObject({ status: 429 });
    expect(calls).toHaveLength(1);
    // Once the wait Partner Center asked for is over, requests go out again.
    await vi.advanceTimersByTimeAsync(29_000);
    await expect(client.get(analytics(5), schema)).resolves.toEqual({ ok: true });
    expect(calls).toHaveLength(2);
  });

  it('lets one waiter leave (its view unmounted) without touching the others', async () => {
    let first = true;
    const { client, statuses } = setup(() => {
      if (!first) return ok();
      first = false;
      return throttledResponse(10);
    });
    const throttled = settle(client.get(analytics(0), schema));
    await vi.advanceTimersByTimeAsync(0);
    const leaving = new AbortController();
    const gone = settle(client.get(analytics(1), schema, { signal: leaving.signal }));
    const staying = settle(client.get(analytics(2), schema));
    leaving.abort();
    await vi.advanceTimersByTimeAsync(0);
    expect(gone.error).toMatchObject({ name: 'AbortError' });
    expect(staying.done).toBe(false);
    await vi.advanceTimersByTimeAsync(10_000);
    expect(statuses()).toEqual([429, 200, 200]);
    expect([throttled.value, staying.value]).toEqual([{ ok: true }, { ok: true }]);
  });

  it('counts a sibling’s throttle waits against a request’s budget, not its attempts', async () => {
    const { client, calls } = setup(() => throttledResponse(1));
    const first = settle(client.get(analytics(0), schema));
    await vi.advanceTimersByTimeAsync(0);
    const second = settle(client.get(analytics(1), schema));
    await vi.advanceTimersByTimeAsync(10_000);
    // The first: four attempts, three waits, as when alone. The second waited once for the
    // first's 429, then three times for 429s of its own: three sends, its budget spent.
    expect(first.error).toMatchObject({ status: 429, attempts: 4, requestId: 'req-1' });
    expect(second.error).toMatchObject({ status: 429, attempts: 3, requestId: 'req-2' });
    expect(calls.filter((call) => call.headers.get('MS-RequestId') === 'req-2')).toHaveLength(3);
    expect(calls).toHaveLength(7);
  });
});
