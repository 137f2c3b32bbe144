import { z } from 'zod/mini';

// Building blocks for response schemas. Partner Center's documentation and its real
// answers differ in small ways (missing fields, numbers as strings, dates with or without
// an offset), so the schemas accept every documented variant and ignore unknown fields.
// zod/mini keeps ~18 KiB gzip out of the first route (measured when it was chosen; `npm run bench` prints the JS per view).

/** Seats and users are never negative, and no partner has a billion of anything. */
export const MAX_COUNT = 1_000_000_000;
const countRange = { error: `expected a whole number from 0 to ${MAX_COUNT}` };

/**
 * An integer count from 0 to MAX_COUNT; numeric strings ("12") are accepted. Anything
 * else (−5, 1.5, a 20-digit string) fails the row, which is then skipped and counted:
 * a negative "deployed" would show −50 % and invent spare seats.
 */
export const count = z.pipe(
  z.union([
    z.int(countRange),
    z.pipe(
      z.string().check(z.regex(/^\s*\d{1,10}\s*$/, countRange)),
      z.transform((value) => Number(value)),
    ),
  ]),
  z.int().check(z.minimum(0, countRange), z.maximum(MAX_COUNT, countRange)),
);

const ISO_DATE_TIME =
  /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(\.\d+)?)?(Z|[+-](\d{2}):?(\d{2}))?$/;

/**
 * The instant an ISO date-time names, or null when it names none: month 13, 30 February,
 * hour 25, an offset of +15:00. `new Date` would roll some of these over and turn others
 * into an Invalid Date that throws in toISOString and Intl formatting.
 */
export function parseIsoDateTime(value: string): Date | null {
  const parts = ISO_DATE_TIME.exec(value);
  if (!parts) return null;
  const n = (index: number) => Number(parts[index] ?? 0);
  const [year, month, day, hour, minute, second] = [1, 2, 3, 4, 5, 6].map(n) as [
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  // Day 0 of the next month is the last day of this one.
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  const valid =
    month >= 1 &&
    month <= 12 &&
    day >= 1 &&
    day <= daysInMonth &&
    hour <= 23 &&
    minute <= 59 &&
    second <= 59 &&
    n(9) <= 14 &&
    n(10) <= 59;
  if (!valid) return null;
  // An offset-less value is UTC (docs/partner-center-api.md, E3).
  const date = new Date(parts[8] ? value : `${value}Z`);
  return Number.isFinite(date.getTime()) ? date : null;
}

const impossibleDate = 'expected a real date and time (this one does not exist)';

/** ISO date-time with or without an offset; an impossible date is an issue, never an Invalid Date. */
export const isoDateTime = z.pipe(
  z.string().check(z.regex(ISO_DATE_TIME, { error: 'expected an ISO date-time' })),
  z.transform((value, context) => {
    const date = parseIsoDateTime(value);
    if (date) return date;
    context.issues.push({ code: 'custom', input: value, message: impossibleDate });
    return z.NEVER;
  }),
);

/**
 * An optional date-time (processedDateTime). Absent, null, another type or another format
 * is treated as absent: the docs and real answers differ there (UNVERIFIED), and the row's
 * counts are still right. An ISO date-time that names no instant (2024-13-01) is corrupt
 * data, so the row fails and is skipped and counted, as the "could not be read" notice says.
 */
export const optionalDateTime = z.optional(
  z.pipe(
    z.unknown(),
    z.transform((value, context): Date | undefined => {
      if (typeof value !== 'string' || !ISO_DATE_TIME.test(value)) return undefined;
      const date = parseIsoDateTime(value);
      if (date) return date;
      context.issues.push({ code: 'custom', input: value, message: impossibleDate });
      return z.NEVER;
    }),
  ),
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
