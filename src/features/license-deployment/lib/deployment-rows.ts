import type { DeploymentInsight } from '@/lib/api/get-license-deployment';
import { deploymentRatio, unusedSeats } from '@/lib/seats';

// The maths of the customer view, pure and unit-tested: unused seats and deployment %
// come from the counts, never from the API's own "adjusted" percentage.

export interface DeploymentRow {
  key: string;
  productName: string;
  serviceName: string;
  channel: string;
  sold: number;
  deployed: number;
  /** Seats paid for and not assigned; never negative (deployed can exceed sold). */
  unused: number;
  /** deployed / sold as a fraction; null when nothing is sold. */
  percent: number | null;
}

export function toDeploymentRows(items: readonly DeploymentInsight[]): DeploymentRow[] {
  return items.map((item, index) => ({
    // Product names can repeat across channels/services, so the key includes them.
    key: `${item.productName}|${item.serviceName}|${item.channel}|${index}`,
    productName: item.productName,
    serviceName: item.serviceName,
    channel: item.channel,
    sold: item.licensesSold,
    deployed: item.licensesDeployed,
    unused: unusedSeats(item.licensesSold, item.licensesDeployed),
    percent: deploymentRatio(item.licensesSold, item.licensesDeployed),
  }));
}

export const SORT_KEYS = ['unused', 'product', 'sold', 'deployed', 'percent'] as const;
export type SortKey = (typeof SORT_KEYS)[number];
export type SortDirection = 'asc' | 'desc';

const collator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });

function compare(a: DeploymentRow, b: DeploymentRow, key: SortKey): number {
  switch (key) {
    case 'product':
      return collator.compare(a.productName, b.productName);
    case 'percent':
      // Rows with nothing sold have no percentage; they sort after every real value.
      if (a.percent === null || b.percent === null)
        return (a.percent === null ? 1 : 0) - (b.percent === null ? 1 : 0);
      return a.percent - b.percent;
    default:
      return a[key] - b[key];
  }
}

export function sortRows(
  rows: readonly DeploymentRow[],
  key: SortKey,
  direction: SortDirection,
): DeploymentRow[] {
  const sign = direction === 'asc' ? 1 : -1;
  return [...rows].sort((a, b) => {
    const primary = compare(a, b, key);
    if (key === 'percent' && (a.percent === null || b.percent === null)) return primary;
    return primary * sign || collator.compare(a.productName, b.productName);
  });
}

export function filterRows(
  rows: readonly DeploymentRow[],
  filters: { service?: string | undefined; channel?: string | undefined },
): DeploymentRow[] {
  return rows.filter(
    (row) =>
      (!filters.service || row.serviceName.toLowerCase() === filters.service.toLowerCase()) &&
      (!filters.channel || row.channel.toLowerCase() === filters.channel.toLowerCase()),
  );
}

export function distinctValues(
  rows: readonly DeploymentRow[],
  field: 'serviceName' | 'channel',
): string[] {
  return [...new Set(rows.map((row) => row[field]).filter((value) => value !== ''))].sort(
    collator.compare,
  );
}
