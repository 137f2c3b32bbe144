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
  'portfolio.progress': '{loaded} customers loaded ({share} of the data)…',
  'portfolio.progressUnknown': '{loaded} customers loaded, loading more…',
  'portfolio.loadedAll': 'All {count} customers loaded.',
  'portfolio.stopped':
    'Loading stopped after {loaded} customers; the figures below cover only those.',
  'portfolio.resume': 'Resume loading',
  'portfolio.customer': 'Customer',
  'portfolio.customers': 'Customers',
  'portfolio.flagged': 'Flagged',
  'portfolio.stale': 'Data from {date}',
  'portfolio.staleTitle':
    'Stale: Partner Center last processed this customer’s data on {date}, long before the others.',
  'portfolio.flaggedCustomers': 'Flagged customers',
  'portfolio.unusedNote':
    'Counted product by product, as on each customer’s page: unused seats are seats sold and not deployed; over-assigned seats are deployed beyond what was sold (a billing and compliance risk) and never offset another product’s unused seats.',
  'portfolio.flagRule':
    'Flagged: deployed below {percent} % with more than {spare} unused seats — {flagged} of {total} customers ({share}).',
  'portfolio.totalsSummary': 'Totals: {unused} unused seats over {customers} customers',
  'portfolio.topTitle': 'Most unused seats: top {count}',
  'portfolio.topSummary': 'Bar chart of the {count} customers with the most unused seats: {list}.',
  'portfolio.tableTitle': 'Customers ({count})',
  'portfolio.tableCaption':
    'Licenses sold, deployed and unused per customer. Column headers sort the table; flagged customers are marked “Flagged”.',
  'portfolio.noMatch': 'No customer matches this search and these filters.',
  'portfolio.emptyTitle': 'No license data yet',
  'portfolio.emptyBody':
    'Partner Center has no license deployment data for your customers yet (it is processed daily).',
  'portfolio.unknownService':
    'Partner Center has no service called “{value}” in your customers’ data, so no customer can match it. Pick a service from the Service filter, or show all customers.',
  'portfolio.unknownChannel':
    'Partner Center has no channel called “{value}” in your customers’ data, so no customer can match it. Pick a channel from the Channel filter, or show all customers.',
  'portfolio.clearFilters': 'Show all customers',
} as const;
