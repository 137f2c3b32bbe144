// English text of the usage view.
// The app composes it into the catalogue (src/app/i18n/catalogue-en.ts); messages-fr.ts
// has exactly the same keys (type-checked).
export const usageEn = {
  'usage.title': 'Sold → deployed → used',
  'usage.lead':
    'Whether the seats deployed are actually used: active users of each workload in the last 28 days, against the users licensed for it.',
  'usage.used': 'Used',
  'usage.active': 'Active users',
  'usage.qualified': 'Licensed users',
  'usage.percent': 'Usage %',
  'usage.untracked': 'Deployed, usage not tracked',
  'usage.percentBasis':
    'Usage % = {used} used of the {tracked} seats deployed on products with usage tracking; the {untracked} deployed seats of products without it are left out.',
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
