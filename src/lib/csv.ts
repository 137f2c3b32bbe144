// CSV that opens cleanly in Excel and cannot run anything there:
// - a UTF-8 byte-order mark, so accents (Boulangerie Lefèvre) are not mangled;
// - RFC 4180 quoting of commas, quotes and line breaks;
// - cells that a spreadsheet would read as a formula (=, +, -, @, |, tab, CR, and their
//   full-width forms ＝＋－＠) are prefixed with an apostrophe (OWASP's advice on CSV
//   injection), also when spaces, no-break spaces or zero-width characters come first
//   (spreadsheets skip them before looking for a formula). Numbers are written as numbers.

export type CsvValue = string | number | null | undefined;

/** Characters a spreadsheet skips before the first real one: spaces, NBSP, zero-width, BOM. */
const IGNORED_LEAD = /^[\s\u00a0\u200b-\u200d\u2060\ufeff]*/;
const FORMULA_START = /^[=+\-@|\t\r\n\uff1d\uff0b\uff0d\uff20]/;

function looksLikeFormula(value: string): boolean {
  const lead = IGNORED_LEAD.exec(value)?.[0] ?? '';
  // A tab, CR or LF in the lead is itself a formula start (Excel and LibreOffice).
  return /[\t\r\n]/.test(lead) || FORMULA_START.test(value.slice(lead.length));
}

export function csvCell(value: CsvValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  const safe = looksLikeFormula(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function toCsv(header: readonly string[], rows: readonly (readonly CsvValue[])[]): string {
  const lines = [header, ...rows].map((row) => row.map(csvCell).join(','));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

/** A file-name-safe slug that keeps letters (accents removed) and digits. */
export function fileSlug(text: string): string {
  return (
    text
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/[^A-Za-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 60) || 'export'
  );
}

export function downloadCsv(fileName: string, csv: string): void {
  const url = URL.createObjectURL(new Blob([csv], { type: 'text/csv;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  // Give the browser a moment to start the download before the URL goes away.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
