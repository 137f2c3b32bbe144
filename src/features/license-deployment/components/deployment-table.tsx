import { useVirtualizer } from '@tanstack/react-virtual';
import { memo, useRef } from 'react';

import { useI18n } from '@/lib/i18n/i18n-provider';
import type { MessageKey } from '@/lib/i18n/messages';

import type { DeploymentRow, SortDirection, SortKey } from '../lib/deployment-rows';

// Pure: renders the rows it is given in the order given. Long lists are windowed so a
// customer with thousands of products stays responsive (a 5,000-row table costs ~600 ms).

const VIRTUALISE_FROM = 150;
const ROW_HEIGHT = 37;

const COLUMNS: { key: SortKey; label: MessageKey; numeric: boolean }[] = [
  { key: 'product', label: 'deployment.product', numeric: false },
  { key: 'sold', label: 'deployment.sold', numeric: true },
  { key: 'deployed', label: 'deployment.deployed', numeric: true },
  { key: 'unused', label: 'deployment.unused', numeric: true },
  { key: 'percent', label: 'deployment.percent', numeric: true },
];

export interface DeploymentTableProps {
  rows: readonly DeploymentRow[];
  sort: SortKey;
  dir: SortDirection;
  onSort(key: SortKey): void;
  caption: string;
}

export const DeploymentTable = memo(function DeploymentTable({
  rows,
  sort,
  dir,
  onSort,
  caption,
}: DeploymentTableProps) {
  const { t, format } = useI18n();
  const scrollRef = useRef<HTMLDivElement>(null);
  const virtual = rows.length >= VIRTUALISE_FROM;
  const virtualizer = useVirtualizer({
    count: virtual ? rows.length : 0,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 12,
  });
  const items = virtual ? virtualizer.getVirtualItems() : null;
  const visible = items
    ? items.map((item) => ({ row: rows[item.index], index: item.index }))
    : rows.map((row, index) => ({ row, index }));
  const padTop = items?.[0]?.start ?? 0;
  const padBottom =
    items && items.length > 0
      ? virtualizer.getTotalSize() - (items[items.length - 1]?.end ?? 0)
      : 0;

  return (
    <div
      ref={scrollRef}
      className={virtual ? 'table-scroll table-scroll--virtual' : 'table-scroll'}
    >
      <table className="data-table" aria-rowcount={rows.length + 1}>
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            {COLUMNS.map((column) => (
              <th
                key={column.key}
                scope="col"
                className={column.numeric ? 'numeric' : undefined}
                aria-sort={
                  sort === column.key ? (dir === 'asc' ? 'ascending' : 'descending') : 'none'
                }
              >
                <button type="button" className="sort-button" onClick={() => onSort(column.key)}>
                  {t(column.label)}
                  <span aria-hidden="true" className="sort-button__arrow">
                    {sort === column.key ? (dir === 'asc' ? '▲' : '▼') : ''}
                  </span>
                </button>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {padTop > 0 ? <tr aria-hidden="true" style={{ height: padTop }} /> : null}
          {visible.map(({ row, index }) =>
            row ? (
              <tr key={row.key} aria-rowindex={index + 2}>
                <th scope="row" className="data-table__product">
                  {row.productName}
                  <span className="data-table__meta">
                    {[row.serviceName, row.channel].filter(Boolean).join(' · ')}
                  </span>
                </th>
                <td className="numeric">{format.integer(row.sold)}</td>
                <td className="numeric">{format.integer(row.deployed)}</td>
                <td className={row.unused > 0 ? 'numeric numeric--warn' : 'numeric'}>
                  {format.integer(row.unused)}
                </td>
                <td className="numeric">{format.percent(row.percent)}</td>
              </tr>
            ) : null,
          )}
          {padBottom > 0 ? <tr aria-hidden="true" style={{ height: padBottom }} /> : null}
        </tbody>
      </table>
    </div>
  );
});
