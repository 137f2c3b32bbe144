import { z } from 'zod/mini';

import type { AuthClient } from '../auth/auth-client';

import { createPartnerCenterClient, type ThrottleNotice } from './http-client';
import { PartnerCenterError } from './partner-center-error';

const schema = z.object({ ok: z.boolean() });

interface Call {
  url: string;
  headers: Headers;
}

function setup(
  responses: ((init?: RequestInit) => Response | Promise<Response>)[],
  auth: Partial<AuthClient> = {},
  baseUrl = '/pc-api',
) {
  const calls: Call[] = [];
  const tokens: boolean[] = [];
  let ids = 0;
  const fetchMock = vi.fn((input: RequestInfo | URL, init?: RequestInit) => {
    calls.push({ url: String(input), headers: new Headers(init?.headers) });
    const next = responses.shift();
    if (!next) throw new Error('unexpected extra request');
    return Promise.resolve(next(init));
  });
  const client = createPartnerCenterClient({
    baseUrl,
    scope: 'https://api.partnercenter.microsoft.com/user_impersonation',
    timeoutMs: 30_000,
    getLocale: () => 'fr-FR',
    getCorrelationId: () => 'corr-1',
    newId: () => `req-${++ids}`,
    random: () => 0,
    fetch: fetchMock as typeof fetch,
    auth: {
      mode: 'msal',
      getAccessToken: ({ forceRefresh }) => {
        tokens.push(forceRefresh);
        return Promise.resolve(forceRefresh ? 'fresh-token' : 'cached-token');
      },
      signInAgain: () => Promise.resolve(),
      ...auth,
    },
  });
  return { client, calls, tokens };
}

