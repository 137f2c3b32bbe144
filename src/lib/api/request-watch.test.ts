import { z } from 'zod/mini';

import {
  createTestClient,
  hangingResponse,
  jsonResponse,
  settle,
  type Responder,
} from '@/testing/test-client';

import type { RequestProgress } from './http-client';
import { PartnerCenterError } from './partner-center-error';

const schema = z.object({ ok: z.boolean() });

function setup(respond: Responder, timeoutMs = 30_000) {
  const { client, calls } = createTestClient(respond, { timeoutMs });
  const events: RequestProgress[] = [];
  client.onRequestProgress((progress) => events.push(progress));
  const states = () =>
    events.map((event) => `${event.state} ${event.attempt}/${event.maxAttempts}`);
  return { client, calls, events, states };
}

const answerAfter = (ms: number) => () =>
  new Promise<Response>((resolve) =>
    setTimeout(() => void jsonResponse(200, { ok: true }).then(resolve), ms),
  );

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('request progress (slow answers)', () => {
  it('says nothing about an answer within 5 s', async () => {
    const { client, states } = setup(answerAfter(4_999));
    const result = settle(client.get('/v1/customers', schema));
    await vi.advanceTimersByTimeAsync(5_000);
    expect(result.value).toEqual({ ok: true });
    expect(states()).toEqual([]);
  });

  it('says a request is slow after 5 s, and stops saying it when the answer comes', async () => {
    const { client, states } = setup(answerAfter(12_000));
    const result = settle(client.get('/v1/customers', schema));
    await vi.advanceTimersByTimeAsync(4_999);
    expect(states()).toEqual([]);
    await vi.advanceTimersByTimeAsync(1);
    expect(states()).toEqual(['slow 1/3']);
    await vi.advanceTimersByTimeAsync(7_000);
    expect(result.value).toEqual({ ok: true });
    expect(states()).toEqual(['slow 1/3', 'done 1/3']);
  });

  it('says which attempt follows each timeout, then gives up with the timeout', async () => {
    const { client, calls, states } = setup(hangingResponse);
    const result = settle(client.get('/v1/customers', schema));
    await vi.advanceTimersByTimeAsync(5_000);
    expect(states()).toEqual(['slow 1/3']);
    await vi.advanceTimersByTimeAsync(25_000);
    expect(states()).toEqual(['slow 1/3', 'timed-out 2/3']);
    // The second attempt (after a 500 ms backoff) times out too: the third is announced.
    await vi.advanceTimersByTimeAsync(30_500);
    expect(calls).toHaveLength(2);
    expect(states()).toEqual(['slow 1/3', 'timed-out 2/3', 'timed-out 3/3']);
    await vi.advanceTimersByTimeAsync(31_000);
    expect(result.error).toMatchObject({ kind: 'timeout', attempts: 3 });
    expect(states().at(-1)).toBe('done 3/3');
  });

  it('comes early enough with a short timeout (half of it)', async () => {
    const { client, states } = setup(hangingResponse, 4_000);
    settle(client.get('/v1/customers', schema));
    await vi.advanceTimersByTimeAsync(2_000);
    expect(states()).toEqual(['slow 1/3']);
    await vi.advanceTimersByTimeAsync(2_000);
    expect(states()).toEqual(['slow 1/3', 'timed-out 2/3']);
  });

  it('Cancel after a timeout stops the request at once with the timeout, nothing more sent', async () => {
    const { client, calls, events } = setup(hangingResponse);
    const result = settle(client.get('/v1/customers', schema));
    await vi.advanceTimersByTimeAsync(31_000);
    expect(calls).toHaveLength(2);
    events.at(-1)?.cancel();
    await vi.advanceTimersByTimeAsync(0);
    expect(result.error).toBeInstanceOf(PartnerCenterError);
    expect(result.error).toMatchObject({ kind: 'timeout', attempts: 2, requestId: 'req-1' });
    expect(events.at(-1)?.state).toBe('done');
    await vi.advanceTimersByTimeAsync(120_000);
    expect(calls).toHaveLength(2);
  });

  it('Cancel during the backoff before the next attempt stops it too', async () => {
    const { client, calls, events } = setup(hangingResponse);
    const result = settle(client.get('/v1/customers', schema));
    await vi.advanceTimersByTimeAsync(30_000);
    expect(events.at(-1)?.state).toBe('timed-out');
    events.at(-1)?.cancel();
    await vi.advanceTimersByTimeAsync(0);
    expect(result.error).toMatchObject({ kind: 'timeout', attempts: 1 });
    await vi.advanceTimersByTimeAsync(60_000);
    expect(calls).toHaveLength(1);
  });

  it('Cancel of a slow first attempt does not retry it', async () => {
    const { client, calls, events } = setup(hangingResponse);
    const result = settle(client.get('/v1/customers', schema));
    await vi.advanceTimersByTimeAsync(5_000);
    events[0]?.cancel();
    await vi.advanceTimersByTimeAsync(60_000);
    expect(result.error).toMatchObject({ kind: 'timeout', attempts: 1 });
    expect(calls).toHaveLength(1);
  });

  it('a view that goes away still aborts as before, without a timeout error', async () => {
    const { client, states } = setup(hangingResponse);
    const controller = new AbortController();
    const result = settle(client.get('/v1/customers', schema, { signal: controller.signal }));
    await vi.advanceTimersByTimeAsync(6_000);
    controller.abort();
    await vi.advanceTimersByTimeAsync(0);
    expect(result.error).toMatchObject({ name: 'AbortError' });
    expect(states()).toEqual(['slow 1/3', 'done 1/3']);
  });
});
