// @ts-check
import { apiFault, responseHeaders, throttled } from './responses.js';

// Faults the emulator can produce on demand (tests, demos). One table: adding a fault is
// adding a row.

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

/** @param {import('./responses.js').PcRequest} request @param {Fault} fault */
export function applyFault(request, fault) {
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
