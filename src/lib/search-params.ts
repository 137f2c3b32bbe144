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
