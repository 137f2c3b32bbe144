import { memo } from 'react';
import {
  CartesianGrid,
  Legend,
  Line,
  LineChart,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';

import { DEPLOYED_COLOUR, legendOrder, SOLD_COLOUR } from '@/components/chart-series';
import { useI18n } from '@/lib/i18n/i18n-provider';

import type { TrendPoint } from '../lib/trend-points';

// recharts lives in its own chunk (trend-chart-module.ts). Pure: draws the points it is
// given, oldest first. A month where the product was not sold yet is a gap, not a zero.

const HEIGHT = 320;

export const TrendChart = memo(function TrendChart({
  points,
  summary,
}: {
  points: readonly TrendPoint[];
  summary: string;
}) {
  const { t, format } = useI18n();
  const data = points.map((point) => ({
    label: format.month(point.date),
    sold: point.present ? point.sold : null,
    deployed: point.present ? point.deployed : null,
  }));
  return (
    <figure className="chart" aria-label={summary} style={{ height: HEIGHT }}>
      <ResponsiveContainer width="100%" height={HEIGHT}>
        <LineChart data={data} margin={{ top: 8, right: 24, bottom: 8, left: 8 }}>
          <CartesianGrid strokeDasharray="3 3" />
          <XAxis dataKey="label" />
          <YAxis allowDecimals={false} tickFormatter={format.integer} width={64} />
          <Tooltip
            formatter={(value) => (typeof value === 'number' ? format.integer(value) : '—')}
          />
          <Legend verticalAlign="top" height={32} itemSorter={legendOrder} />
          <Line
            type="monotone"
            dataKey="sold"
            name={t('seats.sold')}
            stroke={SOLD_COLOUR}
            strokeWidth={2}
            dot={{ r: 3 }}
            isAnimationActive={false}
          />
          <Line
            type="monotone"
            dataKey="deployed"
            name={t('seats.deployed')}
            stroke={DEPLOYED_COLOUR}
            strokeWidth={2}
            dot={{ r: 3 }}
            isAnimationActive={false}
          />
        </LineChart>
      </ResponsiveContainer>
    </figure>
  );
});
