import { useI18n } from '@/lib/i18n/i18n-provider';
import { isRealDate } from '@/lib/latest-date';

/** "Data as of 2 days ago (23/11/2026 04:25)": relative for a glance, exact for support. */
export function DataAsOf({ date }: { date: Date | null }) {
  const { t, format } = useI18n();
  // An Invalid Date would throw in toISOString and blank the whole view.
  if (!isRealDate(date)) return <p className="as-of">{t('data.asOfUnknown')}</p>;
  return (
    <p className="as-of">
      {t('data.asOf')}{' '}
      <time dateTime={date.toISOString()} title={format.dateTime(date)}>
        {format.relative(date)}
      </time>{' '}
      <span className="as-of__exact">({format.dateTime(date)})</span>
    </p>
  );
}
