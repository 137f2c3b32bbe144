import { ErrorPanel } from '@/components/error-panel';
import { useI18n } from '@/lib/i18n/i18n-provider';

// Where the background paging stands: "12,000 customers loaded (60 % of the data)…", then
// "All … loaded." Pages hold customer × product rows, so the share comes from the rows
// (Partner Center's TotalCount) and the count from the customers folded so far. A page that fails stops the walk with the full error (ids included) and a way
// to resume from the page that failed; what is already loaded stays on screen.

export function PortfolioProgress({
  loaded,
  rowsLoaded,
  rowsTotal,
  loading,
  error,
  onResume,
  onSignIn,
}: {
  /** Customers with at least one row loaded. */
  loaded: number;
  rowsLoaded: number;
  rowsTotal: number | undefined;
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
  const knownTotal =
    rowsTotal !== undefined && rowsTotal > 0 && rowsTotal >= rowsLoaded ? rowsTotal : undefined;
  return (
    <div className="load-progress" role="status" aria-live="polite">
      {loading ? (
        <>
          <progress
            max={knownTotal ?? undefined}
            value={knownTotal ? rowsLoaded : undefined}
            aria-hidden="true"
          />{' '}
          {knownTotal
            ? t('portfolio.progress', {
                loaded: format.integer(loaded),
                share: format.percent(rowsLoaded / knownTotal),
              })
            : t('portfolio.progressUnknown', { loaded: format.integer(loaded) })}
        </>
      ) : (
        t('portfolio.loadedAll', { count: format.integer(loaded) })
      )}
    </div>
  );
}
