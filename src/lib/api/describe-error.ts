import type { MessageKey } from '../i18n/messages';

import { isPartnerCenterError } from './partner-center-error';

// Maps a failure to what the user is told and offered. One table, used by every view.

export type ErrorAction = 'retry' | 'sign-in' | 'sign-in-mfa' | 'back-to-customers';

export interface ErrorDescription {
  title: MessageKey;
  body: MessageKey;
  actions: ErrorAction[];
}

export function describeError(error: unknown): ErrorDescription {
  if (!isPartnerCenterError(error)) {
    return { title: 'error.unexpected.title', body: 'error.unexpected.body', actions: ['retry'] };
  }
  switch (error.kind) {
    case 'network':
      return typeof navigator !== 'undefined' && !navigator.onLine
        ? { title: 'error.offline.title', body: 'error.offline.body', actions: ['retry'] }
        : { title: 'error.network.title', body: 'error.network.body', actions: ['retry'] };
    case 'timeout':
      return { title: 'error.timeout.title', body: 'error.timeout.body', actions: ['retry'] };
    case 'shape':
      return { title: 'error.shape.title', body: 'error.shape.body', actions: ['retry'] };
    case 'auth':
      return { title: 'error.session.title', body: 'error.session.body', actions: ['sign-in'] };
    case 'paging':
      return error.code === 'unsafe-link'
        ? { title: 'error.paging.title', body: 'error.pagingUnsafe.body', actions: [] }
        : { title: 'error.paging.title', body: 'error.pagingLoop.body', actions: ['retry'] };
    case 'http':
      break;
  }
  const { status, code } = error;
  if (status === 401) {
    return error.isMfaRequired
      ? { title: 'error.mfa.title', body: 'error.mfa.body', actions: ['sign-in-mfa'] }
      : { title: 'error.session.title', body: 'error.session.body', actions: ['sign-in'] };
  }
  if (status === 403) {
    if (code === '20002') {
      return {
        title: 'error.noRelationship.title',
        body: 'error.noRelationship.body',
        actions: ['back-to-customers'],
      };
    }
    if (code === '900150' || code === '2032') {
      return { title: 'error.role.title', body: 'error.role.body', actions: [] };
    }
    return { title: 'error.forbidden.title', body: 'error.forbidden.body', actions: [] };
  }
  if (status === 404) {
    return {
      title: 'error.notFound.title',
      body: 'error.notFound.body',
      actions: ['back-to-customers'],
    };
  }
  if (status === 400) {
    return {
      title: 'error.badRequest.title',
      body: 'error.badRequest.body',
      actions: ['back-to-customers'],
    };
  }
  if (status === 429) {
    return { title: 'error.throttled.title', body: 'error.throttled.body', actions: ['retry'] };
  }
  return { title: 'error.service.title', body: 'error.service.body', actions: ['retry'] };
}
