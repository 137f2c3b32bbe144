import { memo } from 'react';

import { Bidi } from '@/components/bidi';
import { seatColumnsWithOver, SeatCells } from '@/components/seat-cells';
import { SortableHead } from '@/components/table-head';
import { WindowedTable } from '@/components/windowed-table';
import { channelName, serviceName } from '@/lib/i18n/code-names';
import { useI18n } from '@/lib/i18n/i18n-provider';

import type { DeploymentRow, SortDirection, SortKey } from '../lib/deployment-rows';

// Pure: renders the rows it is given in the order given. Long lists are windowed so a
// customer with thousands of products stays responsive (a 5,000-row table costs ~600 ms).

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
  const { t } = useI18n();
  const columns = [
    { key: 'product', label: t('seats.product'), numeric: false },
    ...seatColumnsWithOver(t),
  ] as const;
  return (
    <WindowedTable
      rows={rows}
      windowFrom={150}
      rowHeight={37}
      caption={caption}
      head={<SortableHead columns={columns} sort={sort} dir={dir} onSort={onSort} />}
      renderRow={(row, rowIndex) => (
        <tr key={row.key} aria-rowindex={rowIndex}>
          <th scope="row" className="data-table__product">
            <Bidi>{row.productName}</Bidi>
            <span className="data-table__meta">
              {[
                row.serviceName && serviceName(t, row.serviceName),
                row.channel && channelName(t, row.channel),
              ]
                .filter(Boolean)
                .map((text, index) => (
                  <span key={index}>
                    {index > 0 ? ' · ' : null}
                    <Bidi>{text}</Bidi>
                  </span>
                ))}
            </span>
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
