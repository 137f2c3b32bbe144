// @ts-check
// The `filter` grammar of Partner Center's current analytics endpoints (E3, E6):
//   expr := and ('or' and)* ;  and := term ('and' term)* ;
//   term := '(' expr ')' | FIELD ('eq' | 'ne') 'string'
// Keywords are case-insensitive, strings are single-quoted ('' escapes a quote), values
// compare case-insensitively (ids arrive in either case). Anything else is a 400.

/** @typedef {(row: Record<string, unknown>) => boolean} RowPredicate */

export class FilterError extends Error {}

/** @param {string} text */
function tokenize(text) {
  /** @type {string[]} */
  const tokens = [];
  const pattern = /\s*(?:(\()|(\))|'((?:[^']|'')*)'|([A-Za-z_][A-Za-z0-9_]*))/y;
  let index = 0;
  while (index < text.length) {
    if (/^\s*$/.test(text.slice(index))) break;
    pattern.lastIndex = index;
    const match = pattern.exec(text);
    if (!match)
      throw new FilterError(
        `Unexpected text at position ${index}: '${text.slice(index, index + 20)}'`,
      );
    tokens.push(
      match[1] ??
        match[2] ??
        (match[3] !== undefined ? `'${match[3].replace(/''/g, "'")}` : (match[4] ?? '')),
    );
    index = pattern.lastIndex;
  }
  return tokens;
}

/**
 * @param {string} text
 * @param {readonly string[]} fields the fields a statement may name
 * @returns {RowPredicate}
 */
export function parseFilter(text, fields) {
  const tokens = tokenize(text);
  let position = 0;
  const peek = () => tokens[position];
  const next = () => tokens[position++];
  const keyword = (/** @type {string} */ word) =>
    peek()?.toLowerCase() === word && (position++, true);

  /** @returns {RowPredicate} */
  function term() {
    if (peek() === '(') {
      next();
      const inner = orExpr();
      if (next() !== ')') throw new FilterError('Missing closing parenthesis.');
      return inner;
    }
    const field = next();
    const known = fields.find((f) => f.toLowerCase() === field?.toLowerCase());
    if (!known)
      throw new FilterError(`Unknown field '${field ?? ''}'. Allowed: ${fields.join(', ')}.`);
    const operator = next()?.toLowerCase();
    if (operator !== 'eq' && operator !== 'ne')
      throw new FilterError(`Expected 'eq' or 'ne' after ${known}.`);
    const literal = next();
    if (!literal?.startsWith("'"))
      throw new FilterError(`Expected a quoted value after ${known} ${operator}.`);
    const value = literal.slice(1).toLowerCase();
    return (row) => (String(row[known] ?? '').toLowerCase() === value) === (operator === 'eq');
  }
  /** @returns {RowPredicate} */
  function andExpr() {
    const parts = [term()];
    while (keyword('and')) parts.push(term());
    return (row) => parts.every((part) => part(row));
  }
  /** @returns {RowPredicate} */
  function orExpr() {
    const parts = [andExpr()];
    while (keyword('or')) parts.push(andExpr());
    return (row) => parts.some((part) => part(row));
  }

  if (tokens.length === 0) throw new FilterError('The filter is empty.');
  const predicate = orExpr();
  if (position < tokens.length)
    throw new FilterError(`Unexpected '${peek()}' after the end of the filter.`);
  return predicate;
}
