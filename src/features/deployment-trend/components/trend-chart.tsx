import { memo } from 'react';
import {
  CartesianGrid,
  Line,
  LineChart,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';

import { ChartFigure, ChartLegend } from '@/components/chart-legend';
import { seriesClass } from '@/components/chart-series';
import { useI18n } from '@/lib/i18n/i18n-provider';
import { useElementWidth } from '@/lib/use-element-width';

import type { TrendPoint } from '../lib/trend-points';

// recharts lives in its own chunk (trend-chart-module.ts). Pure: draws the points it is
// given, oldest first. A month where the product was not sold yet is a gap, not a zero.
// Every month gets its label (recharts' default interval dropped some, Oct 2026 among
// them); where they would collide they are angled. The legend is HTML above the chart, so
// on a phone it wraps instead of overlapping the axis.

const HEIGHT = 320;
/** Room a horizontal month label needs ("Sept 2026" at 12 px). */
const FLAT_LABEL_PX = 64;

/** Whether `count` month labels fit flat in a plot `width` px wide. */
export function angledMonthLabels(count: number, width: number): boolean {
  return count * FLAT_LABEL_PX > width;
}

export const TrendChart = memo(function TrendChart({
  points,
  summary,
}: {
  points: readonly TrendPoint[];
  summary: string;
}) {
  const { t, format } = useI18n();
  const [frameRef, width] = useElementWidth<HTMLDivElement>(800);
  const angled = angledMonthLabels(points.length, width - 96);
  const data = points.map((point) => ({
    label: format.month(point.date),
    sold: point.present ? point.sold : null,
    deployed: point.present ? point.deployed : null,
  }));
  return (
    <div className="chart-frame" ref={frameRef}>
      <ChartLegend
        shape="line"
        items={[
          { series: 'sold', label: t('seats.sold') },
          { series: 'deployed', label: t('seats.deployed') },
        ]}
      />
      <ChartFigure summary={summary} height={HEIGHT}>
        <ResponsiveContainer width="100%" height={HEIGHT}>
          <LineChart
            data={data}
            margin={{ top: 8, right: 16, bottom: 8, left: 0 }}
            accessibilityLayer={false}
          >
            <CartesianGrid strokeDasharray="3 3" />
            <XAxis
              dataKey="label"
              interval={0}
              angle={angled ? -45 : 0}
              textAnchor={angled ? 'end' : 'middle'}
              height={angled ? 64 : 30}
              tick={{ fontSize: 12 }}
            />
            <YAxis allowDecimals={false} tickFormatter={format.integer} width={64} />
            <Tooltip
              formatter={(value) => (typeof value === 'number' ? format.integer(value) : '—')}
            />
            <Line
              type="monotone"
              dataKey="sold"
              name={t('seats.sold')}
              className={seriesClass('sold')}
              strokeWidth={2}
              dot={{ r: 3 }}
              isAnimationActive={false}
            />
            <Line
              type="monotone"
              dataKey="deployed"
              name={t('seats.deployed')}
              className={seriesClass('deployed')}
              strokeWidth={2}
              dot={{ r: 3 }}
              isAnimationActive={false}
            />
          </LineChart>
        </ResponsiveContainer>
      </ChartFigure>
    </div>
  );
});
