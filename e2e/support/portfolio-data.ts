// The portfolio and trend as the emulator holds them, summed here independently of the
// app's maths (E3 rows per customer and product; one month-end snapshot per trend point).
import { deploymentRows } from '../../emulators/partner-center/analytics-rows.js';
import { getDataset } from '../../emulators/partner-center/dataset.js';
import { snapshotDates } from '../../emulators/partner-center/history.js';

export interface PortfolioCustomer {
  id: string;
  name: string;
  sold: number;
  deployed: number;
  unused: number;
  overAssigned: number;
  flagged: boolean;
}

const collator = new Intl.Collator('en-US', { sensitivity: 'base', numeric: true });

/** E3 rows as the emulator writes them: one per customer and product. */
type E3Row = ReturnType<typeof deploymentRows>[number];

/**
 * Per customer, from E3 rows per customer and product: unused = Σ max(0, sold − deployed)
 * and over-assigned = Σ max(0, deployed − sold), as on each customer's own page. Unsorted.
 */
export function customerTotals(rows: Iterable<E3Row>): Omit<PortfolioCustomer, 'flagged'>[] {
  const customers = new Map<string, Omit<PortfolioCustomer, 'flagged'>>();
  for (const row of rows) {
    const customer = customers.get(row.customerTenantId) ?? {
      id: row.customerTenantId,
      name: row.customerName,
      sold: 0,
      deployed: 0,
      unused: 0,
      overAssigned: 0,
    };
    customer.sold += row.licensesSold;
    customer.deployed += row.licensesDeployed;
    customer.unused += Math.max(0, row.licensesSold - row.licensesDeployed);
    customer.overAssigned += Math.max(0, row.licensesDeployed - row.licensesSold);
    customers.set(row.customerTenantId, customer);
  }
  return [...customers.values()];
}

/** Every customer ranked by unused seats, flagged with the default thresholds (70 %, 5). */
export function expectedPortfolio(size: 'standard' | 'large' = 'standard'): PortfolioCustomer[] {
  return customerTotals(deploymentRows(getDataset(size), 0))
    .map((c) => ({ ...c, flagged: c.sold > 0 && c.deployed / c.sold < 0.7 && c.unused > 5 }))
    .sort((a, b) => b.unused - a.unused || collator.compare(a.name, b.name));
}

/** Trend points oldest first: month, processed date, sold, deployed, unused per product. */
export function expectedTrend(customerId: string, months: number) {
  return Array.from({ length: months }, (_, index) => {
    const rows = deploymentRows(getDataset('standard'), index).filter(
      (row) => row.customerTenantId === customerId,
    );
    const processed = snapshotDates()[index] ?? '';
    return {
      month: processed.slice(0, 7),
      processed: `${processed}.000Z`,
      sold: rows.reduce((sum, row) => sum + row.licensesSold, 0),
      deployed: rows.reduce((sum, row) => sum + row.licensesDeployed, 0),
      unused: rows.reduce(
        (sum, row) => sum + Math.max(0, row.licensesSold - row.licensesDeployed),
        0,
      ),
    };
  }).reverse();
}
