/** The newest valid `processedDateTime` of some rows: when "the data as of" is. */
export function latestDate(items: Iterable<{ processedDateTime?: Date | undefined }>): Date | null {
  let latest: Date | null = null;
  for (const item of items) {
    const date = item.processedDateTime;
    if (date && !Number.isNaN(date.getTime()) && (!latest || date > latest)) latest = date;
  }
  return latest;
}
