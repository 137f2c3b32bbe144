import { describe, expect, it } from 'vitest';

import { CHART_CAP, chartBars, chartLayout, chartPage, niceScale } from './chart-bars';
import type { DeploymentRow } from './deployment-rows';

function row(productName: string, sold: number, deployed: number): DeploymentRow {
  return {
    key: productName,
    productName,
    serviceName: 'o365',
    channel: 'reseller',
    sold,
    deployed,
    unused: Math.max(0, sold - deployed),
    overAssigned: Math.max(0, deployed - sold),
    percent: sold > 0 ? deployed / sold : null,
  };
}

describe('chartBars', () => {
  it('splits each bar into deployed, the unused gap and over-assigned seats', () => {
    const [spare, over] = chartBars([row('A', 10, 4), row('B', 0, 3)], 30);
    expect(spare).toMatchObject({ inUse: 4, gap: 6, over: 0 });
    // 3 deployed of 0 sold is over-assigned, not "0 unused" and nothing drawn.
    expect(over).toMatchObject({ inUse: 0, gap: 0, over: 3 });
  });

  it('labels bars so that neighbours stay distinguishable', () => {
    const bars = chartBars(
      [
        row('MICROSOFT INTUNE PLAN 1 (REGION 001)', 5, 1),
        row('MICROSOFT INTUNE PLAN 1 (REGION 002)', 5, 1),
      ],
      20,
    );
    expect(bars[0]?.label).not.toBe(bars[1]?.label);
  });
});

describe('chartLayout', () => {
  it('puts names above the bars on a phone, leaving the bars the width', () => {
    const phone = chartLayout(308);
    expect(phone.narrow).toBe(true);
    expect(phone.labelWidth).toBeLessThanOrEqual(1);
    expect(phone.labelChars).toBeGreaterThanOrEqual(20);
  });

  it('gives names a share of a wide chart and more characters the wider it is', () => {
    const laptop = chartLayout(1100);
    expect(laptop.narrow).toBe(false);
    expect(laptop.labelWidth).toBeLessThan(1100 / 2);
    expect(laptop.labelChars).toBeGreaterThan(chartLayout(600).labelChars);
  });
});

describe('chartPage', () => {
  it('cuts 5,000 rows into pages of at most CHART_CAP bars', () => {
    const rows = Array.from({ length: 5_000 }, (_, i) => i);
    const first = chartPage(rows, 0);
    expect(first.rows).toHaveLength(CHART_CAP);
    expect(first.pages).toBe(50);
    const last = chartPage(rows, 99);
    expect(last.page).toBe(49);
    expect(last.rows.at(-1)).toBe(4_999);
    expect([last.from, last.to]).toEqual([4_900, 5_000]);
  });
});

describe('niceScale', () => {
  it('ends on a round number at or above the largest value', () => {
    expect(niceScale(4_956)).toEqual({ max: 6_000, ticks: [0, 2_000, 4_000, 6_000] });
    expect(niceScale(5).max).toBeGreaterThanOrEqual(5);
    expect(niceScale(0)).toEqual({ max: 1, ticks: [0, 1] });
  });
});
