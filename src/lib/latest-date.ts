/** False for null, undefined and an Invalid Date (which throws in toISOString and Intl). */
export function isRealDate(date: Date | null | undefined): date is Date {
  return date instanceof Date && Number.isFinite(date.getTime());
}

/** The newest valid `processedDateTime` of some rows: when "the data as of" is. */
export function latestDate(items: Iterable<{ processedDateTime?: Date | undefined }>): Date | null {
  let latest: Date | null = null;
  for (const item of items) {
    const date = item.processedDateTime;
    if (isRealDate(date) && (!latest || date > latest)) latest = date;
  }
  return latest;
}
