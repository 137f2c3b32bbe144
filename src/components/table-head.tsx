// Table heads. Numeric columns are right-aligned (class `numeric`), like their cells.

export interface Column {
  label: string;
  numeric: boolean;
}

export interface SortableColumn<K extends string> extends Column {
  key: K;
}

/** A plain head: one `th scope="col"` per column. */
export function TableHead({ columns }: { columns: readonly Column[] }) {
  return (
    <thead>
      <tr>
        {columns.map((column) => (
          <th key={column.label} scope="col" className={column.numeric ? 'numeric' : undefined}>
            {column.label}
          </th>
        ))}
      </tr>
    </thead>
  );
}

/**
 * A head whose column headers sort the table: a real button per header (keyboard and
 * screen readers), `aria-sort` on the sorted column, an arrow for sighted users.
 */
export function SortableHead<K extends string>({
  columns,
  sort,
  dir,
  onSort,
}: {
  columns: readonly SortableColumn<K>[];
  sort: K;
  dir: 'asc' | 'desc';
  onSort(key: K): void;
}) {
  return (
    <thead>
      <tr>
        {columns.map((column) => (
          <th
            key={column.key}
            scope="col"
            data-col={column.key}
            className={column.numeric ? 'numeric' : undefined}
            aria-sort={sort === column.key ? (dir === 'asc' ? 'ascending' : 'descending') : 'none'}
          >
            <button type="button" className="sort-button" onClick={() => onSort(column.key)}>
              {column.label}
              <span aria-hidden="true" className="sort-button__arrow">
                {sort === column.key ? (dir === 'asc' ? '▲' : '▼') : ''}
              </span>
            </button>
          </th>
        ))}
      </tr>
    </thead>
  );
}
