import type { Formatters } from '@/lib/i18n/format';
import type { Translate } from '@/lib/i18n/i18n-provider';
import { useI18n } from '@/lib/i18n/i18n-provider';
import type { SeatBalance, SeatTotals } from '@/lib/seats';

// The figures every seat view shows (snapshot products, portfolio customers, trend
// months), with the same labels, alignment and "unused seats" highlight everywhere: as
// table columns and cells, and as KPI figures for a total. Views that count products one
// by one (snapshot, portfolio) add the over-assigned seats as a column of their own.

export function seatColumns(t: Translate) {
  return [
    { key: 'sold', label: t('seats.sold'), numeric: true },
    { key: 'deployed', label: t('seats.deployed'), numeric: true },
    { key: 'unused', label: t('seats.unused'), numeric: true },
    { key: 'percent', label: t('seats.percent'), numeric: true },
  ] as const;
}

/** seatColumns with "Over-assigned seats" after "Unused seats". */
export function seatColumnsWithOver(t: Translate) {
  const [sold, deployed, unused, percent] = seatColumns(t);
  const over = { key: 'overAssigned', label: t('seats.overAssigned'), numeric: true } as const;
  return [sold, deployed, unused, over, percent] as const;
}

/** The totals as KPI figures (for KpiList); over-assigned seats when the view counts them. */
export function seatFigures(
  t: Translate,
  format: Formatters,
  totals: SeatTotals & { overAssigned?: number | undefined },
) {
  return [
    { id: 'sold', label: t('seats.sold'), value: format.integer(totals.sold) },
    { id: 'deployed', label: t('seats.deployed'), value: format.integer(totals.deployed) },
    { id: 'unused', label: t('seats.unused'), value: format.integer(totals.unused) },
    ...(totals.overAssigned === undefined
      ? []
      : [
          {
            id: 'overAssigned',
            label: t('seats.overAssigned'),
            value: format.integer(totals.overAssigned),
          },
        ]),
    { id: 'percent', label: t('seats.percent'), value: format.percent(totals.percent) },
  ];
}

/**
 * Under the KPIs, when sold − deployed is not the unused figure (some product is deployed
 * beyond what was sold), the arithmetic in words, so the two numbers do not look like a
 * mistake: "102 sold − 73 deployed = 29, but 36 seats are unused … and 7 over-assigned".
 */
export function SeatArithmetic({ totals }: { totals: SeatBalance }) {
  const { t, format } = useI18n();
  if (totals.overAssigned === 0) return null;
  const values = {
    sold: format.integer(totals.sold),
    deployed: format.integer(totals.deployed),
    net: format.integer(totals.sold - totals.deployed),
    unused: format.integer(totals.unused),
    over: format.integer(totals.overAssigned),
  };
  return (
    <p className="seat-arithmetic" data-testid="seat-arithmetic">
      {totals.unused > 0 ? t('seats.arithmetic', values) : t('seats.arithmeticOverOnly', values)}
    </p>
  );
}

/**
 * The cells of one row. With `overAssigned` (seatColumnsWithOver), "3 deployed of 0 sold"
 * reads as 3 over-assigned (marked as a risk, with the reason on hover), not as a
 * harmless "0 unused".
 */
export function SeatCells({
  sold,
  deployed,
  unused,
  percent,
  overAssigned,
}: SeatTotals & { overAssigned?: number | undefined }) {
  const { t, format } = useI18n();
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
      {overAssigned === undefined ? null : (
        <td
          className={overAssigned > 0 ? 'numeric numeric--risk' : 'numeric'}
          data-col="overAssigned"
          title={overAssigned > 0 ? t('seats.overAssignedRisk') : undefined}
        >
          {format.integer(overAssigned)}
        </td>
      )}
      <td className="numeric" data-col="percent">
        {format.percent(percent)}
      </td>
    </>
  );
}
