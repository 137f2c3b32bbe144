import type { z } from 'zod/mini';

import type { AuthClient } from '../auth/auth-client';

import { isUnderBase, linkToApiPath, parseApiBase, safeApiPath } from './api-url';
import { PartnerCenterError, parseFaultBody, parseRetryAfter } from './partner-center-error';
import { decideRetry, type RetryDecision } from './retry-policy';
import { describeZodIssue } from './schema-helpers';

// The one place that talks HTTP to Partner Center: URLs, headers, tokens, error parsing,
// timeouts and retries. Query functions only say which path and which schema.

export const APPLICATION_NAME = 'License Insights';

export interface RetryNotice {
  requestId: string;
  reason: Extract<RetryDecision, { retry: true }>['reason'];
  delayMs: number;
  /** Wall-clock time the next attempt starts. */
  retryAt: number;
  /** Gives up waiting: the request fails with its last error. */
  cancel(): void;
}

export interface PartnerCenterClientOptions {
  baseUrl: string;
  scope: string;
  auth: AuthClient;
  getLocale(): string;
  getCorrelationId(): string;
  timeoutMs: number;
  fetch?: typeof fetch;
  random?: () => number;
  newId?: () => string;
}

/** The ids a request carries: what support needs, and what a paging error quotes. */
export interface RequestIds {
  requestId: string;
  correlationId: string;
}

export interface RequestOptions {
  signal?: AbortSignal;
  /** Told the request's ids before it is sent (a paging walk quotes them if its link is bad). */
  onIds?: (ids: RequestIds) => void;
  /** Extra headers from a paging link; only MS-ContinuationToken is honoured. */
  linkHeaders?: readonly { key: string; value: string }[];
}

export interface PartnerCenterClient {
  readonly baseUrl: string;
  get<S extends z.ZodMiniType>(
    path: string,
    schema: S,
    options?: RequestOptions,
  ): Promise<z.output<S>>;
  /**
   * Turns an API link (`/v1/customers?...`) into a path this client accepts, or throws a
   * 'paging' error (code 'unsafe-link') quoting `from`, the request whose answer sent it.
   */
  linkToPath(uri: string, from: RequestIds): string;
  onRetry(listener: (notice: RetryNotice) => void): () => void;
}

const ALLOWED_LINK_HEADERS = new Set(['ms-continuationtoken']);

