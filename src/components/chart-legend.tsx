import type { ReactNode } from 'react';

import type { ChartSeries } from './chart-series';

// The legend of a chart, in HTML above it: it wraps on a phone instead of overlapping the
// axes, its text has the page's contrast (recharts draws legend text in the series colour),
// and its swatches use the same custom properties as the bars and lines.

export function ChartLegend({
  items,
  note,
  shape = 'box',
}: {
  items: readonly { series: ChartSeries; label: string }[];
  note?: string | undefined;
  shape?: 'box' | 'line';
}) {
  return (
    <ul className="chart-legend">
      {items.map((item) => (
        <li key={item.series} className="chart-legend__item" data-series={item.series}>
          <span
            aria-hidden="true"
            className={`chart-swatch chart-swatch--${item.series}${shape === 'line' ? ' chart-swatch--line' : ''}`}
          />
          {item.label}
        </li>
      ))}
      {note ? <li className="chart-legend__note">{note}</li> : null}
    </ul>
  );
}

/** The over-assigned hatch, referenced by charts.css as url(#chart-over-pattern). */
export function ChartPatterns() {
  return (
    <svg className="chart-patterns" aria-hidden="true" focusable="false">
      <defs>
        <pattern
          id="chart-over-pattern"
          width="6"
          height="6"
          patternUnits="userSpaceOnUse"
          patternTransform="rotate(45)"
        >
          <rect className="chart-pattern__bg" width="6" height="6" />
          <line className="chart-pattern__stripe" x1="0" y1="0" x2="0" y2="6" />
        </pattern>
      </defs>
    </svg>
  );
}

/**
 * A chart as one tab stop with a text alternative: role=img with the summary as its name
 * (what it shows and its first items); the table beside every chart has each figure. The
 * SVG inside is recharts' with its accessibility layer off, so it adds no tab stops.
 */
export function ChartFigure({
  summary,
  height,
  children,
}: {
  summary: string;
  height: number;
  children: ReactNode;
}) {
  return (
    // A focusable image: keyboard users reach it, hear its summary and move on in one Tab.
    // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex
    <figure className="chart" role="img" aria-label={summary} tabIndex={0} style={{ height }}>
      {children}
    </figure>
  );
}
