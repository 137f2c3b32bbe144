import { overAssignedSeats, unusedSeats } from '@/lib/seats';
import { charsThatFit, shortLabels } from '@/lib/short-label';

import type { DeploymentRow } from './deployment-rows';

// What the snapshot chart draws, pure and unit-tested. One bar per product, as long as
// max(sold, deployed): the deployed seats within what was sold, then the unused gap the
// chart is sorted by, then any seats assigned beyond what was sold (over-assigned).

export interface ChartBar extends DeploymentRow {
  /** min(sold, deployed): assigned seats that were paid for. */
  inUse: number;
  /** max(0, sold − deployed): the unused gap. */
  gap: number;
  /** max(0, deployed − sold): over-assigned, a billing/compliance risk. */
  over: number;
  /** The product name cut to the label space, distinguishable from its neighbours. */
  label: string;
}

/** Most bars one chart draws; the rest are paged through (the table always has them all). */
export const CHART_CAP = 100;

/** Below this width the names go above the bars instead of beside them. */
export const NARROW_CHART_PX = 560;

export interface ChartLayout {
  narrow: boolean;
  /** Width of the name column beside the bars (1 px when names are above them: recharts draws no ticks for a 0-wide axis). */
  labelWidth: number;
  /** Characters a name may take. */
  labelChars: number;
  rowHeight: number;
  barSize: number;
}

export function chartLayout(width: number): ChartLayout {
  if (width < NARROW_CHART_PX) {
    // The name shares its line with the "deployed / sold" figures (~9 em at 11 px).
    return {
      narrow: true,
      labelWidth: 1,
      labelChars: charsThatFit(Math.max(0, width - 110)),
      rowHeight: 56,
      barSize: 18,
    };
  }
  const labelWidth = Math.round(Math.min(340, Math.max(160, width * 0.32)));
  return {
    narrow: false,
    labelWidth,
    labelChars: charsThatFit(labelWidth - 8),
    rowHeight: 40,
    barSize: 20,
  };
}

export function chartBars(rows: readonly DeploymentRow[], labelChars: number): ChartBar[] {
  const labels = shortLabels(
    rows.map((row) => row.productName),
    labelChars,
  );
  return rows.map((row, index) => ({
    ...row,
    inUse: Math.min(row.sold, row.deployed),
    gap: unusedSeats(row.sold, row.deployed),
    over: overAssignedSeats(row.sold, row.deployed),
    label: labels[index] ?? row.productName,
  }));
}

/** The slice of `rows` one chart page shows: page 0 is the first CHART_CAP rows. */
export function chartPage<T>(rows: readonly T[], page: number, cap = CHART_CAP) {
  const pages = Math.max(1, Math.ceil(rows.length / cap));
  const current = Math.min(Math.max(0, page), pages - 1);
  const from = current * cap;
  return {
    rows: rows.slice(from, from + cap),
    page: current,
    pages,
    from,
    to: Math.min(rows.length, from + cap),
  };
}

/** A value axis from 0 to a round maximum, in four or five round steps (1, 2 or 5 × 10ⁿ). */
export function niceScale(maxValue: number): { max: number; ticks: number[] } {
  if (maxValue <= 0) return { max: 1, ticks: [0, 1] };
  const raw = maxValue / 4;
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = Math.max(1, [1, 2, 5, 10].map((m) => m * power).find((s) => s >= raw) ?? raw);
  const max = Math.ceil(maxValue / step) * step;
  const ticks: number[] = [];
  for (let tick = 0; tick <= max; tick += step) ticks.push(tick);
  return { max, ticks };
}
