import { isStale, STALE_AFTER_DAYS } from '@/lib/freshness';
import { useI18n } from '@/lib/i18n/i18n-provider';
import { isRealDate } from '@/lib/latest-date';

/**
 * "Data as of 2 days ago (23/11/2026 04:25)": relative for a glance, exact for support.
 * The sentence is one message with the relative date in it, so each language orders its
 * words itself (French cannot say "Données du" + "la semaine dernière"). Data older than
 * STALE_AFTER_DAYS gets a warning beside the date.
 */
export function DataAsOf({ date, now }: { date: Date | null; now?: Date | undefined }) {
  const { t, format } = useI18n();
  // An Invalid Date would throw in toISOString and blank the whole view.
  if (!isRealDate(date)) return <p className="as-of">{t('data.asOfUnknown')}</p>;
  const marker = '\u0000';
  const [before = '', after = ''] = t('data.asOfWhen', { when: marker }).split(marker);
  const stale = isStale(date, now);
  return (
    <p className={stale ? 'as-of as-of--stale' : 'as-of'}>
      {before}
      <time dateTime={date.toISOString()} title={format.dateTime(date)}>
        {format.relative(date, now)}
      </time>
      {after} <span className="as-of__exact">({format.dateTime(date)})</span>
      {stale ? (
        <>
          {' '}
          <strong className="as-of__stale" role="note">
            {t('data.stale', { days: STALE_AFTER_DAYS })}
          </strong>
        </>
      ) : null}
    </p>
  );
}
