import { useI18n } from '@/lib/i18n/i18n-provider';

import type { TrendPoint } from '../lib/trend-points';

/** Pure: one row per month point, newest first, with the figures the chart draws. */
export function TrendTable({ points }: { points: readonly TrendPoint[] }) {
  const { t, format } = useI18n();
  return (
    <div className="table-scroll">
      <table className="data-table">
        <caption className="visually-hidden">{t('trend.tableCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('trend.month')}</th>
            <th scope="col" className="numeric">
              {t('deployment.sold')}
            </th>
            <th scope="col" className="numeric">
              {t('deployment.deployed')}
            </th>
            <th scope="col" className="numeric">
              {t('deployment.unused')}
            </th>
            <th scope="col" className="numeric">
              {t('deployment.percent')}
            </th>
          </tr>
        </thead>
        <tbody>
          {[...points].reverse().map((point) => (
            <tr key={point.date.toISOString()}>
              <th scope="row">
                <time dateTime={point.date.toISOString()}>{format.month(point.date)}</time>
              </th>
              {point.present ? (
                <>
                  <td className="numeric">{format.integer(point.sold)}</td>
                  <td className="numeric">{format.integer(point.deployed)}</td>
                  <td className={point.unused > 0 ? 'numeric numeric--warn' : 'numeric'}>
                    {format.integer(point.unused)}
                  </td>
                  <td className="numeric">{format.percent(point.percent)}</td>
                </>
              ) : (
                <td colSpan={4} className="data-table__note">
                  {t('trend.notSold')}
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
