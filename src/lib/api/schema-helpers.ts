import { z } from 'zod/mini';

// Building blocks for response schemas. Partner Center's documentation and its real
// answers differ in small ways (missing fields, numbers as strings, dates with or without
// an offset), so the schemas accept every documented variant and ignore unknown fields.
// zod/mini keeps ~18 KiB gzip out of the first route (perf-budget.md).

/** An integer count; numeric strings ("12") are accepted. */
export const count = z.union([
  z.int(),
  z.pipe(
    z.string().check(z.regex(/^\s*-?\d+\s*$/, { error: 'expected a whole number' })),
    z.transform((value) => Number(value)),
  ),
]);

/** ISO date-time with or without an offset; an offset-less value is UTC (api.md, E3). */
export const isoDateTime = z.pipe(
  z.string().check(
    z.regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?$/, {
      error: 'expected an ISO date-time',
    }),
  ),
  z.transform((value) => new Date(/(Z|[+-]\d{2}:?\d{2})$/.test(value) ? value : `${value}Z`)),
);

/** A string that may be absent; a value of another type is treated as absent. */
export const optionalString = z.catch(z.optional(z.string()), undefined);

export const apiLink = z.object({
  uri: z.string(),
  method: z.optional(z.string()),
  headers: z.optional(z.array(z.object({ key: z.string(), value: z.string() }))),
});
export type ApiLink = z.infer<typeof apiLink>;

/**
 * A Collection envelope whose rows are validated one by one: a broken row is skipped and
 * counted instead of failing the whole answer. Envelope problems still fail loudly.
 */
export function collectionOf<T extends z.ZodMiniType>(item: T) {
  return z.pipe(
    z.object({
      totalCount: z.optional(count),
      items: z.array(z.unknown(), { error: 'expected a list of items' }),
      links: z.catch(z.optional(z.object({ next: z.optional(apiLink) })), undefined),
      continuationToken: optionalString,
    }),
    z.transform(({ items, links, continuationToken }) => {
      const rows: z.output<T>[] = [];
      let skipped = 0;
      for (const raw of items) {
        const parsed = item.safeParse(raw);
        if (parsed.success) rows.push(parsed.data);
        else skipped++;
      }
      return { items: rows, skipped, next: links?.next, continuationToken };
    }),
  );
}

/** Names the field of a zod issue as a JSON path for the "unexpected shape" message. */
export function describeZodIssue(issue: z.core.$ZodIssue): { field: string; description: string } {
  const field = issue.path.length > 0 ? issue.path.map(String).join('.') : '(body)';
  return { field, description: issue.message };
}
