import type { ReactNode } from 'react';

import { useWindowedRows } from '@/lib/use-windowed-rows';

// A data table that stays responsive at any length: from `windowFrom` rows on, only the
// rows in view are rendered (see useWindowedRows), with aria-rowcount/aria-rowindex so
// assistive technology still knows the table's real size.

export function WindowedTable<T>({
  rows,
  windowFrom,
  rowHeight,
  caption,
  head,
  renderRow,
  testId,
}: {
  rows: readonly T[];
  windowFrom: number;
  rowHeight: number;
  caption: string;
  head: ReactNode;
  /** One `<tr>`; `rowIndex` is its aria-rowindex (the head is row 1). */
  renderRow(row: T, rowIndex: number): ReactNode;
  testId?: string;
}) {
  const { scrollRef, windowed, visible, padTop, padBottom } = useWindowedRows(rows, {
    from: windowFrom,
    rowHeight,
  });
  return (
    <div
      // A table that grows past `windowFrom` while pages arrive (the portfolio) becomes a
      // new scroll container, so the windowing measures the viewport it now has.
      key={windowed ? 'windowed' : 'whole'}
      ref={scrollRef}
      className={windowed ? 'table-scroll table-scroll--virtual' : 'table-scroll'}
      data-testid={testId}
    >
      <table className="data-table" aria-rowcount={rows.length + 1}>
        <caption className="visually-hidden">{caption}</caption>
        {head}
        <tbody>
          {padTop > 0 ? <tr aria-hidden="true" style={{ height: padTop }} /> : null}
          {visible.map(({ row, index }) => renderRow(row, index + 2))}
          {padBottom > 0 ? <tr aria-hidden="true" style={{ height: padBottom }} /> : null}
        </tbody>
      </table>
    </div>
  );
}
