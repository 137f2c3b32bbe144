// English text of the deployment trend.
// The app composes it into the catalogue (src/app/i18n/catalogue-en.ts); messages-fr.ts
// has exactly the same keys (type-checked).
export const trendEn = {
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
  'trend.notProcessedTitle': 'Not in the license analytics yet',
  'trend.notProcessedBody':
    'Partner Center’s per-customer deployment report lists {count} products for this customer (the Snapshot tab shows them), but its license analytics, which the trend is drawn from, have no rows for it yet.',
  'trend.missingMonths': 'Not available from Partner Center: {months}.',
  'trend.month': 'Month',
  'trend.chartSummary':
    'Line chart of licenses sold and deployed per month over {count} months. The table below has the same figures.',
  'trend.tableTitle': 'Month by month',
  'trend.tableCaption': 'Licenses sold, deployed and unused at the end of each month.',
  'trend.notSold': 'not sold yet',
} as const;
