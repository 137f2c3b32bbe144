import { ErrorPanel } from '@/components/error-panel';
import { useI18n } from '@/lib/i18n/i18n-provider';

// Where the background paging stands: "12,000 of 20,000 customers loaded…", then "All …
// loaded." A page that fails stops the walk with the full error (ids included) and a way
// to resume from the page that failed; what is already loaded stays on screen.

export function PortfolioProgress({
  loaded,
  total,
  loading,
  error,
  onResume,
  onSignIn,
}: {
  loaded: number;
  total: number | undefined;
  loading: boolean;
  error: unknown;
  onResume(): void;
  onSignIn?: ((reason: 'mfa' | 'session') => void) | undefined;
}) {
  const { t, format } = useI18n();
  if (error) {
    return (
      <div className="load-progress load-progress--stopped">
        <p className="notice notice--error" role="status">
          {t('portfolio.stopped', { loaded: format.integer(loaded) })}{' '}
          <button type="button" className="button button--small" onClick={onResume}>
            {t('portfolio.resume')}
          </button>
        </p>
        <ErrorPanel error={error} onRetry={onResume} onSignIn={onSignIn} />
      </div>
    );
  }
  const knownTotal = total !== undefined && total >= loaded ? total : undefined;
  return (
    <div className="load-progress" role="status" aria-live="polite">
      {loading ? (
        <>
          <progress
            max={knownTotal ?? undefined}
            value={knownTotal ? loaded : undefined}
            aria-hidden="true"
          />{' '}
          {knownTotal
            ? t('portfolio.progress', {
                loaded: format.integer(loaded),
                total: format.integer(knownTotal),
              })
            : t('portfolio.progressUnknown', { loaded: format.integer(loaded) })}
        </>
      ) : (
        t('portfolio.loadedAll', { count: format.integer(loaded) })
      )}
    </div>
  );
}
