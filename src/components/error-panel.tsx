import type { ReactNode } from 'react';

import { describeError, type ErrorAction } from '@/lib/api/describe-error';
import { isPartnerCenterError } from '@/lib/api/partner-center-error';
import { useI18n } from '@/lib/i18n/i18n-provider';

import { CopyButton } from './copy-button';

export interface ErrorPanelProps {
  error: unknown;
  onRetry?: () => void;
  onSignIn?: (reason: 'mfa' | 'session') => void;
  /** Rendered for the 'back-to-customers' action (a router link owned by the caller). */
  backLink?: ReactNode;
}

/** A specific message per failure, what to do next, and the ids support will ask for. */
export function ErrorPanel({ error, onRetry, onSignIn, backLink }: ErrorPanelProps) {
  const { t } = useI18n();
  const description = describeError(error);
  const pcError = isPartnerCenterError(error) ? error : null;
  const ids = pcError
    ? `MS-CorrelationId: ${pcError.correlationId}\nMS-RequestId: ${pcError.requestId}`
    : null;

  const action = (kind: ErrorAction) => {
    switch (kind) {
      case 'retry':
        return onRetry ? (
          <button key={kind} type="button" className="button" onClick={onRetry}>
            {t('error.action.retry')}
          </button>
        ) : null;
      case 'sign-in':
      case 'sign-in-mfa':
        return onSignIn ? (
          <button
            key={kind}
            type="button"
            className="button button--primary"
            onClick={() => onSignIn(kind === 'sign-in-mfa' ? 'mfa' : 'session')}
          >
            {t(kind === 'sign-in-mfa' ? 'error.action.signInMfa' : 'error.action.signIn')}
          </button>
        ) : null;
      case 'back-to-customers':
        return <span key={kind}>{backLink}</span>;
    }
  };

  return (
    <section className="error-panel" role="alert" aria-labelledby="error-panel-title">
      <h2 id="error-panel-title" className="error-panel__title">
        {t(description.title)}
      </h2>
      <p>{t(description.body, { field: pcError?.field ?? '' })}</p>
      {pcError?.description ? (
        <p className="error-panel__detail">
          {t('error.detail', {
            status: pcError.status ?? '—',
            code: pcError.code ?? '—',
            description: pcError.description,
          })}
        </p>
      ) : pcError?.status !== undefined ? (
        <p className="error-panel__detail">
          {t('error.detailStatusOnly', { status: pcError.status, code: pcError.code ?? '—' })}
        </p>
      ) : null}
      <div className="error-panel__actions">{description.actions.map(action)}</div>
      {ids && pcError ? (
        <div className="error-panel__ids">
          <p>{t('error.supportIds')}</p>
          <dl>
            <dt>MS-CorrelationId</dt>
            <dd>
              <code>{pcError.correlationId}</code>
            </dd>
            <dt>MS-RequestId</dt>
            <dd>
              <code>{pcError.requestId}</code>
            </dd>
          </dl>
          <CopyButton text={ids} label={t('error.copyIds')} />
        </div>
      ) : null}
    </section>
  );
}
