import { Bidi } from '@/components/bidi';
import { TableHead } from '@/components/table-head';
import { useI18n } from '@/lib/i18n/i18n-provider';

import type { ProductUsageRow, WorkloadRow } from '../lib/usage-rows';

/** Pure: sold → deployed → used per product; products without usage say so. */
export function ProductUsageTable({ rows }: { rows: readonly ProductUsageRow[] }) {
  const { t, format } = useI18n();
  const count = (value: number | null) => (value === null ? '—' : format.integer(value));
  return (
    <div className="table-scroll">
      <table className="data-table" data-testid="usage-products">
        <caption className="visually-hidden">{t('usage.byProduct')}</caption>
        <TableHead
          columns={[
            { label: t('seats.product'), numeric: false },
            { label: t('seats.sold'), numeric: true },
            { label: t('seats.deployed'), numeric: true },
            { label: t('usage.used'), numeric: true },
            { label: t('usage.percent'), numeric: true },
          ]}
        />
        <tbody>
          {rows.map((row) => (
            <tr key={row.productName}>
              <th scope="row" className="data-table__product">
                <Bidi>{row.productName}</Bidi>
              </th>
              <td className="numeric">{count(row.sold)}</td>
              <td className="numeric">{count(row.deployed)}</td>
              {row.tracked ? (
                <>
                  <td className="numeric">{format.integer(row.used)}</td>
                  <td className="numeric">{format.percent(row.usedOfDeployed)}</td>
                </>
              ) : (
                <td colSpan={2} className="data-table__note">
                  {t('usage.noUsage')}
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** Pure: one row per product and workload, as Partner Center reports them. */
export function WorkloadTable({ rows }: { rows: readonly WorkloadRow[] }) {
  const { t, format } = useI18n();
  return (
    <div className="table-scroll">
      <table className="data-table" data-testid="usage-workloads">
        <caption className="visually-hidden">{t('usage.byWorkload')}</caption>
        <TableHead
          columns={[
            { label: t('seats.product'), numeric: false },
            { label: t('usage.workload'), numeric: false },
            { label: t('usage.qualified'), numeric: true },
            { label: t('usage.active'), numeric: true },
            { label: t('usage.percent'), numeric: true },
          ]}
        />
        <tbody>
          {rows.map((row) => (
            <tr key={row.key}>
              <th scope="row" className="data-table__product">
                <Bidi>{row.productName}</Bidi>
              </th>
              <td>{row.workload}</td>
              <td className="numeric">{format.integer(row.qualified)}</td>
              <td className="numeric">{format.integer(row.active)}</td>
              <td className="numeric">{format.percent(row.percent)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
