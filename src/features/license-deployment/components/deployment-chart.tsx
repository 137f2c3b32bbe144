import { memo, useMemo } from 'react';
import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';

import { Bidi } from '@/components/bidi';
import { ChartFigure, ChartLegend, ChartPatterns } from '@/components/chart-legend';
import { seriesClass } from '@/components/chart-series';
import { stripBidiControls } from '@/lib/bidi';
import { useI18n } from '@/lib/i18n/i18n-provider';
import { useElementWidth } from '@/lib/use-element-width';

import {
  chartBars,
  chartLayout,
  niceScale,
  type ChartBar,
  type ChartLayout,
} from '../lib/chart-bars';
import type { DeploymentRow } from '../lib/deployment-rows';

// recharts lives in its own chunk (see chart-module.ts). This component is pure: it draws
// the rows it is given, already filtered, sorted and cut by its parent. Each product is one
// bar: deployed seats, then the unused gap, then seats over-assigned beyond what was sold.
// Names and figures are drawn by the category axis' tick, beside the bars on a wide screen
// and above them on a narrow one, so the bars keep the width either way.

/** Animating hundreds of bars costs seconds (measured with `npm run bench`) and helps nobody. */
const ANIMATION_LIMIT = 30;
const VALUE_MARGIN_PX = 132;

interface TickProps {
  x?: number;
  y?: number;
  payload?: { value: string };
}

function ProductTick({
  x = 0,
  y = 0,
  payload,
  bars,
  layout,
  plotRight,
  valueX,
  values,
}: TickProps & {
  bars: ReadonlyMap<string, ChartBar>;
  layout: ChartLayout;
  plotRight: number;
  valueX(bar: ChartBar): number;
  values(bar: ChartBar): string;
}) {
  const bar = bars.get(payload?.value ?? '');
  if (!bar) return null;
  // SVG text cannot isolate: the controls that could reorder the chart are removed.
  const name = stripBidiControls(bar.productName);
  const label = stripBidiControls(bar.label);
  if (layout.narrow) {
    const top = y - layout.barSize / 2 - 6;
    return (
      <g>
        <text x={8} y={top} textAnchor="start" className="chart__tick chart__bar-name">
          <title>{name}</title>
          {label}
        </text>
        <text x={plotRight} y={top} textAnchor="end" className="chart__value">
          {values(bar)}
        </text>
      </g>
    );
  }
  return (
    <g>
      <text x={x} y={y} dy={4} textAnchor="end" className="chart__tick chart__bar-name">
        <title>{name}</title>
        {label}
      </text>
      <text x={valueX(bar)} y={y} dy={4} textAnchor="start" className="chart__value">
        {values(bar)}
      </text>
    </g>
  );
}

function ValueTick({
  x,
  y,
  payload,
  format,
}: {
  x?: number;
  y?: number;
  payload?: { value: number };
  format: (value: number) => string;
}) {
  return (
    <text x={x} y={y} dy={12} textAnchor="middle" className="chart__tick">
      {format(payload?.value ?? 0)}
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
  const row = payload?.[0]?.payload as ChartBar | undefined;
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
        {row.over > 0 ? (
          <>
            <dt>{t('deployment.chartOverAssigned')}</dt>
            <dd>{format.integer(row.over)}</dd>
          </>
        ) : null}
      </dl>
    </div>
  );
}

export interface DeploymentChartProps {
  rows: readonly DeploymentRow[];
  /** A text alternative; the table next to the chart holds the same data. */
  summary: string;
}

export const DeploymentChart = memo(function DeploymentChart({
  rows,
  summary,
}: DeploymentChartProps) {
  const { t, format } = useI18n();
  const [frameRef, width] = useElementWidth<HTMLDivElement>(800);
  const layout = chartLayout(width);
  const bars = useMemo(() => chartBars(rows, layout.labelChars), [rows, layout.labelChars]);
  const byKey = useMemo(() => new Map(bars.map((bar) => [bar.key, bar])), [bars]);
  const scale = niceScale(Math.max(0, ...bars.map((bar) => Math.max(bar.sold, bar.deployed))));
  const animate = bars.length <= ANIMATION_LIMIT;
  const height = bars.length * layout.rowHeight + 36;
  const margin = layout.narrow
    ? { top: 4, right: 8, bottom: 4, left: 8 }
    : { top: 4, right: VALUE_MARGIN_PX, bottom: 4, left: 8 };
  const plotLeft = margin.left + layout.labelWidth;
  const plotRight = width - margin.right;
  const valueX = (bar: ChartBar) =>
    plotLeft + ((plotRight - plotLeft) * Math.max(bar.sold, bar.deployed)) / scale.max + 6;
  const values = (bar: ChartBar) =>
    bar.over > 0
      ? t('deployment.chartValuesOver', {
          deployed: format.integer(bar.deployed),
          sold: format.integer(bar.sold),
          over: format.integer(bar.over),
        })
      : t('deployment.chartValues', {
          deployed: format.integer(bar.deployed),
          sold: format.integer(bar.sold),
        });
  const hasOver = bars.some((bar) => bar.over > 0);
  return (
    <div className="chart-frame" ref={frameRef}>
      <ChartLegend
        items={[
          { series: 'deployed', label: t('seats.deployed') },
          { series: 'unused', label: t('seats.unused') },
          ...(hasOver
            ? [{ series: 'over' as const, label: t('deployment.chartOverAssigned') }]
            : []),
        ]}
        note={t('deployment.chartValuesNote')}
      />
      <ChartFigure summary={summary} height={height}>
        <ChartPatterns />
        <ResponsiveContainer width="100%" height={height}>
          <BarChart
            data={bars}
            layout="vertical"
            margin={margin}
            barSize={layout.barSize}
            accessibilityLayer={false}
          >
            <CartesianGrid horizontal={false} strokeDasharray="3 3" />
            <XAxis
              type="number"
              domain={[0, scale.max]}
              ticks={scale.ticks}
              allowDecimals={false}
              // The ticks are ours (niceScale) and always fit: interval 0 and a plain <text>
              // tick spare recharts measuring every label in the DOM before the first paint
              // (a forced layout per label; the bench's trace showed ~60 ms of it).
              interval={0}
              tick={<ValueTick format={format.integer} />}
              orientation={layout.narrow ? 'top' : 'bottom'}
              hide={layout.narrow}
            />
            <YAxis
              type="category"
              dataKey="key"
              width={layout.labelWidth}
              interval={0}
              tickLine={!layout.narrow}
              axisLine={!layout.narrow}
              tick={
                <ProductTick
                  bars={byKey}
                  layout={layout}
                  plotRight={plotRight}
                  valueX={valueX}
                  values={values}
                />
              }
            />
            <Tooltip
              content={(props) => <ChartTooltip active={props.active} payload={props.payload} />}
              cursor={{ fillOpacity: 0.08 }}
            />
            <Bar
              dataKey="inUse"
              stackId="seats"
              name={t('seats.deployed')}
              className={seriesClass('deployed')}
              isAnimationActive={animate}
            />
            <Bar
              dataKey="gap"
              stackId="seats"
              name={t('seats.unused')}
              className={seriesClass('unused')}
              isAnimationActive={animate}
            />
            <Bar
              dataKey="over"
              stackId="seats"
              name={t('deployment.chartOverAssigned')}
              className={seriesClass('over')}
              isAnimationActive={animate}
            />
          </BarChart>
        </ResponsiveContainer>
      </ChartFigure>
    </div>
  );
});
