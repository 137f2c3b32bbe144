import { ratio } from '@/lib/seats';

import type { UsageInsight } from '../api/get-license-usage';

// "Sold → deployed → used", pure and unit-tested. Usage is reported per workload, and one
// person is usually active in several (Teams and Exchange), so workloads cannot be added
// up: a product's "used" is the highest active count among its workloads — a floor on how
// many of its seats are in use.

export interface DeploymentFigures {
  productName: string;
  sold: number;
  deployed: number;
}

export interface ProductUsageRow {
  productName: string;
  sold: number | null;
  deployed: number | null;
  used: number;
  /** used ÷ deployed; null when nothing is deployed or deployment is unknown. */
  usedOfDeployed: number | null;
  tracked: boolean;
}

export interface WorkloadRow {
  key: string;
  productName: string;
  workload: string;
  active: number;
  qualified: number;
  /** active ÷ qualified; can exceed 1 (Partner Center counts differ in timing). */
  percent: number | null;
}

export function toWorkloadRows(items: readonly UsageInsight[]): WorkloadRow[] {
  return items.map((item, index) => ({
    key: `${item.productName}|${item.workloadCode}|${index}`,
    productName: item.productName,
    workload: item.workloadName || item.workloadCode,
    active: item.licensesActive,
    qualified: item.licensesQualified,
    percent: ratio(item.licensesActive, item.licensesQualified),
  }));
}

/** Workloads summed over products: the chart's bars. */
export function workloadTotals(rows: readonly WorkloadRow[]) {
  const totals = new Map<string, { workload: string; active: number; qualified: number }>();
  for (const row of rows) {
    const total = totals.get(row.workload) ?? { workload: row.workload, active: 0, qualified: 0 };
    total.active += row.active;
    total.qualified += row.qualified;
    totals.set(row.workload, total);
  }
  return [...totals.values()].sort((a, b) => b.qualified - a.qualified);
}

/** Every product sold or with usage; products without usage rows are marked untracked. */
export function productUsage(
  deployment: readonly DeploymentFigures[] | undefined,
  workloads: readonly WorkloadRow[],
): ProductUsageRow[] {
  const used = new Map<string, number>();
  for (const row of workloads) {
    used.set(row.productName, Math.max(used.get(row.productName) ?? 0, row.active));
  }
  const rows = new Map<string, ProductUsageRow>();
  for (const product of deployment ?? []) {
    const previous = rows.get(product.productName);
    const sold = (previous?.sold ?? 0) + product.sold;
    const deployed = (previous?.deployed ?? 0) + product.deployed;
    rows.set(product.productName, {
      productName: product.productName,
      sold,
      deployed,
      used: used.get(product.productName) ?? 0,
      usedOfDeployed: null,
      tracked: used.has(product.productName),
    });
  }
  for (const [productName, value] of used) {
    if (!rows.has(productName)) {
      rows.set(productName, {
        productName,
        sold: null,
        deployed: null,
        used: value,
        usedOfDeployed: null,
        tracked: true,
      });
    }
  }
  return [...rows.values()]
    .map((row) => ({
      ...row,
      usedOfDeployed: row.tracked && row.deployed !== null ? ratio(row.used, row.deployed) : null,
    }))
    .sort((a, b) => Number(b.tracked) - Number(a.tracked) || (b.deployed ?? 0) - (a.deployed ?? 0));
}

/**
 * The funnel's totals. Usage % is used ÷ the seats deployed on products that have usage
 * tracking: seats of an untracked product (Dynamics, Power BI…) can never count as used,
 * so counting them would understate usage (47 of 73 instead of 47 of 57). They are
 * totalled apart, as `untrackedDeployed`.
 */
export function usageFunnel(rows: readonly ProductUsageRow[]) {
  let sold = 0;
  let deployed = 0;
  let trackedDeployed = 0;
  let used = 0;
  for (const row of rows) {
    sold += row.sold ?? 0;
    deployed += row.deployed ?? 0;
    if (row.tracked) trackedDeployed += row.deployed ?? 0;
    used += row.used;
  }
  return {
    sold,
    deployed,
    used,
    trackedDeployed,
    untrackedDeployed: deployed - trackedDeployed,
    percent: ratio(used, trackedDeployed),
  };
}
