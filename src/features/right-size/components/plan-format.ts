import { formatMoney, type Money } from '@/lib/money';

import type { Action } from '../lib/actions';

// Dates of terms are UTC calendar days (commitmentEndDate is "YYYY-MM-DDT00:00:00Z"), so
// they are shown in UTC: in Paris the same instant would still be that day, in Seattle
// the day before. Refund deadlines are instants and are shown in local time.

const dayFormats = new Map<string, Intl.DateTimeFormat>();

export function formatDay(locale: string, date: Date | undefined): string {
  if (!date || !Number.isFinite(date.getTime())) return '—';
  let format = dayFormats.get(locale);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' });
    dayFormats.set(locale, format);
  }
  return format.format(date);
}

export function formatMoneyList(locale: string, amounts: readonly Money[]): string {
  return amounts.length === 0 ? '—' : amounts.map((m) => formatMoney(locale, m)).join(' · ');
}

export type ActionMessage =
  | 'rightSize.action.refundNow'
  | 'rightSize.action.setNextTerm'
  | 'rightSize.action.renewWith'
  | 'rightSize.action.buyOrRemove';

/** The message key and values of one action; the caller translates. */
export function actionMessage(
  action: Action,
  locale: string,
  dateTime: (date: Date) => string,
): { key: ActionMessage; values: Record<string, string | number> } {
  switch (action.kind) {
    case 'refund-now':
      return {
        key: 'rightSize.action.refundNow',
        values: { seats: action.seats, until: dateTime(action.until) },
      };
    case 'set-next-term':
      return {
        key: 'rightSize.action.setNextTerm',
        values: { seats: action.seats, date: formatDay(locale, action.before) },
      };
    case 'renew-with':
      return {
        key: 'rightSize.action.renewWith',
        values: { seats: action.seats, date: formatDay(locale, action.expiresOn) },
      };
    case 'buy-or-remove':
      return { key: 'rightSize.action.buyOrRemove', values: { seats: action.seats } };
  }
}
