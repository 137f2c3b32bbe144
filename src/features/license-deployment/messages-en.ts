// English text of the customer snapshot (products sold vs deployed).
// The app composes it into the catalogue (src/app/i18n/catalogue-en.ts); messages-fr.ts
// has exactly the same keys (type-checked).
export const deploymentEn = {
  'deployment.chartTitle': 'Licenses sold vs deployed',
  'deployment.chartTop': 'Top {top} of {count} products, {sort}',
  'deployment.chartAll': 'All {count} products, {sort}',
  'deployment.chartSummary':
    'Bar chart of licenses sold and licenses deployed for {count} products. The table below has the same figures.',
  'deployment.showAll': 'Show all {count}',
  'deployment.showTop': 'Show top {top}',
  'deployment.sortedBy.unused': 'by unused seats',
  'deployment.sortedBy.product': 'by product name',
  'deployment.sortedBy.sold': 'by licenses sold',
  'deployment.sortedBy.deployed': 'by licenses deployed',
  'deployment.sortedBy.percent': 'by deployment %',
  'deployment.tableTitle': 'Products ({count})',
  'deployment.tableCaption':
    'Licenses sold, deployed and unused per product. Column headers sort the table.',
  'deployment.emptyTitle': 'No licenses to show',
  'deployment.emptyBody':
    'Partner Center has no license deployment data for this customer: no licenses have been sold to it, or none are tracked yet.',
  'deployment.noMatch': 'No product matches these filters.',
  'deployment.clearFilters': 'Clear filters',
  'deployment.fromAnalytics.empty':
    'Partner Center’s per-customer deployment report returned no rows for this customer, so these figures come from its license analytics.',
  'deployment.fromAnalytics.missing':
    'Partner Center’s per-customer deployment report answered “not found” for this customer, so these figures come from its license analytics.',
  'deployment.fromAnalytics.refused':
    'Partner Center’s per-customer deployment report refused the request for this customer, so these figures come from its license analytics.',
} as const;
