import type { Formatters } from '@/lib/i18n/format';
import type { Translate } from '@/lib/i18n/i18n-provider';
import { useI18n } from '@/lib/i18n/i18n-provider';
import type { SeatTotals } from '@/lib/seats';

// The four figures every seat view shows (snapshot products, portfolio customers, trend
// months), with the same labels, alignment and "unused seats" highlight everywhere: as
// table columns and cells, and as KPI figures for a total.

export function seatColumns(t: Translate) {
  return [
    { key: 'sold', label: t('seats.sold'), numeric: true },
    { key: 'deployed', label: t('seats.deployed'), numeric: true },
    { key: 'unused', label: t('seats.unused'), numeric: true },
    { key: 'percent', label: t('seats.percent'), numeric: true },
  ] as const;
}

/** The four totals as KPI figures (for KpiList). */
export function seatFigures(t: Translate, format: Formatters, totals: SeatTotals) {
  return [
    { id: 'sold', label: t('seats.sold'), value: format.integer(totals.sold) },
    { id: 'deployed', label: t('seats.deployed'), value: format.integer(totals.deployed) },
    { id: 'unused', label: t('seats.unused'), value: format.integer(totals.unused) },
    { id: 'percent', label: t('seats.percent'), value: format.percent(totals.percent) },
  ];
}

export function SeatCells({ sold, deployed, unused, percent }: SeatTotals) {
  const { format } = useI18n();
  return (
    <>
      {/* data-col names the column for the phone layout, which hides some of them. */}
      <td className="numeric" data-col="sold">
        {format.integer(sold)}
      </td>
      <td className="numeric" data-col="deployed">
        {format.integer(deployed)}
      </td>
      <td className={unused > 0 ? 'numeric numeric--warn' : 'numeric'} data-col="unused">
        {format.integer(unused)}
      </td>
      <td className="numeric" data-col="percent">
        {format.percent(percent)}
      </td>
    </>
  );
}
