// English text of the portfolio, trend and usage views (kept apart from messages-en.ts
// so neither file grows past a screenful of unrelated keys).
export const enInsights = {
  'portfolio.title': 'Portfolio',
  'portfolio.lead':
    'Every customer ranked by unused seats. Open a customer for its products, trend and usage.',
  'portfolio.findCustomer': 'Find a customer',
  'portfolio.shortcutHint': 'Press / anywhere to find a customer.',
  'portfolio.searchLabel': 'Filter customers',
  'portfolio.searchPlaceholder': 'Customer name or ID',
  'portfolio.flaggedOnly': 'Flagged only ({count})',
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

  'customer.tabs': 'Customer views',
  'customer.tab.snapshot': 'Snapshot',
  'customer.tab.trend': 'Trend',
  'customer.tab.usage': 'Usage',

  'trend.title': 'Licenses sold vs deployed over time',
  'trend.period': 'Period',
  'trend.months12': 'Last 12 months',
  'trend.months24': 'Last 24 months',
  'trend.product': 'Product',
  'trend.allProducts': 'All products (total)',
  'trend.progress': '{loaded} of {total} months loaded…',
  'trend.unavailableTitle': 'No history for this customer',
  'trend.unavailableBody':
    'Partner Center did not return past months for this customer, so there is no trend to draw. The snapshot still shows the latest figures.',
  'trend.missingMonths': 'Not available from Partner Center: {months}.',
  'trend.month': 'Month',
  'trend.chartSummary':
    'Line chart of licenses sold and deployed per month over {count} months. The table below has the same figures.',
  'trend.tableTitle': 'Month by month',
  'trend.tableCaption': 'Licenses sold, deployed and unused at the end of each month.',
  'trend.notSold': 'not sold yet',

  'usage.title': 'Sold → deployed → used',
  'usage.lead':
    'Whether the seats deployed are actually used: active users of each workload in the last 28 days, against the users licensed for it.',
  'usage.used': 'Used',
  'usage.active': 'Active users',
  'usage.qualified': 'Licensed users',
  'usage.percent': 'Usage %',
  'usage.workload': 'Workload',
  'usage.usedNote':
    'Used = for each product, the highest number of active users among its workloads (a person active in Teams and Exchange counts once).',
  'usage.chartTitle': 'Active vs licensed users per workload',
  'usage.chartSummary':
    'Bar chart of active and licensed users for {count} workloads. The tables below have the same figures.',
  'usage.byProduct': 'Per product',
  'usage.byWorkload': 'Per product and workload',
  'usage.emptyTitle': 'No usage data',
  'usage.emptyBody':
    'Partner Center reports no workload usage for this customer. Usage is tracked for Microsoft 365 workloads such as Exchange, SharePoint, OneDrive and Teams.',
  'usage.noUsage': 'no usage tracked',
} as const;
