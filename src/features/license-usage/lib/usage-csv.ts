import { fileSlug, toCsv } from '@/lib/csv';
import { isRealDate } from '@/lib/latest-date';
import { percentCell } from '@/lib/seats';

import type { ProductUsageRow, WorkloadRow } from './usage-rows';

// The usage tab as CSV, like the other tabs: one line per product and workload as the
// workload table shows it, with the product's sold/deployed/used beside it (blank where
// Partner Center does not say), raw numbers, ISO dates. A product without usage tracking
// gets one line with tracked = no, so the export holds every product the tab lists.

const HEADER = [
  'customerId',
  'customerName',
  'productName',
  'usageTracked',
  'licensesSold',
  'licensesDeployed',
  'usedSeats',
  'workloadName',
  'activeUsers',
  'licensedUsers',
  'workloadUsagePercent',
  'processedDateTime',
] as const;

export function usageCsv(
  customer: { id: string; name: string },
  products: readonly ProductUsageRow[],
  workloads: readonly WorkloadRow[],
  processed: Date | null,
): { fileName: string; csv: string } {
  const iso = isRealDate(processed) ? processed.toISOString() : '';
  const byProduct = new Map<string, WorkloadRow[]>();
  for (const row of workloads) {
    const list = byProduct.get(row.productName) ?? [];
    list.push(row);
    byProduct.set(row.productName, list);
  }
  const lines = products.flatMap((product) => {
    const base = [
      customer.id,
      customer.name,
      product.productName,
      product.tracked ? 'yes' : 'no',
      product.sold,
      product.deployed,
      product.tracked ? product.used : null,
    ];
    const rows = byProduct.get(product.productName) ?? [];
    if (rows.length === 0) return [[...base, '', null, null, null, iso]];
    return rows.map((row) => [
      ...base,
      row.workload,
      row.active,
      row.qualified,
      percentCell(row.percent),
      iso,
    ]);
  });
  const date = iso ? iso.slice(0, 10) : 'undated';
  return {
    fileName: `license-usage_${fileSlug(customer.name)}_${date}.csv`,
    csv: toCsv(HEADER, lines),
  };
}
