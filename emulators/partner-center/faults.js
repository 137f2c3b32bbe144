// @ts-check
import { apiFault, responseHeaders, throttled } from './responses.js';

// Faults the emulator can produce on demand (tests, demos). Two forms are accepted: the
// explicit one (`{ kind: 'api-fault', status: 403, code: 20002 }`) and a shorthand keyed by
// HTTP status (`{ status: 429, retryAfter: 3 }`, `{ status: 503 }`) whose defaults come from
// STATUS_DEFAULTS below — adding a status is adding a row.

/**
 * @typedef {(
 *   | { kind: 'api-fault', status: number, code: number | string, description?: string }
 *   | { kind: 'throttle', retryAfter: number }
 *   | { kind: 'unauthorized', code: number, description?: string }
 *   | { kind: 'html', status: number }
 *   | { kind: 'empty', status: number }
 *   | { kind: 'malformed-json' }
 *   | { kind: 'body', status: number, body: string }
 *   | { kind: 'hang', ms: number }
 * )} Fault
 */

/**
 * @typedef {{ status: number, code?: number | string, description?: string, retryAfter?: number }} FaultShorthand
 * @typedef {Fault | FaultShorthand} FaultInput
 */

/**
 * What each status means when a shorthand gives only the status. The codes are the ones
 * Partner Center documents for that status (see docs/partner-center-api.md, Errors).
 * @type {Readonly<Record<number, (f: FaultShorthand) => Fault>>}
 */
const STATUS_DEFAULTS = Object.freeze({
  400: (f) => apiFaultOf(f, 800002, 'The request input is not valid.'),
  401: (f) => ({
    kind: 'unauthorized',
    code: typeof f.code === 'number' ? f.code : 800001,
    description: f.description ?? 'The partner token is missing or not valid.',
  }),
  403: (f) => apiFaultOf(f, 2032, 'Access denied.'),
  404: (f) => apiFaultOf(f, 1000, 'The requested resource was not found.'),
  429: (f) => ({ kind: 'throttle', retryAfter: f.retryAfter ?? 3 }),
  500: (f) => apiFaultOf(f, 800003, 'An unexpected error occurred.'),
  503: (f) => apiFaultOf(f, 800003, 'The service is temporarily unavailable.'),
});

/** @param {FaultShorthand} f @param {number} code @param {string} description @returns {Fault} */
function apiFaultOf(f, code, description) {
  return {
    kind: 'api-fault',
    status: f.status,
    code: f.code ?? code,
    description: f.description ?? description,
  };
}

/**
 * The explicit form of a fault, or null when the input is neither form (e.g. a bad
 * `/__admin/fault` body). A shorthand status without a table row becomes a plain ApiFault.
 * @param {unknown} input
 * @returns {Fault | null}
 */
export function normalizeFault(input) {
  if (!input || typeof input !== 'object') return null;
  const fault = /** @type {Record<string, unknown>} */ (input);
  if (typeof fault.kind === 'string') return /** @type {Fault} */ (input);
  if (typeof fault.status !== 'number' || fault.status < 100 || fault.status > 599) return null;
  const shorthand = /** @type {FaultShorthand} */ (input);
  const byStatus = STATUS_DEFAULTS[shorthand.status];
  return byStatus ? byStatus(shorthand) : apiFaultOf(shorthand, 800003, 'Injected fault.');
}

/** @param {import('./responses.js').PcRequest} request @param {FaultInput} input */
export function applyFault(request, input) {
  const fault = normalizeFault(input) ?? { kind: 'api-fault', status: 500, code: 800003 };
  switch (fault.kind) {
    case 'api-fault':
      return apiFault(
        request,
        fault.status,
        fault.code,
        fault.description ?? `Injected fault ${fault.code}.`,
      );
    case 'throttle':
      return throttled(request, fault.retryAfter);
    case 'unauthorized':
      return apiFault(request, 401, fault.code, fault.description ?? 'Unauthorized.', {
        'www-authenticate':
          'Bearer authorization_uri="https://login.microsoftonline.com/common/oauth2/authorize", error="invalid_token"',
      });
    case 'html':
      return {
        status: fault.status,
        headers: { ...responseHeaders(request), 'content-type': 'text/html' },
        body: `<html><body><h1>${fault.status} Service Unavailable</h1></body></html>`,
      };
    case 'empty':
      return { status: fault.status, headers: responseHeaders(request), body: '' };
    case 'malformed-json':
      return {
        status: 200,
        headers: responseHeaders(request),
        body: '{"totalCount": 1, "items": [{"productName": "OFFICE 365 E3", ',
      };
    case 'body':
      return { status: fault.status, headers: responseHeaders(request), body: fault.body };
    case 'hang':
      // The adapters wait `delayMs` before answering: longer than the client's timeout.
      return { status: 504, headers: responseHeaders(request), body: '', delayMs: fault.ms };
  }
}