export function createPartnerCenterClient(
  options: PartnerCenterClientOptions,
): PartnerCenterClient {
  const doFetch = options.fetch ?? ((input, init) => fetch(input, init));
  const newId = options.newId ?? (() => crypto.randomUUID());
  const listeners = new Set<(notice: RetryNotice) => void>();
  const base = parseApiBase(options.baseUrl);

  function urlFor(path: string): string {
    const safe = safeApiPath(path);
    const url = `${options.baseUrl}${safe}`;
    if (safe === null || !isUnderBase(url, base)) {
      throw new Error(`Not a Partner Center API path: ${path}`);
    }
    return url;
  }

  async function acquireToken(forceRefresh: boolean, ids: Ids): Promise<string | null> {
    try {
      return await options.auth.getAccessToken({ scope: options.scope, forceRefresh });
    } catch (error) {
      // Only the error code is kept: MSAL messages can carry account details.
      const code = (error as { errorCode?: unknown } | null)?.errorCode;
      throw new PartnerCenterError({
        kind: 'auth',
        ...(typeof code === 'string' ? { code } : {}),
        ...ids,
      });
    }
  }

  async function attempt(
    url: string,
    headers: Headers,
    signal: AbortSignal | undefined,
    ids: Ids,
    forceRefresh: boolean,
  ) {
    // The token is only ever attached to the configured API base — the URL was built from
    // it above, and this check (on the parsed, normalised URL) keeps that true if the code
    // around it changes.
    if (isUnderBase(url, base)) {
      const token = await acquireToken(forceRefresh, ids);
      if (token) headers.set('Authorization', `Bearer ${token}`);
    }
    // The caller may have gone away while the token was being fetched.
    signal?.throwIfAborted();
    const timeout = new AbortController();
    const timer = setTimeout(() => timeout.abort(), options.timeoutMs);
    const onAbort = () => timeout.abort();
    signal?.addEventListener('abort', onAbort);
    try {
      return await doFetch(url, {
        method: 'GET',
        headers,
        signal: timeout.signal,
        credentials: 'omit',
      });
    } catch (error) {
      if (signal?.aborted) throw signal.reason ?? error;
      const kind = timeout.signal.aborted ? 'timeout' : 'network';
      throw new PartnerCenterError({ kind, ...ids });
    } finally {
      clearTimeout(timer);
      signal?.removeEventListener('abort', onAbort);
    }
  }

  async function get<S extends z.ZodMiniType>(
    path: string,
    schema: S,
    requestOptions: RequestOptions = {},
  ) {
    const url = urlFor(path);
    // One MS-RequestId per logical request, reused by its retries, as Partner Center asks.
    const ids: Ids = { requestId: newId(), correlationId: options.getCorrelationId() };
    requestOptions.onIds?.({ ...ids });
    let forceRefresh = false;
    for (let attemptNo = 1; ; attemptNo++) {
      const headers = new Headers({
        Accept: 'application/json',
        'MS-RequestId': ids.requestId,
        'MS-CorrelationId': ids.correlationId,
        'X-Locale': options.getLocale(),
        'MS-PartnerCenter-Application': APPLICATION_NAME,
      });
      for (const { key, value } of requestOptions.linkHeaders ?? []) {
        if (ALLOWED_LINK_HEADERS.has(key.toLowerCase())) headers.set(key, value);
      }
      let error: PartnerCenterError;
      try {
        const response = await attempt(url, headers, requestOptions.signal, ids, forceRefresh);
        const text = await response.text();
        if (response.ok) return parseBody(schema, text, ids);
        error = new PartnerCenterError({
          kind: 'http',
          status: response.status,
          ...parseFaultBody(text),
          ...ids,
          ...optional('retryAfterSeconds', parseRetryAfter(response.headers.get('Retry-After'))),
        });
      } catch (caught) {
        if (!(caught instanceof PartnerCenterError)) throw caught;
        error = caught;
      }
      error.attempts = attemptNo;
      const decision = decideRetry(error, attemptNo, options.random);
      if (!decision.retry) throw error;
      forceRefresh = decision.refreshToken;
      if (decision.delayMs > 0) {
        await waitForRetry(decision, ids.requestId, requestOptions.signal, error);
      }
    }
  }

  function waitForRetry(
    decision: Extract<RetryDecision, { retry: true }>,
    requestId: string,
    signal: AbortSignal | undefined,
    lastError: PartnerCenterError,
  ): Promise<void> {
    return new Promise((resolve, reject) => {
      const finish = (action: () => void) => {
        clearTimeout(timer);
        signal?.removeEventListener('abort', onAbort);
        action();
      };
      const onAbort = () => finish(() => reject(signal?.reason));
      const timer = setTimeout(() => finish(resolve), decision.delayMs);
      signal?.addEventListener('abort', onAbort);
      const notice: RetryNotice = {
        requestId,
        reason: decision.reason,
        delayMs: decision.delayMs,
        retryAt: Date.now() + decision.delayMs,
        cancel: () => finish(() => reject(lastError)),
      };
      listeners.forEach((listener) => listener(notice));
    });
  }

  return {
    baseUrl: options.baseUrl,
    get,
    linkToPath(uri, from) {
      const path = linkToApiPath(uri);
      if (path === null || !isUnderBase(`${options.baseUrl}${path}`, base)) {
        throw new PartnerCenterError({ kind: 'paging', code: 'unsafe-link', ...from });
      }
      return path;
    },
    onRetry(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

type Ids = RequestIds;

function optional<K extends string, V>(key: K, value: V | undefined): Partial<Record<K, V>> {
  return value === undefined ? {} : ({ [key]: value } as Record<K, V>);
}

function parseBody<S extends z.ZodMiniType>(schema: S, text: string, ids: Ids): z.output<S> {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new PartnerCenterError({
      kind: 'shape',
      field: '(body)',
      rawBody: text.slice(0, 2000),
      ...ids,
    });
  }
  const result = schema.safeParse(json);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  throw new PartnerCenterError({
    kind: 'shape',
    ...(issue ? describeZodIssue(issue) : { field: '(body)' }),
    ...ids,
  });
}
