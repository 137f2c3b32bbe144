import type { CsvValue } from '@/lib/csv';
import { roundCents, type Money } from '@/lib/money';

import type { Action } from './actions';
import type { PlanRow } from './plan';

// The plan as CSV: the same rows and numbers as the table, one subscription per line, with
// dates in ISO form (a spreadsheet sorts them) and money as a number beside its currency.

const isoDay = (date: Date | undefined) => (date ? date.toISOString().slice(0, 10) : '');

export const PLAN_CSV_HEADER = [
  'Product',
  'Subscription',
  'Subscription id',
  'Term',
  'Billing',
  'Renews on',
  'Days to renewal',
  'Auto-renew',
  'Seats bought',
  'Assigned',
  'Assigned source',
  'Assigned as of',
  'Unused',
  'Over-assigned',
  'Monthly price per seat',
  'Price source',
  'Monthly cost of unused seats',
  'Currency',
  'Action',
  'Savings now (monthly)',
  'Savings at renewal (monthly)',
] as const;

export function actionText(action: Action): string {
  switch (action.kind) {
    case 'refund-now':
      return `reduce by ${action.seats} now (refund until ${action.until.toISOString()})`;
    case 'set-next-term':
      return `set ${action.seats} seats for the next term before ${isoDay(action.before)}`;
    case 'renew-with':
      return `expires on ${isoDay(action.expiresOn)}: renew with ${action.seats} seats`;
    case 'buy-or-remove':
      return `buy ${action.seats} or remove ${action.seats} assignments`;
  }
}

const amount = (money: Money | undefined) => (money ? roundCents(money.amount) : null);

export function planCsvRows(rows: readonly PlanRow[]): CsvValue[][] {
  return rows.map((row) => [
    row.product.name,
    row.subscription.friendlyName || row.subscription.offerName || row.subscription.id,
    row.subscription.id,
    row.subscription.termDuration,
    row.subscription.billingCycle,
    isoDay(row.renewsOn),
    row.daysToRenewal ?? null,
    row.subscription.autoRenewEnabled ? 'on' : 'off',
    row.subscription.quantity,
    row.assigned.count,
    row.assigned.source,
    isoDay(row.assigned.asOf),
    row.unused,
    row.overAssigned,
    amount(row.price?.monthly),
    row.price?.source ?? '',
    amount(row.unusedCost),
    row.price?.monthly.currency ?? '',
    row.actions.map(actionText).join('; '),
    amount(row.savingsNow),
    amount(row.savingsAtRenewal),
  ]);
}
