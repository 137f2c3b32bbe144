// How every chart names its series. Colours are not here: they are CSS custom properties
// in src/styles/tokens.css (light and dark), applied by class in src/styles/charts.css,
// so one palette serves every chart and both colour schemes, and its contrast is tested.

export type ChartSeries = 'sold' | 'deployed' | 'unused' | 'over' | 'qualified' | 'active';

/** The class a recharts <Bar>/<Line> gets so charts.css colours it. */
export function seriesClass(series: ChartSeries): string {
  return `chart-series chart-series--${series}`;
}

/**
 * recharts hands tooltips and value labels `unknown` values: a count is written with the
 * language's grouping, anything else (a missing value) as nothing.
 */
export function countText(integer: (value: number) => string) {
  return (value: unknown): string => (typeof value === 'number' ? integer(value) : '');
}
