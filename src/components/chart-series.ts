// How every chart draws its series: one palette and one legend order.
// One palette for every chart, so "sold" and "deployed" look the same everywhere. Both
// pass WCAG's 3:1 non-text contrast on white; the legend and the tables carry the meaning
// too, never colour alone.
export const SOLD_COLOUR = '#6b7a99';
export const DEPLOYED_COLOUR = '#0f6cbd';
export const ACTIVE_COLOUR = '#107c10';

/**
 * Legend items in the order the bars and lines are drawn (sold before deployed, licensed
 * before active) rather than recharts' default alphabetical order of their labels, which
 * changes with the language.
 */
const SERIES_ORDER = ['sold', 'qualified', 'deployed', 'active'];
export function legendOrder(item: { dataKey?: unknown }): number {
  return SERIES_ORDER.indexOf(String(item.dataKey));
}
