import type { Locale } from './locale';

// Formatting for the chosen locale, in the user's own time zone. Formatters are cached
// per locale because Intl constructors are comparatively slow and tables call them a lot.

export interface Formatters {
  integer(value: number): string;
  /**
   * `ratio` is a fraction, always with one decimal (0.5 → "50.0%", 0.751 → "75.1%"), so a
   * column of percentages reads alike; null → "—" (nothing sold, no meaningful %). The one
   * rule for every view; CSV cells keep raw numbers (percentCell in src/lib/seats.ts).
   */
  percent(ratio: number | null): string;
  /** Dates that name no instant (an Invalid Date) format as "—" rather than throwing. */
  dateTime(date: Date): string;
  /** "Oct 2026": a processing month, read in UTC like Partner Center's month ends. */
  month(date: Date): string;
  relative(date: Date, now?: Date): string;
}

const isReal = (date: Date) => Number.isFinite(date.getTime());

const cache = new Map<Locale, Formatters>();

const UNITS: [Intl.RelativeTimeFormatUnit, number][] = [
  ['year', 365 * 24 * 3600],
  ['month', 30 * 24 * 3600],
  ['week', 7 * 24 * 3600],
  ['day', 24 * 3600],
  ['hour', 3600],
  ['minute', 60],
  ['second', 1],
];

export function formattersFor(locale: Locale): Formatters {
  const cached = cache.get(locale);
  if (cached) return cached;
  const integer = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 });
  const percent = new Intl.NumberFormat(locale, {
    style: 'percent',
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
  });
  // dateStyle/timeStyle cannot be combined with timeZoneName, so the fields are spelled out.
  const dateTime = new Intl.DateTimeFormat(locale, {
    year: 'numeric',
    month: 'short',
    day: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    timeZoneName: 'short',
  });
  const month = new Intl.DateTimeFormat(locale, {
    year: 'numeric',
    month: 'short',
    timeZone: 'UTC',
  });
  const relative = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' });
  const formatters: Formatters = {
    integer: (value) => (Number.isFinite(value) ? integer.format(value) : '—'),
    percent: (ratio) => (ratio === null || !Number.isFinite(ratio) ? '—' : percent.format(ratio)),
    dateTime: (date) => (isReal(date) ? dateTime.format(date) : '—'),
    month: (date) => (isReal(date) ? month.format(date) : '—'),
    relative: (date, now = new Date()) => {
      if (!isReal(date) || !isReal(now)) return '—';
      const seconds = Math.round((date.getTime() - now.getTime()) / 1000);
      const [unit, size] = UNITS.find(([, s]) => Math.abs(seconds) >= s) ?? ['second', 1];
      return relative.format(Math.round(seconds / size), unit);
    },
  };
  cache.set(locale, formatters);
  return formatters;
}
