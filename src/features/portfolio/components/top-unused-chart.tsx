import { memo } from 'react';
import {
  Bar,
  BarChart,
  CartesianGrid,
  LabelList,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';

import { countText } from '@/components/chart-series';
import { stripBidiControls } from '@/lib/bidi';
import { useI18n } from '@/lib/i18n/i18n-provider';

import type { TopUnusedRow } from '../lib/top-unused';

// recharts lives in its own chunk (top-unused-chart-module.ts). Pure: one bar per customer
// it is given (already ranked and cut to the top 10), unused seats only. The figure's label
// is the text alternative; the table below holds the same numbers.

const ROW_HEIGHT = 28;
const MAX_LABEL_CHARS = 28;
/** The text colour for warnings (tokens.css --warn): 7:1 on white, like the table's figure. */
const UNUSED_COLOUR = '#9a3b00';

function NameTick({ x, y, payload }: { x?: number; y?: number; payload?: { value: string } }) {
  // SVG text cannot isolate: the controls that could reorder the chart are removed.
  const name = stripBidiControls(payload?.value ?? '');
  const short = name.length > MAX_LABEL_CHARS ? `${name.slice(0, MAX_LABEL_CHARS - 1)}…` : name;
  return (
    <text x={x} y={y} dy={4} textAnchor="end" className="chart__tick">
      <title>{name}</title>
      {short}
    </text>
  );
}

export const TopUnusedChart = memo(function TopUnusedChart({
  rows,
  summary,
}: {
  rows: readonly TopUnusedRow[];
  summary: string;
}) {
  const { t, format } = useI18n();
  const height = rows.length * ROW_HEIGHT + 40;
  return (
    <figure className="chart chart--compact" aria-label={summary} style={{ height }}>
      <ResponsiveContainer width="100%" height={height}>
        <BarChart
          data={rows as TopUnusedRow[]}
          layout="vertical"
          margin={{ top: 4, right: 56, bottom: 4, left: 8 }}
        >
          <CartesianGrid horizontal={false} strokeDasharray="3 3" />
          <XAxis type="number" allowDecimals={false} tickFormatter={format.integer} interval={0} />
          <YAxis type="category" dataKey="name" width={210} interval={0} tick={<NameTick />} />
          <Tooltip
            labelFormatter={(label: unknown) => stripBidiControls(String(label))}
            formatter={countText(format.integer)}
            cursor={{ fillOpacity: 0.08 }}
          />
          <Bar
            dataKey="unused"
            name={t('seats.unused')}
            fill={UNUSED_COLOUR}
            isAnimationActive={false}
          >
            <LabelList
              dataKey="unused"
              position="right"
              className="chart__value"
              formatter={countText(format.integer)}
            />
          </Bar>
        </BarChart>
      </ResponsiveContainer>
    </figure>
  );
});
