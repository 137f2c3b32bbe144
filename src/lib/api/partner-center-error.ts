// One typed error for everything that can go wrong talking to Partner Center. The UI
// picks its message from `kind`, `status` and `code`; the ids are what a partner quotes
// to Microsoft support.

export type PartnerCenterErrorKind =
  | 'http' // the API answered with a non-2xx status
  | 'network' // no answer at all (offline, DNS, connection reset, blocked by the proxy)
  | 'timeout' // no answer within the configured time
  | 'shape' // a 2xx answer whose JSON does not fit what the app needs
  | 'auth' // no token could be obtained (sign-in needed, cancelled, misconfigured)
  | 'paging'; // a paging link that repeats, never ends or leaves the API (see PagingErrorCode)

/** For kind 'paging': what was wrong with the link. The ids are those of the answer that sent it. */
export type PagingErrorCode = 'repeated-link' | 'too-many-pages' | 'unsafe-link';

export interface PartnerCenterErrorInit {
  kind: PartnerCenterErrorKind;
  status?: number;
  code?: string;
  description?: string;
  source?: string;
  requestId: string;
  correlationId: string;
  retryAfterSeconds?: number;
  /** For 'shape': the JSON path of the first field that did not fit. */
  field?: string;
  /** Raw body text when it was not JSON (an HTML error page, plain text). */
  rawBody?: string;
  /** Set by the client once the request was given up on after retries. */
  attempts?: number;
}

export class PartnerCenterError extends Error {
  readonly kind: PartnerCenterErrorKind;
  readonly status: number | undefined;
  readonly code: string | undefined;
  readonly description: string | undefined;
  readonly source: string | undefined;
  readonly requestId: string;
  readonly correlationId: string;
  readonly retryAfterSeconds: number | undefined;
  readonly field: string | undefined;
  readonly rawBody: string | undefined;
  attempts: number;

  constructor(init: PartnerCenterErrorInit) {
    super(summary(init));
    this.name = 'PartnerCenterError';
    this.kind = init.kind;
    this.status = init.status;
    this.code = init.code;
    this.description = init.description;
    this.source = init.source;
    this.requestId = init.requestId;
    this.correlationId = init.correlationId;
    this.retryAfterSeconds = init.retryAfterSeconds;
    this.field = init.field;
    this.rawBody = init.rawBody;
    this.attempts = init.attempts ?? 1;
  }

  /** MFA-specific 401s need an interactive sign-in, not a token refresh. */
  get isMfaRequired(): boolean {
    return this.status === 401 && (this.code === '10001' || this.code === '900421');
  }
}

function summary(init: PartnerCenterErrorInit): string {
  const parts = [`Partner Center ${init.kind} error`];
  if (init.status !== undefined) parts.push(`HTTP ${init.status}`);
  if (init.code !== undefined) parts.push(`code ${init.code}`);
  if (init.field !== undefined) parts.push(`field ${init.field}`);
  return parts.join(', ');
}

export function isPartnerCenterError(error: unknown): error is PartnerCenterError {
  return error instanceof PartnerCenterError;
}

interface ParsedFault {
  code?: string;
  description?: string;
  source?: string;
  rawBody?: string;
}

/**
 * Reads an error body in any of the forms Partner Center uses: an ApiFault
 * `{code, description, source}`, the throttling body `{statusCode, message}`, plain text or
 * nothing at all. Never throws.
 */
export function parseFaultBody(text: string): ParsedFault {
  const trimmed = text.trim();
  if (trimmed === '') return {};
  try {
    const json: unknown = JSON.parse(trimmed);
    if (json && typeof json === 'object') {
      const body = json as Record<string, unknown>;
      const code = body.code ?? body.errorCode;
      const description = body.description ?? body.message ?? body.errorMessage;
      return {
        ...(typeof code === 'string' || typeof code === 'number' ? { code: String(code) } : {}),
        ...(typeof description === 'string' ? { description: description.slice(0, 1024) } : {}),
        ...(typeof body.source === 'string' ? { source: body.source } : {}),
      };
    }
  } catch {
    // Not JSON: keep the text (an HTML page from a gateway, a plain message).
  }
  return { rawBody: trimmed.slice(0, 2000) };
}

/** `Retry-After` is either delta-seconds or an HTTP date. */
export function parseRetryAfter(value: string | null, now = Date.now()): number | undefined {
  if (value === null || value.trim() === '') return undefined;
  if (/^\d+$/.test(value.trim())) return Number(value.trim());
  const date = Date.parse(value);
  if (Number.isNaN(date)) return undefined;
  return Math.max(0, Math.ceil((date - now) / 1000));
}
