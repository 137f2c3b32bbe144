import { Link } from '@tanstack/react-router';
import { memo } from 'react';

import { SortableHead } from '@/components/sortable-head';
import { useI18n } from '@/lib/i18n/i18n-provider';
import { useWindowedRows } from '@/lib/use-windowed-rows';

import type { PortfolioRow, PortfolioSortKey } from '../lib/portfolio-rows';

// Pure: the rows it is given, in that order. Windowed, so 20,000 customers scroll as
// smoothly as 20. A customer's name opens its view with the portfolio's filters.

const WINDOW_FROM = 100;
const ROW_HEIGHT = 41;

export interface PortfolioTableProps {
  rows: readonly PortfolioRow[];
  sort: PortfolioSortKey;
  dir: 'asc' | 'desc';
  onSort(key: PortfolioSortKey): void;
  /** Carried into the customer view, so it opens filtered the same way. */
  filters: { service?: string | undefined; channel?: string | undefined };
}

export const PortfolioTable = memo(function PortfolioTable({
  rows,
  sort,
  dir,
  onSort,
  filters,
}: PortfolioTableProps) {
  const { t, format } = useI18n();
  const { scrollRef, windowed, visible, padTop, padBottom } = useWindowedRows(rows, {
    from: WINDOW_FROM,
    rowHeight: ROW_HEIGHT,
  });
  const columns = [
    { key: 'customer', label: t('portfolio.customer'), numeric: false },
    { key: 'sold', label: t('deployment.sold'), numeric: true },
    { key: 'deployed', label: t('deployment.deployed'), numeric: true },
    { key: 'unused', label: t('deployment.unused'), numeric: true },
    { key: 'percent', label: t('deployment.percent'), numeric: true },
  ] as const;
  return (
    <div
      ref={scrollRef}
      className={windowed ? 'table-scroll table-scroll--virtual' : 'table-scroll'}
      data-testid="portfolio-scroll"
    >
      <table className="data-table" aria-rowcount={rows.length + 1}>
        <caption className="visually-hidden">{t('portfolio.tableCaption')}</caption>
        <SortableHead columns={columns} sort={sort} dir={dir} onSort={onSort} />
        <tbody>
          {padTop > 0 ? <tr aria-hidden="true" style={{ height: padTop }} /> : null}
          {visible.map(({ row, index }) => (
            <tr
              key={row.id}
              aria-rowindex={index + 2}
              className={row.flagged ? 'data-table__row--flagged' : undefined}
            >
              <th scope="row" className="data-table__product">
                <Link
                  to="/customers/$customerId"
                  params={{ customerId: row.id }}
                  search={{ service: filters.service, channel: filters.channel }}
                >
                  {row.name}
                </Link>
                {row.flagged ? (
                  <span className="badge badge--flag">{t('portfolio.flagged')}</span>
                ) : null}
              </th>
              <td className="numeric">{format.integer(row.sold)}</td>
              <td className="numeric">{format.integer(row.deployed)}</td>
              <td className={row.unused > 0 ? 'numeric numeric--warn' : 'numeric'}>
                {format.integer(row.unused)}
              </td>
              <td className="numeric">{format.percent(row.percent)}</td>
            </tr>
          ))}
          {padBottom > 0 ? <tr aria-hidden="true" style={{ height: padBottom }} /> : null}
        </tbody>
      </table>
    </div>
  );
});
