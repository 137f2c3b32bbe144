import { toCsv } from '@/lib/csv';
import { productNameKey } from '@/lib/licensing/product-names';

import type { PriceListEntry } from './plan';
import { priceEntry } from './tenant-storage';

// The user's price list as CSV (Product, Currency, Monthly price per seat), so a partner can
// keep it in a spreadsheet and load it in another browser. Import is untrusted input: a
// line that does not read as a product, a currency code and a price is skipped and counted.

export const PRICE_CSV_HEADER = ['Product', 'Currency', 'Monthly price per seat'] as const;

export function priceListCsv(prices: readonly PriceListEntry[]): string {
  return toCsv(
    PRICE_CSV_HEADER,
    prices.map((p) => [p.productName, p.monthly.currency, p.monthly.amount]),
  );
}

/** RFC 4180 fields of one CSV text (quotes, doubled quotes, CRLF or LF). */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  const input = text.replace(/^\uFEFF/, '');
  for (let i = 0; i < input.length; i++) {
    const c = input[i];
    if (quoted) {
      if (c === '"' && input[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && input[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += c;
  }
  if (field !== '' || row.length > 0) rows.push([...row, field]);
  return rows;
}

export function importPriceList(text: string): { prices: PriceListEntry[]; skipped: number } {
  const prices = new Map<string, PriceListEntry>();
  let skipped = 0;
  const rows = parseCsv(text).filter((cells) => cells.some((cell) => cell.trim() !== ''));
  const [first, ...rest] = rows;
  const body = first && first[0]?.trim().toLowerCase() === 'product' ? rest : rows;
  for (const [name = '', currency = '', amount = ''] of body) {
    // Our own export guards formula-like cells with a leading apostrophe.
    const product = name.replace(/^'/, '').trim();
    const value = Number(amount.trim().replace(',', '.'));
    const entry =
      product && amount.trim() !== ''
        ? priceEntry(productNameKey(product), product, value, currency)
        : null;
    if (entry) prices.set(`${entry.productKey}|${entry.monthly.currency}`, entry);
    else skipped++;
  }
  return { prices: [...prices.values()], skipped };
}
