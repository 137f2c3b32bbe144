import { createPartnerCenterClient, type PartnerCenterClientOptions } from '@/lib/api/http-client';

// The real HTTP client over a scripted fetch, for unit tests of its waits (fake timers):
// `respond` answers each call as it is sent, so parallel requests can be told apart by
// URL and order. Every call is recorded: what reached "Partner Center" is what counts.

export interface SentCall {
  url: string;
  headers: Headers;
  /** The status answered, once known (undefined while it hangs). */
  status?: number;
}

export type Responder = (call: SentCall, init: RequestInit | undefined) => Promise<Response>;

export function createTestClient(
  respond: Responder,
  options: Partial<PartnerCenterClientOptions> = {},
) {
  const calls: SentCall[] = [];
  let ids = 0;
  const fetchMock = async (input: RequestInfo | URL, init?: RequestInit) => {
    const call: SentCall = { url: String(input), headers: new Headers(init?.headers) };
    calls.push(call);
    const response = await respond(call, init);
    call.status = response.status;
    return response;
  };
  const client = createPartnerCenterClient({
    baseUrl: '/pc-api',
    scope: 'https://api.partnercenter.microsoft.com/user_impersonation',
    timeoutMs: 30_000,
    getLocale: () => 'en-US',
    getCorrelationId: () => 'corr-1',
    newId: () => `req-${++ids}`,
    random: () => 0,
    fetch: fetchMock as typeof fetch,
    auth: {
      mode: 'msal',
      getAccessToken: () => Promise.resolve('token'),
      signInAgain: () => Promise.resolve(),
    },
    ...options,
  });
  return { client, calls };
}

export function jsonResponse(status: number, body: unknown, headers: Record<string, string> = {}) {
  return Promise.resolve(
    new Response(JSON.stringify(body), {
      status,
      headers: { 'content-type': 'application/json', ...headers },
    }),
  );
}

export const throttledResponse = (retryAfter: number) =>
  jsonResponse(
    429,
    { statusCode: 429, message: `Rate limit is exceeded. Try again in ${retryAfter} seconds.` },
    { 'Retry-After': String(retryAfter) },
  );

/** Like fetch against a server that never answers: rejects only when its signal aborts. */
export function hangingResponse(_call: SentCall, init: RequestInit | undefined): Promise<Response> {
  return new Promise((_resolve, reject) =>
    init?.signal?.addEventListener('abort', () =>
      reject(new DOMException('aborted', 'AbortError')),
    ),
  );
}

/** Collects a promise's outcome without an unhandled rejection while timers advance. */
export function settle<T>(promise: Promise<T>) {
  const outcome: { value?: T; error?: unknown; done: boolean } = { done: false };
  promise.then(
    (value) => Object.assign(outcome, { value, done: true }),
    (error: unknown) => Object.assign(outcome, { error, done: true }),
  );
  return outcome;
}
