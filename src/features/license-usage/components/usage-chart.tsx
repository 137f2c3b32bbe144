import { memo } from 'react';
import {
  Bar,
  BarChart,
  CartesianGrid,
  Legend,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';

import { ACTIVE_COLOUR, DEPLOYED_COLOUR, legendOrder } from '@/components/chart-series';
import { stripBidiControls } from '@/lib/bidi';
import { useI18n } from '@/lib/i18n/i18n-provider';

// recharts lives in its own chunk (usage-chart-module.ts). Pure: one pair of bars per
// workload, licensed users beside active users.

const ROW_HEIGHT = 44;

export const UsageChart = memo(function UsageChart({
  workloads,
  summary,
}: {
  workloads: readonly { workload: string; active: number; qualified: number }[];
  summary: string;
}) {
  const { t, format } = useI18n();
  const height = workloads.length * ROW_HEIGHT + 70;
  return (
    <figure className="chart" aria-label={summary} style={{ height }}>
      <ResponsiveContainer width="100%" height={height}>
        <BarChart
          data={workloads as { workload: string; active: number; qualified: number }[]}
          layout="vertical"
          margin={{ top: 8, right: 48, bottom: 8, left: 8 }}
          barGap={2}
        >
          <CartesianGrid horizontal={false} strokeDasharray="3 3" />
          <XAxis type="number" allowDecimals={false} tickFormatter={format.integer} />
          {/* SVG text cannot isolate: the controls that could reorder the chart are removed. */}
          <YAxis
            type="category"
            dataKey="workload"
            width={180}
            interval={0}
            tickFormatter={(value: unknown) => stripBidiControls(String(value))}
          />
          <Tooltip
            labelFormatter={(label: unknown) => stripBidiControls(String(label))}
            formatter={(value) => (typeof value === 'number' ? format.integer(value) : '')}
          />
          <Legend verticalAlign="top" height={32} itemSorter={legendOrder} />
          <Bar
            dataKey="qualified"
            name={t('usage.qualified')}
            fill={DEPLOYED_COLOUR}
            isAnimationActive={false}
            minPointSize={1}
          />
          <Bar
            dataKey="active"
            name={t('usage.active')}
            fill={ACTIVE_COLOUR}
            isAnimationActive={false}
            minPointSize={1}
          />
        </BarChart>
      </ResponsiveContainer>
    </figure>
  );
});
