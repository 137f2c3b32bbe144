import { z } from 'zod/mini';

// Views keep their state in the URL, which anyone can edit or mangle. Each field is
// validated on its own: a bad one falls back to its default (absent) and is reported by
// name so the page can say which settings were ignored; the rest of the view survives.

export type FieldSchemas = Record<string, z.ZodMiniType>;
export type ParsedFields<F extends FieldSchemas> = { [K in keyof F]?: z.output<F[K]> };

export function parseSearchFields<F extends FieldSchemas>(
  raw: Record<string, unknown>,
  fields: F,
): { value: ParsedFields<F>; invalid: string[] } {
  const invalid: string[] = [];
  const value: Record<string, unknown> = {};
  for (const key of Object.keys(fields)) {
    const input = raw[key];
    if (input === undefined || input === '') continue;
    const schema = fields[key] as z.ZodMiniType;
    // The router parses `?months=12` to a number and `?q=123` too; fields are strings.
    const parsed = schema.safeParse(typeof input === 'number' ? String(input) : input);
    // Absent keys stay out of the object, so they stay out of the URL.
    if (parsed.success) {
      if (parsed.data !== undefined && parsed.data !== false) value[key] = parsed.data;
    } else invalid.push(key);
  }
  return { value: value as ParsedFields<F>, invalid };
}

/** A filter value such as a service or channel name, as the API writes them. */
export const filterValue = z
  .string()
  .check(z.trim(), z.minLength(1), z.maxLength(64), z.regex(/^[\p{L}\p{N} ._()&-]+$/u));

/** `true`/`false` in the URL (or a boolean once the router has parsed it). */
export const booleanFlag = z.union([
  z.boolean(),
  z.pipe(
    z.enum(['true', 'false']),
    z.transform((value) => value === 'true'),
  ),
]);

/**
 * A route's whole search state: every known field (its value, or `undefined` when absent or
 * invalid) plus `ignored`, the names of the settings that were not understood (invalid
 * values and unknown names). The router spreads the raw search under what validateSearch
 * returns, so every key is set explicitly here: a raw `?sort=bogus` cannot leak through to
 * a view. `ignored` never reaches a URL (the root route strips it).
 */
export type RouteSearch<F extends FieldSchemas> = { [K in keyof F]: z.output<F[K]> | undefined } & {
  ignored?: readonly string[] | undefined;
};

export const IGNORED_KEY = 'ignored';

export function routeSearch<F extends FieldSchemas>(
  raw: Record<string, unknown>,
  fields: F,
): RouteSearch<F> {
  const { value, invalid } = parseSearchFields(raw, fields);
  const result: Record<string, unknown> = {};
  const unknown: string[] = [];
  for (const key of Object.keys(raw)) {
    result[key] = undefined;
    if (!(key in fields) && key !== IGNORED_KEY && raw[key] !== undefined) unknown.push(key);
  }
  for (const key of Object.keys(fields)) result[key] = undefined;
  Object.assign(result, value);
  const ignored = [...invalid, ...unknown];
  result[IGNORED_KEY] = ignored.length > 0 ? ignored : undefined;
  return result as RouteSearch<F>;
}
