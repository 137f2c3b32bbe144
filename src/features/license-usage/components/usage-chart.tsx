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

import { ChartFigure, ChartLegend } from '@/components/chart-legend';
import { countText, seriesClass } from '@/components/chart-series';
import { stripBidiControls } from '@/lib/bidi';
import { useI18n } from '@/lib/i18n/i18n-provider';
import { charsThatFit, truncateMiddle } from '@/lib/short-label';
import { useElementWidth } from '@/lib/use-element-width';

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
  const [frameRef, width] = useElementWidth<HTMLDivElement>(800);
  // The names take at most a third of a narrow chart, so the bars keep most of the width.
  const labelWidth = Math.round(Math.min(180, Math.max(90, width * 0.34)));
  const labelChars = charsThatFit(labelWidth - 8);
  const height = workloads.length * ROW_HEIGHT + 40;
  return (
    <div className="chart-frame" ref={frameRef}>
      <ChartLegend
        items={[
          { series: 'qualified', label: t('usage.qualified') },
          { series: 'active', label: t('usage.active') },
        ]}
      />
      <ChartFigure summary={summary} height={height}>
        <ResponsiveContainer width="100%" height={height}>
          <BarChart
            data={workloads as { workload: string; active: number; qualified: number }[]}
            layout="vertical"
            margin={{ top: 4, right: 48, bottom: 4, left: 8 }}
            barGap={2}
            accessibilityLayer={false}
          >
            <CartesianGrid horizontal={false} strokeDasharray="3 3" />
            <XAxis type="number" allowDecimals={false} tickFormatter={format.integer} />
            {/* SVG text cannot isolate: the controls that could reorder the chart are removed. */}
            <YAxis
              type="category"
              dataKey="workload"
              width={labelWidth}
              interval={0}
              tickFormatter={(value: unknown) =>
                truncateMiddle(stripBidiControls(String(value)), labelChars)
              }
            />
            <Tooltip
              labelFormatter={(label: unknown) => stripBidiControls(String(label))}
              formatter={countText(format.integer)}
            />
            <Bar
              dataKey="qualified"
              name={t('usage.qualified')}
              className={seriesClass('qualified')}
              isAnimationActive={false}
              minPointSize={1}
            >
              {/* Each bar says its count: the chart reads without the tooltip. */}
              <LabelList
                dataKey="qualified"
                position="right"
                className="chart__value"
                formatter={countText(format.integer)}
              />
            </Bar>
            <Bar
              dataKey="active"
              name={t('usage.active')}
              className={seriesClass('active')}
              isAnimationActive={false}
              minPointSize={1}
            >
              {/* Each bar says its count: the chart reads without the tooltip. */}
              <LabelList
                dataKey="active"
                position="right"
                className="chart__value"
                formatter={countText(format.integer)}
              />
            </Bar>
          </BarChart>
        </ResponsiveContainer>
      </ChartFigure>
    </div>
  );
});
