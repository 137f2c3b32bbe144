// @ts-check
// Prints a report table: a header row, a rule and the rows, each column as wide as its
// widest cell (by default text left-aligned in the first column, numbers right-aligned
// after it).

/**
 * @param {string[]} headers
 * @param {string[][]} rows
 * @param {{ align?: string, indent?: string }} [options]  align: one letter per column,
 *   l or r (default "lrr…")
 */
export function printTable(headers, rows, { align, indent = '    ' } = {}) {
  const left = (/** @type {number} */ c) => (align ? align[c] === 'l' : c === 0);
  const widths = headers.map((header, c) =>
    Math.max(header.length, ...rows.map((row) => (row[c] ?? '').length)),
  );
  /** @param {string[]} cells */
  const line = (cells) =>
    indent +
    cells
      .map((cell, c) => (left(c) ? cell.padEnd(widths[c] ?? 0) : cell.padStart(widths[c] ?? 0)))
      .join('  ')
      .trimEnd();
  console.log(line(headers));
  console.log(indent + widths.map((w) => '─'.repeat(w)).join('  '));
  for (const row of rows) console.log(line(row));
}

/** @param {string} title @param {string[]} [notes] */
export function printHeading(title, notes = []) {
  console.log(`\n${title}`);
  for (const note of notes) console.log(`    ${note}`);
  if (notes.length) console.log('');
}
