import { memo } from 'react';
import {
  Bar,
  BarChart,
  CartesianGrid,
  LabelList,
  Legend,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';

import { Bidi } from '@/components/bidi';
import { DEPLOYED_COLOUR, legendOrder, SOLD_COLOUR } from '@/components/chart-series';
import { stripBidiControls } from '@/lib/bidi';
import { useI18n } from '@/lib/i18n/i18n-provider';

import type { DeploymentRow } from '../lib/deployment-rows';

// recharts lives in its own chunk (see chart-module.ts). This component is pure: it draws
// the rows it is given, already filtered, sorted and cut to the top N by its parent.

const ROW_HEIGHT = 44;
const MAX_LABEL_CHARS = 34;
/** Animating hundreds of bars costs seconds (perf-budget.md) and helps nobody. */
const ANIMATION_LIMIT = 30;

/** A hairline for 0 so the bar and its "0" label exist: no deployment is information too. */
const ZERO_BAR_PX = 1;

function ProductTick({ x, y, payload }: { x?: number; y?: number; payload?: { value: string } }) {
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

interface TooltipProps {
  active?: boolean | undefined;
  payload?: readonly { payload?: unknown }[] | undefined;
}

function ChartTooltip({ active, payload }: TooltipProps) {
  const { t, format } = useI18n();
  // recharts hands back the row object it was given.
  const row = payload?.[0]?.payload as DeploymentRow | undefined;
  if (!active || !row) return null;
  return (
    <div className="chart__tooltip">
      <p className="chart__tooltip-title">
        <Bidi>{row.productName}</Bidi>
      </p>
      <dl>
        <dt>{t('seats.sold')}</dt>
        <dd>{format.integer(row.sold)}</dd>
        <dt>{t('seats.deployed')}</dt>
        <dd>{format.integer(row.deployed)}</dd>
        <dt>{t('seats.percent')}</dt>
        <dd>{format.percent(row.percent)}</dd>
        <dt>{t('seats.unused')}</dt>
        <dd>{format.integer(row.unused)}</dd>
        {row.overAssigned > 0 ? (
          <>
            <dt>{t('seats.overAssigned')}</dt>
            <dd>{format.integer(row.overAssigned)}</dd>
          </>
        ) : null}
      </dl>
    </div>
  );
}

export interface DeploymentChartProps {
  rows: readonly DeploymentRow[];
  /** A one-sentence text alternative; the table next to the chart holds the same data. */
  summary: string;
}

export const DeploymentChart = memo(function DeploymentChart({
  rows,
  summary,
}: DeploymentChartProps) {
  const { t, format } = useI18n();
  const animate = rows.length <= ANIMATION_LIMIT;
  const height = rows.length * ROW_HEIGHT + 70;
  return (
    <figure className="chart" aria-label={summary} style={{ height }}>
      <ResponsiveContainer width="100%" height={height}>
        <BarChart
          data={rows as DeploymentRow[]}
          layout="vertical"
          margin={{ top: 8, right: 48, bottom: 8, left: 8 }}
          barGap={2}
        >
          <CartesianGrid horizontal={false} strokeDasharray="3 3" />
          <XAxis type="number" allowDecimals={false} tickFormatter={format.integer} />
          <YAxis
            type="category"
            dataKey="productName"
            width={270}
            interval={0}
            tick={<ProductTick />}
          />
          <Tooltip
            content={(props) => <ChartTooltip active={props.active} payload={props.payload} />}
            cursor={{ fillOpacity: 0.08 }}
          />
          <Legend verticalAlign="top" height={32} itemSorter={legendOrder} />
          <Bar
            dataKey="sold"
            name={t('seats.sold')}
            fill={SOLD_COLOUR}
            isAnimationActive={animate}
            minPointSize={ZERO_BAR_PX}
          >
            <LabelList
              dataKey="sold"
              position="right"
              className="chart__value"
              formatter={formatLabel(format.integer)}
            />
          </Bar>
          <Bar
            dataKey="deployed"
            name={t('seats.deployed')}
            fill={DEPLOYED_COLOUR}
            isAnimationActive={animate}
            minPointSize={ZERO_BAR_PX}
          >
            <LabelList
              dataKey="deployed"
              position="right"
              className="chart__value"
              formatter={formatLabel(format.integer)}
            />
          </Bar>
        </BarChart>
      </ResponsiveContainer>
    </figure>
  );
});

function formatLabel(integer: (value: number) => string) {
  return (value: unknown) => (typeof value === 'number' ? integer(value) : '');
}
