import type { MessageKey } from '../i18n/messages';
import { ChunkLoadError } from '../lazy-module';

import { isPartnerCenterError } from './partner-center-error';

// What a failure MEANS, decided once here: views branch on `meaning` (is the thing missing?
// refused? is Partner Center busy?) and show `title`/`body`/`actions`; none of them re-reads
// HTTP statuses or codes.

export type ErrorAction = 'retry' | 'sign-in' | 'sign-in-mfa' | 'back-to-customers';

export type ErrorMeaning =
  | 'missing' // 404: Partner Center has nothing at this address
  | 'refused' // 400: Partner Center rejected the request as invalid (a bad id, a date it does not keep)
  | 'no-relationship' // 403 20002: the partner no longer serves this customer
  | 'role' // 403 900150 / 2032: the user's Partner Center role cannot read this
  | 'forbidden' // any other 403
  | 'session' // no token, or 401: sign in again
  | 'mfa' // 401 MFA faults: sign in again with MFA
  | 'throttled' // 429 after the client's waits
  | 'unavailable' // 5xx after the client's retries
  | 'timeout'
  | 'network'
  | 'offline'
  | 'shape' // a 2xx answer the app cannot read
  | 'paging-loop' // Partner Center's paging links repeat or never end
  | 'unsafe-link' // a paging link that leaves the API base (refused: the token stays home)
  | 'chunk' // a part of the app's own code could not be downloaded
  | 'unexpected'; // a bug, or something that is not a Partner Center error

export interface ErrorDescription {
  meaning: ErrorMeaning;
  title: MessageKey;
  body: MessageKey;
  actions: ErrorAction[];
}

const DESCRIPTIONS: Record<ErrorMeaning, Omit<ErrorDescription, 'meaning'>> = {
  missing: {
    title: 'error.notFound.title',
    body: 'error.notFound.body',
    actions: ['back-to-customers'],
  },
  refused: {
    title: 'error.badRequest.title',
    body: 'error.badRequest.body',
    actions: ['back-to-customers'],
  },
  'no-relationship': {
    title: 'error.noRelationship.title',
    body: 'error.noRelationship.body',
    actions: ['back-to-customers'],
  },
  role: { title: 'error.role.title', body: 'error.role.body', actions: [] },
  forbidden: { title: 'error.forbidden.title', body: 'error.forbidden.body', actions: [] },
  session: { title: 'error.session.title', body: 'error.session.body', actions: ['sign-in'] },
  mfa: { title: 'error.mfa.title', body: 'error.mfa.body', actions: ['sign-in-mfa'] },
  throttled: { title: 'error.throttled.title', body: 'error.throttled.body', actions: ['retry'] },
  unavailable: { title: 'error.service.title', body: 'error.service.body', actions: ['retry'] },
  timeout: { title: 'error.timeout.title', body: 'error.timeout.body', actions: ['retry'] },
  network: { title: 'error.network.title', body: 'error.network.body', actions: ['retry'] },
  offline: { title: 'error.offline.title', body: 'error.offline.body', actions: ['retry'] },
  shape: { title: 'error.shape.title', body: 'error.shape.body', actions: ['retry'] },
  'paging-loop': {
    title: 'error.paging.title',
    body: 'error.pagingLoop.body',
    actions: ['retry'],
  },
  'unsafe-link': { title: 'error.paging.title', body: 'error.pagingUnsafe.body', actions: [] },
  chunk: { title: 'error.chunk.title', body: 'error.chunk.body', actions: ['retry'] },
  unexpected: {
    title: 'error.unexpected.title',
    body: 'error.unexpected.body',
    actions: ['retry'],
  },
};

export function errorMeaning(error: unknown): ErrorMeaning {
  if (error instanceof ChunkLoadError) return 'chunk';
  if (!isPartnerCenterError(error)) return 'unexpected';
  switch (error.kind) {
    case 'network':
      return typeof navigator !== 'undefined' && !navigator.onLine ? 'offline' : 'network';
    case 'timeout':
    case 'shape':
      return error.kind;
    case 'auth':
      return 'session';
    case 'paging':
      return error.code === 'unsafe-link' ? 'unsafe-link' : 'paging-loop';
    case 'http':
      break;
  }
  const { status, code } = error;
  if (status === 401) return error.isMfaRequired ? 'mfa' : 'session';
  if (status === 403) {
    if (code === '20002') return 'no-relationship';
    return code === '900150' || code === '2032' ? 'role' : 'forbidden';
  }
  if (status === 404) return 'missing';
  if (status === 400) return 'refused';
  if (status === 429) return 'throttled';
  return 'unavailable';
}

/** The meaning of a failure with what the user is told and offered. One table, every view. */
export function describeError(error: unknown): ErrorDescription {
  const meaning = errorMeaning(error);
  return { meaning, ...DESCRIPTIONS[meaning] };
}

/**
 * Partner Center has nothing to give at this address — not found, or refused as invalid —
 * which is a fact to report (this customer does not exist, this month is not kept), not an
 * outage to retry.
 */
export function isNothingThere(error: unknown): boolean {
  const meaning = errorMeaning(error);
  return meaning === 'missing' || meaning === 'refused';
}
