import { describeError } from '@/lib/api/describe-error';
import { isPartnerCenterError } from '@/lib/api/partner-center-error';
import { useI18n } from '@/lib/i18n/i18n-provider';

/**
 * A refresh failed but older data is still on screen: say so without taking the data
 * away, with what happened and the ids support will ask for.
 */
export function RefetchErrorNotice({ error, onRetry }: { error: unknown; onRetry: () => void }) {
  const { t } = useI18n();
  const description = describeError(error);
  return (
    <div className="notice notice--error" role="status">
      <strong>{t('refetch.failed')}</strong> {t(description.title)}.{' '}
      {isPartnerCenterError(error) ? (
        <span className="mono">MS-CorrelationId: {error.correlationId}</span>
      ) : null}{' '}
      <button type="button" className="button button--small" onClick={onRetry}>
        {t('error.action.retry')}
      </button>
    </div>
  );
}
