import type { z } from 'zod/mini';

import type { AuthClient } from '../auth/auth-client';

import { isUnderBase, linkToApiPath, parseApiBase, safeApiPath } from './api-url';
import { endpointFamily } from './endpoint-family';
import { PartnerCenterError, parseFaultBody, parseRetryAfter } from './partner-center-error';
import {
  slowAfterMs,
  watchRequest,
  type RequestProgress,
  type RequestWatch,
} from './request-watch';
import { decideRetry, MAX_TRANSIENT_ATTEMPTS, throttleDelayMs } from './retry-policy';
import { waitForRetry, type RetryNotice } from './retry-wait';
import { describeZodIssue } from './schema-helpers';
import { createThrottleGates, type ThrottleNotice } from './throttle-gates';
import { passThrottleGate } from './throttle-pass';

// The one place that talks HTTP to Partner Center: URLs, headers, tokens, error parsing,
// timeouts and retries. Query functions only say which path and which schema.

export const APPLICATION_NAME = 'License Insights';

export type { RequestProgress, RetryNotice, ThrottleNotice };

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
  /** When a request without an answer is said to be slow; see request-watch.ts. */
  slowAfterMs?: number;
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
  /** Backoff waits of single requests (5xx, timeouts). */
  onRetry(listener: (notice: RetryNotice) => void): () => void;
  /** The closed throttle gates, one per endpoint family: at once, then on every change. */
  onThrottle(listener: (closed: readonly ThrottleNotice[]) => void): () => void;
  /** Requests Partner Center is slow to answer or that timed out and are tried again. */
  onRequestProgress(listener: (progress: RequestProgress) => void): () => void;
}

const ALLOWED_LINK_HEADERS = new Set(['ms-continuationtoken']);

export function createPartnerCenterClient(
  options: PartnerCenterClientOptions,
): PartnerCenterClient {
  const doFetch = options.fetch ?? ((input, init) => fetch(input, init));
  const newId = options.newId ?? (() => crypto.randomUUID());
  const listeners = new Set<(notice: RetryNotice) => void>();
  const progressListeners = new Set<(progress: RequestProgress) => void>();
  const gates = createThrottleGates<PartnerCenterError>();
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

  function get<S extends z.ZodMiniType>(
    path: string,
    schema: S,
    requestOptions: RequestOptions = {},
  ): Promise<z.output<S>> {
    // One MS-RequestId per logical request, reused by its retries, as Partner Center asks.
    const ids: Ids = { requestId: newId(), correlationId: options.getCorrelationId() };
    requestOptions.onIds?.({ ...ids });
    const watch = watchRequest({
      requestId: ids.requestId,
      signal: requestOptions.signal,
      slowAfterMs: options.slowAfterMs ?? slowAfterMs(options.timeoutMs),
      maxAttempts: MAX_TRANSIENT_ATTEMPTS,
      emit: (progress) => progressListeners.forEach((listener) => listener(progress)),
      cancelError: (attempts) => new PartnerCenterError({ kind: 'timeout', attempts, ...ids }),
    });
    const result = send(path, schema, requestOptions, ids, watch);
    result.then(watch.done, watch.done);
    return result;
  }

  async function send<S extends z.ZodMiniType>(
    path: string,
    schema: S,
    requestOptions: RequestOptions,
    ids: Ids,
    watch: RequestWatch,
  ) {
    const url = urlFor(path);
    const gate = { gates, family: endpointFamily(path), ids, waits: 0 };
    let forceRefresh = false;
    let previous: PartnerCenterError | undefined;
    for (let attemptNo = 1; ; attemptNo++) {
      // Nothing is sent into a closed throttle: wait at the family's gate first.
      await passThrottleGate(gate, attemptNo - 1, previous, watch.signal);
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
      watch.attemptStarted(attemptNo);
      try {
        const response = await attempt(url, headers, watch.signal, ids, forceRefresh);
        watch.attemptEnded(null);
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
      previous = error;
      if (watch.cancelled) throw error;
      const decision = decideRetry(error, attemptNo, options.random);
      if (error.status === 429) {
        // The whole family waits, even when this request gives up.
        const delayMs = decision.retry
          ? decision.delayMs
          : throttleDelayMs(error, attemptNo, options.random);
        gates.close(gate.family, delayMs, error);
      }
      watch.attemptEnded(error.kind === 'timeout' && decision.retry ? attemptNo + 1 : null);
      if (!decision.retry) throw error;
      forceRefresh = decision.refreshToken;
      if (decision.reason !== 'throttled' && decision.delayMs > 0) {
        await waitForRetry(decision, ids.requestId, watch.signal, error, (notice) =>
          listeners.forEach((listener) => listener(notice)),
        );
      }
    }
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
    onThrottle: (listener) => gates.subscribe(listener),
    onRequestProgress(listener) {
      progressListeners.add(listener);
      return () => progressListeners.delete(listener);
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
