import { memo } from 'react';

import { SortableHead } from '@/components/sortable-head';
import { useI18n } from '@/lib/i18n/i18n-provider';
import type { MessageKey } from '@/lib/i18n/messages';
import { useWindowedRows } from '@/lib/use-windowed-rows';

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
  const { scrollRef, windowed, visible, padTop, padBottom } = useWindowedRows(rows, {
    from: VIRTUALISE_FROM,
    rowHeight: ROW_HEIGHT,
  });

  return (
    <div
      ref={scrollRef}
      className={windowed ? 'table-scroll table-scroll--virtual' : 'table-scroll'}
    >
      <table className="data-table" aria-rowcount={rows.length + 1}>
        <caption className="visually-hidden">{caption}</caption>
        <SortableHead
          columns={COLUMNS.map((column) => ({ ...column, label: t(column.label) }))}
          sort={sort}
          dir={dir}
          onSort={onSort}
        />
        <tbody>
          {padTop > 0 ? <tr aria-hidden="true" style={{ height: padTop }} /> : null}
          {visible.map(({ row, index }) => (
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
          ))}
          {padBottom > 0 ? <tr aria-hidden="true" style={{ height: padBottom }} /> : null}
        </tbody>
      </table>
    </div>
  );
});
