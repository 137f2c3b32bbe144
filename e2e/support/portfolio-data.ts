// The portfolio and trend as the emulator holds them, summed here independently of the
// app's maths (E3 rows per customer; one month-end snapshot per trend point).
import { deploymentRows } from '../../emulators/partner-center/analytics-rows.js';
import { groupRows } from '../../emulators/partner-center/commercial-query.js';
import { getDataset } from '../../emulators/partner-center/dataset.js';
import { snapshotDates } from '../../emulators/partner-center/history.js';

export interface PortfolioCustomer {
  id: string;
  name: string;
  sold: number;
  deployed: number;
  unused: number;
  flagged: boolean;
}

const collator = new Intl.Collator('en-US', { sensitivity: 'base', numeric: true });

/** Every customer ranked by unused seats, flagged with the default thresholds (80 %, 5). */
export function expectedPortfolio(size: 'standard' | 'large' = 'standard'): PortfolioCustomer[] {
  // The emulator's own groupby is what the portfolio asks Partner Center for.
  return groupRows(
    deploymentRows(getDataset(size), 0),
    ['customerTenantId', 'customerName'],
    ['licensesSold', 'licensesDeployed'],
  )
    .map((group) => {
      const sold = Number(group.licensesSold);
      const deployed = Number(group.licensesDeployed);
      const unused = Math.max(0, sold - deployed);
      return {
        id: String(group.customerTenantId),
        name: String(group.customerName),
        sold,
        deployed,
        unused,
        flagged: sold > 0 && deployed / sold < 0.8 && unused > 5,
      };
    })
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
