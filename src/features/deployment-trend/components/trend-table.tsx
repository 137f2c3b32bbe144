import { seatColumns, SeatCells } from '@/components/seat-cells';
import { TableHead } from '@/components/table-head';
import { useI18n } from '@/lib/i18n/i18n-provider';

import type { TrendPoint } from '../lib/trend-points';

/** Pure: one row per month point, newest first, with the figures the chart draws. */
export function TrendTable({ points }: { points: readonly TrendPoint[] }) {
  const { t, format } = useI18n();
  return (
    <div className="table-scroll">
      <table className="data-table">
        <caption className="visually-hidden">{t('trend.tableCaption')}</caption>
        <TableHead columns={[{ label: t('trend.month'), numeric: false }, ...seatColumns(t)]} />
        <tbody>
          {[...points].reverse().map((point) => (
            <tr key={point.date.toISOString()}>
              <th scope="row">
                <time dateTime={point.date.toISOString()}>{format.month(point.date)}</time>
              </th>
              {point.present ? (
                <SeatCells
                  sold={point.sold}
                  deployed={point.deployed}
                  unused={point.unused}
                  percent={point.percent}
                />
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
