import { Link } from '@tanstack/react-router';
import { memo } from 'react';

import { Bidi } from '@/components/bidi';
import { seatColumnsWithOver, SeatCells } from '@/components/seat-cells';
import { SortableHead } from '@/components/table-head';
import { WindowedTable } from '@/components/windowed-table';
import { useI18n } from '@/lib/i18n/i18n-provider';
import { links } from '@/lib/links';

import type { PortfolioRow, PortfolioSortKey } from '../lib/portfolio-rows';

// Pure: the rows it is given, in that order. Windowed, so 20,000 customers scroll as
// smoothly as 20. A customer's name opens its view with the portfolio's filters.

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
  const columns = [
    { key: 'customer', label: t('portfolio.customer'), numeric: false },
    ...seatColumnsWithOver(t),
  ] as const;
  return (
    <WindowedTable
      rows={rows}
      windowFrom={100}
      rowHeight={41}
      caption={t('portfolio.tableCaption')}
      head={<SortableHead columns={columns} sort={sort} dir={dir} onSort={onSort} />}
      testId="portfolio-scroll"
      renderRow={(row, rowIndex) => (
        <tr
          key={row.id}
          aria-rowindex={rowIndex}
          className={row.flagged ? 'data-table__row--flagged' : undefined}
        >
          <th scope="row" className="data-table__product">
            <Link
              {...links.customer(row.id, { service: filters.service, channel: filters.channel })}
            >
              <Bidi>{row.name}</Bidi>
            </Link>
            {row.flagged ? (
              <span className="badge badge--flag">{t('portfolio.flagged')}</span>
            ) : null}
            {row.stale && row.processed ? (
              <span
                className="badge badge--stale"
                title={t('portfolio.staleTitle', { date: format.dateTime(row.processed) })}
              >
                {t('portfolio.stale', { date: format.month(row.processed) })}
              </span>
            ) : null}
          </th>
          <SeatCells
            sold={row.sold}
            deployed={row.deployed}
            unused={row.unused}
            overAssigned={row.overAssigned}
            percent={row.percent}
          />
        </tr>
      )}
    />
  );
});
