// What the emulator holds, computed independently of the app's own code, so the tests
// compare what the user sees with the data source rather than with the app's maths.
import { getDefaultDataset } from '../../emulators/partner-center/dataset.js';
import {
  EDGE_CUSTOMERS,
  SEED_CUSTOMER_ID,
  SOURCE_GAP_CUSTOMERS,
} from '../../emulators/partner-center/fixtures.js';

export { SEED_CUSTOMER_ID };
export const EDGE = EDGE_CUSTOMERS;
export const SOURCE_GAPS = SOURCE_GAP_CUSTOMERS;

const percent = new Intl.NumberFormat('en-US', { style: 'percent', maximumFractionDigits: 1 });
const collator = new Intl.Collator('en-US', { sensitivity: 'base', numeric: true });

export interface ExpectedRow {
  productName: string;
  serviceName: string;
  channel: string;
  sold: number;
  deployed: number;
  unused: number;
  percentText: string;
}

type Sort = 'unused' | 'product' | 'sold' | 'deployed';

export function expectedRows(
  customerId: string,
  {
    service,
    sort = 'unused',
    dir = sort === 'product' ? 'asc' : 'desc',
  }: { service?: string; sort?: Sort; dir?: 'asc' | 'desc' } = {},
): ExpectedRow[] {
  const customer = getDefaultDataset().byId.get(customerId);
  if (!customer) throw new Error(`No customer ${customerId} in the emulator`);
  const rows = customer.licenses
    .filter((row) => !service || row.serviceName === service)
    .map((row) => ({
      productName: row.productName,
      serviceName: row.serviceName,
      channel: row.channel,
      sold: row.licensesSold,
      deployed: row.licensesDeployed,
      unused: Math.max(0, row.licensesSold - row.licensesDeployed),
      percentText:
        row.licensesSold > 0 ? percent.format(row.licensesDeployed / row.licensesSold) : '—',
    }));
  const sign = dir === 'asc' ? 1 : -1;
  const key = (row: ExpectedRow) => (sort === 'product' ? 0 : row[sort]);
  return rows.sort(
    (a, b) =>
      (sort === 'product'
        ? collator.compare(a.productName, b.productName) * sign
        : (key(a) - key(b)) * sign) || collator.compare(a.productName, b.productName),
  );
}

export interface CustomerSummary {
  id: string;
  name: string;
  products: number;
  services: string[];
  sold: number;
}

/** The first customer (in listing order) matching a predicate. */
export function findCustomerByName(
  predicate: (customer: CustomerSummary) => boolean,
): CustomerSummary {
  for (const customer of getDefaultDataset().customers) {
    if (customer.fault || customer.documentedShape) continue;
    const summary = {
      id: customer.id,
      name: customer.companyName,
      products: customer.licenses.length,
      services: [...new Set(customer.licenses.map((row) => row.serviceName))],
      sold: customer.licenses.reduce((sum, row) => sum + row.licensesSold, 0),
    };
    if (predicate(summary)) return summary;
  }
  throw new Error('No customer in the emulator matches');
}
