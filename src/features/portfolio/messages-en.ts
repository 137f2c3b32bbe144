// English text of the portfolio (every customer).
// The app composes it into the catalogue (src/app/i18n/catalogue-en.ts); messages-fr.ts
// has exactly the same keys (type-checked).
export const portfolioEn = {
  'portfolio.searchLabel': 'Filter customers',
  'portfolio.searchPlaceholder': 'Customer name or ID',
  'portfolio.flaggedOnly': 'Flagged only ({count})',
  'portfolio.filtersSummary': 'Filters and export',
  'portfolio.thresholdsSummary': 'below {percent}% deployed, unless at most {spare} spare seats',
  'portfolio.thresholds': 'Flag customers',
  'portfolio.flagBelow': 'deployed below (%)',
  'portfolio.ignoreSpare': 'unless spare seats are at most',
  'portfolio.thresholdsHint': 'Remembered in this browser.',
  'portfolio.progress': '{loaded} of {total} customers loaded…',
  'portfolio.progressUnknown': '{loaded} customers loaded, loading more…',
  'portfolio.loadedAll': 'All {count} customers loaded.',
  'portfolio.stopped':
    'Loading stopped after {loaded} customers; the figures below cover only those.',
  'portfolio.resume': 'Resume loading',
  'portfolio.customer': 'Customer',
  'portfolio.customers': 'Customers',
  'portfolio.flagged': 'Flagged',
  'portfolio.flaggedCustomers': 'Flagged customers',
  'portfolio.unusedNote':
    'A customer’s unused seats are its seats sold minus deployed over all its products (Partner Center sums them per customer); the customer view counts them product by product.',
  'portfolio.tableTitle': 'Customers ({count})',
  'portfolio.tableCaption':
    'Licenses sold, deployed and unused per customer. Column headers sort the table; flagged customers are marked “Flagged”.',
  'portfolio.noMatch': 'No customer matches this search and these filters.',
  'portfolio.emptyTitle': 'No license data yet',
  'portfolio.emptyBody':
    'Partner Center has no license deployment data for your customers yet (it is processed daily).',
  'portfolio.clearFilters': 'Show all customers',
} as const;
