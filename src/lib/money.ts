// Money as Partner Center bills it: an amount in one currency (ISO 4217 code). Amounts in
// different currencies are never added together — a partner billed in EUR and USD sees two
// totals, not one meaningless number. Sums are kept in ten-thousandths, so adding thousands
// of per-seat prices (14.4 × 37 …) does not drift in the last cent.

export interface Money {
  amount: number;
  currency: string;
}

const SCALE = 10_000;

/** A currency code as Partner Center writes it ("usd", "EUR") in one canonical form. */
export function currencyCode(value: string): string | null {
  const code = value.trim().toUpperCase();
  return /^[A-Z]{3}$/.test(code) ? code : null;
}

/** Totals per currency, in the order currencies were first met. */
export function sumByCurrency(items: Iterable<Money>): Money[] {
  const totals = new Map<string, number>();
  for (const { amount, currency } of items) {
    if (!Number.isFinite(amount)) continue;
    totals.set(currency, (totals.get(currency) ?? 0) + Math.round(amount * SCALE));
  }
  return [...totals].map(([currency, scaled]) => ({ currency, amount: scaled / SCALE }));
}

/** `amount` rounded to the cent, for CSV cells and comparisons. */
export function roundCents(amount: number): number {
  return Math.round(amount * 100) / 100;
}

const formatters = new Map<string, Intl.NumberFormat>();

/** "€1,234.50" / "1 234,50 €", per locale; a bad currency code shows the number and code. */
export function formatMoney(locale: string, money: Money): string {
  const key = `${locale}|${money.currency}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    try {
      formatter = new Intl.NumberFormat(locale, { style: 'currency', currency: money.currency });
    } catch {
      return `${new Intl.NumberFormat(locale, { maximumFractionDigits: 2 }).format(money.amount)} ${money.currency}`;
    }
    formatters.set(key, formatter);
  }
  return formatter.format(money.amount);
}