const json =
  (status: number, body: unknown, headers: Record<string, string> = {}) =>
  () =>
    new Response(JSON.stringify(body), {
      status,
      headers: { 'content-type': 'application/json', ...headers },
    });

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('Partner Center HTTP client', () => {
  it('sends the Partner Center headers and the token only to the API base', async () => {
    const { client, calls } = setup([json(200, { ok: true })]);
    await expect(client.get('/v1/customers?size=1', schema)).resolves.toEqual({ ok: true });
    const headers = calls[0]!.headers;
    expect(calls[0]!.url).toBe('/pc-api/v1/customers?size=1');
    expect(headers.get('Authorization')).toBe('Bearer cached-token');
    expect(headers.get('Accept')).toBe('application/json');
    expect(headers.get('MS-RequestId')).toBe('req-1');
    expect(headers.get('MS-CorrelationId')).toBe('corr-1');
    expect(headers.get('X-Locale')).toBe('fr-FR');
    expect(headers.get('MS-PartnerCenter-Application')).toBe('License Insights');
  });

  it('refuses paths outside the API and headers a paging link may not set', async () => {
    const { client, calls } = setup([json(200, { ok: true })]);
    await expect(client.get('https://evil.example/v1/x', schema)).rejects.toThrow(
      /Not a Partner Center API path/,
    );
    await client.get('/v1/customers', schema, {
      linkHeaders: [
        { key: 'MS-ContinuationToken', value: 'abc' },
        { key: 'Authorization', value: 'Bearer stolen' },
      ],
    });
    expect(calls[0]!.headers.get('MS-ContinuationToken')).toBe('abc');
    expect(calls[0]!.headers.get('Authorization')).toBe('Bearer cached-token');
  });

  it('resolves paging links against the configured base, not the link host', () => {
    const { client } = setup([]);
    const from = { requestId: 'req-9', correlationId: 'corr-1' };
    expect(client.linkToPath('/v1/customers?size=50&seekOperation=Next', from)).toBe(
      '/v1/customers?size=50&seekOperation=Next',
    );
    expect(
      client.linkToPath('https://api.partnercenter.microsoft.com/v1/customers?x=1', from),
    ).toBe('/v1/customers?x=1');
    expect(() => client.linkToPath('/elsewhere', from)).toThrow(
      expect.objectContaining({ kind: 'paging', code: 'unsafe-link', requestId: 'req-9' }),
    );
  });

  const HOSTILE_PATHS = [
    '/v1/../../evil',
    '/v1/%2e%2e/%2e%2e/config.json',
    '/v1/%2E%2E/%2E%2E/config.json',
    '/v1/.%2e/.%2E/evil',
    '/v1/..%2fevil',
    '/v1/%2fevil',
    '/v1/..\\..\\evil',
    '/v1/.\t./.\n./evil',
    '/v1/./../evil',
  ];
  const BASES = [
    '/pc-api',
    'https://api.partnercenter.microsoft.com',
    'https://gateway.example/partner-center',
  ];

  it.each(BASES)('sends no request and no token for a path that escapes %s', async (base) => {
    const { client, calls } = setup([], {}, base);
    for (const path of HOSTILE_PATHS) {
      await expect(client.get(path, schema)).rejects.toThrow(/Not a Partner Center API path/);
    }
    expect(calls).toEqual([]);
  });

  it('retries a 503 with backoff, at most 3 attempts, keeping the same MS-RequestId', async () => {
    const { client, calls } = setup([
      json(503, { code: 800003, description: 'busy' }),
      json(503, { code: 800003, description: 'busy' }),
      json(503, { code: 800003, description: 'busy' }),
    ]);
    const result = client.get('/v1/customers', schema).catch((error: unknown) => error);
    await vi.advanceTimersByTimeAsync(499);
    expect(calls).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(calls).toHaveLength(2);
    await vi.advanceTimersByTimeAsync(1000);
    expect(calls).toHaveLength(3);
    const error = (await result) as PartnerCenterError;
    expect(error).toBeInstanceOf(PartnerCenterError);
    expect(error).toMatchObject({ status: 503, code: '800003', attempts: 3, requestId: 'req-1' });
    expect(new Set(calls.map((call) => call.headers.get('MS-RequestId')))).toEqual(
      new Set(['req-1']),
    );
  });

  it('uses a new MS-RequestId for a new request', async () => {
    const { client, calls } = setup([json(200, { ok: true }), json(200, { ok: true })]);
    await client.get('/v1/customers', schema);
    await client.get('/v1/customers', schema);
    expect(calls.map((call) => call.headers.get('MS-RequestId'))).toEqual(['req-1', 'req-2']);
  });

  it('waits Retry-After on a 429 before asking again, and announces the wait', async () => {
    const { client, calls } = setup([
      json(
        429,
        { statusCode: 429, message: 'Rate limit is exceeded. Try again in 12 seconds.' },
        { 'Retry-After': '12' },
      ),
      json(200, { ok: true }),
    ]);
    const notices: (readonly ThrottleNotice[])[] = [];
    client.onThrottle((closed) => notices.push(closed));
    const result = client.get('/v1/customers', schema);
    await vi.advanceTimersByTimeAsync(11_999);
    expect(calls).toHaveLength(1);
    expect(notices.at(-1)).toMatchObject([{ family: 'customers', reopensAt: Date.now() + 1 }]);
    await vi.advanceTimersByTimeAsync(1);
    await expect(result).resolves.toEqual({ ok: true });
    expect(calls).toHaveLength(2);
  });

  it('caps a huge Retry-After at 120 s', async () => {
    const { client } = setup([json(429, {}, { 'Retry-After': '3600' }), json(200, { ok: true })]);
    const start = Date.now();
    const notices: (readonly ThrottleNotice[])[] = [];
    client.onThrottle((closed) => notices.push(closed));
    const result = client.get('/v1/customers', schema);
    await vi.advanceTimersByTimeAsync(120_000);
    await expect(result).resolves.toEqual({ ok: true });
    expect(notices[1]![0]!.reopensAt).toBe(start + 120_000);
  });

  it('lets the user cancel a throttling wait', async () => {
    const { client, calls } = setup([
      json(429, { statusCode: 429, message: 'slow down' }, { 'Retry-After': '30' }),
    ]);
    client.onThrottle((closed) => closed.forEach((notice) => notice.cancel()));
    await expect(client.get('/v1/customers', schema)).rejects.toMatchObject({
      status: 429,
      description: 'slow down',
    });
    expect(calls).toHaveLength(1);
  });

  it('forces one token refresh and one retry on a 401', async () => {
    const { client, calls, tokens } = setup([json(401, { code: 800001 }), json(200, { ok: true })]);
    await expect(client.get('/v1/customers', schema)).resolves.toEqual({ ok: true });
    expect(tokens).toEqual([false, true]);
    expect(calls[1]!.headers.get('Authorization')).toBe('Bearer fresh-token');
  });

  it('gives up after the refreshed token is refused too', async () => {
    const { client, calls } = setup([json(401, { code: 800001 }), json(401, { code: 800001 })]);
    await expect(client.get('/v1/customers', schema)).rejects.toMatchObject({ status: 401 });
    expect(calls).toHaveLength(2);
  });

  it.each([
    ['MFA 900421', 401, 900421],
    ['MFA 10001', 401, 10001],
    ['role 900150', 403, 900150],
    ['relationship 20002', 403, 20002],
    ['not found', 404, 60003],
    ['bad request', 400, 800002],
  ])('never retries %s', async (_name, status, code) => {
    const { client, calls } = setup([
      json(status, { code, description: 'x', source: 'PartnerFD' }),
    ]);
    await expect(client.get('/v1/customers', schema)).rejects.toMatchObject({
      status,
      code: String(code),
      source: 'PartnerFD',
    });
    expect(calls).toHaveLength(1);
  });

  it('keeps a non-JSON error body as text', async () => {
    const { client } = setup([() => new Response('<html>Bad gateway</html>', { status: 400 })]);
    await expect(client.get('/v1/customers', schema)).rejects.toMatchObject({
      status: 400,
      rawBody: '<html>Bad gateway</html>',
    });
  });

  it('reports the field of a payload that does not fit', async () => {
    const { client } = setup([json(200, { ok: 'yes' })]);
    await expect(client.get('/v1/customers', schema)).rejects.toMatchObject({
      kind: 'shape',
      field: 'ok',
    });
  });

  // Like fetch: never answers, rejects when its signal aborts.
  const hang = (init?: RequestInit) =>
    new Promise<Response>((_resolve, reject) =>
      init?.signal?.addEventListener('abort', () =>
        reject(new DOMException('aborted', 'AbortError')),
      ),
    );

  it('times out a request that hangs, then retries it with backoff', async () => {
    const { client, calls } = setup([hang, json(200, { ok: true })]);
    const result = client.get('/v1/customers', schema);
    await vi.advanceTimersByTimeAsync(30_000);
    expect(calls).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(500);
    expect(calls).toHaveLength(2);
    await expect(result).resolves.toEqual({ ok: true });
  });

  it('reports a timeout after three hanging attempts', async () => {
    const { client, calls } = setup([hang, hang, hang]);
    const result = client.get('/v1/customers', schema).catch((error: unknown) => error);
    await vi.advanceTimersByTimeAsync(3 * 30_000 + 1500);
    expect(await result).toMatchObject({ kind: 'timeout', attempts: 3 });
    expect(calls).toHaveLength(3);
  });

  it('stops at once when the caller aborts (navigating away)', async () => {
    const { client, calls } = setup([hang]);
    const controller = new AbortController();
    const result = client
      .get('/v1/customers', schema, { signal: controller.signal })
      .catch((error: unknown) => error);
    controller.abort();
    expect(await result).not.toBeInstanceOf(PartnerCenterError);
    expect(calls).toHaveLength(0);
  });

  it('cancels a request in flight without retrying it', async () => {
    const { client, calls } = setup([hang, hang]);
    const controller = new AbortController();
    const result = client
      .get('/v1/customers', schema, { signal: controller.signal })
      .catch((error: unknown) => error);
    await vi.advanceTimersByTimeAsync(10);
    expect(calls).toHaveLength(1);
    controller.abort();
    expect(await result).toMatchObject({ name: 'AbortError' });
    await vi.advanceTimersByTimeAsync(60_000);
    expect(calls).toHaveLength(1);
  });

  it('wraps a token failure as a sign-in problem without the MSAL message', async () => {
    const { client } = setup([], {
      getAccessToken: () =>
        Promise.reject(
          Object.assign(new Error('user@contoso details'), { errorCode: 'no_account' }),
        ),
    });
    const error = (await client
      .get('/v1/customers', schema)
      .catch((e: unknown) => e)) as PartnerCenterError;
    expect(error).toMatchObject({ kind: 'auth', code: 'no_account' });
    expect(error.message).not.toContain('user@contoso');
  });
});
