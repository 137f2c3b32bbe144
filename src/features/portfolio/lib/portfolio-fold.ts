import type { CommercialDeploymentRow } from '@/lib/api/commercial-deployment';
import { overAssignedSeats, unusedSeats } from '@/lib/seats';

// E3 rows (one per customer and product) folded into per-customer totals as each page
// arrives, so the portfolio never keeps the raw rows (20,000 customers × their products).
// Unused and over-assigned seats are summed product by product, exactly as the customer
// view counts them: a product deployed beyond what was sold never hides another's spare
// seats. A customer whose products straddle two pages gets one partial total per page;
// mergeCustomerSeats adds them up.

export interface CustomerSeats {
  id: string;
  name: string;
  sold: number;
  deployed: number;
  unused: number;
  overAssigned: number;
  /** The oldest processing date among its rows (the part most out of date); null if none. */
  processed: Date | null;
}

export interface FoldedPage {
  customers: CustomerSeats[];
  /** Identifies the page's content, so a page served again under another link is ignored. */
  fingerprint: string;
}

function rowKey(row: CommercialDeploymentRow, customer: string): string {
  const product = (row.productId ?? row.productName ?? '').toLowerCase();
  return `${customer}|${product}|${row.serviceName.toLowerCase()}|${row.channel.toLowerCase()}`;
}

/** A short, stable hash (FNV-1a, 32 bits) of a page's row keys: not a security check. */
function hash(text: string, seed: number): number {
  let value = seed;
  for (let index = 0; index < text.length; index++) {
    value ^= text.charCodeAt(index);
    value = Math.imul(value, 0x01000193) >>> 0;
  }
  return value;
}

function older(a: Date | null, b: Date | undefined): Date | null {
  if (!b) return a;
  return a === null || b.getTime() < a.getTime() ? b : a;
}

export function foldPortfolioPage(rows: readonly CommercialDeploymentRow[]): FoldedPage {
  const customers = new Map<string, CustomerSeats>();
  const keys = new Set<string>();
  let fingerprintA = 0x811c9dc5;
  let fingerprintB = 0x01000193;
  for (const row of rows) {
    // A row without a tenant id cannot be opened or told apart; it is not a customer's.
    if (!row.customerTenantId) continue;
    const id = row.customerTenantId.toLowerCase();
    const key = rowKey(row, id);
    // The same product twice in one answer is one product served twice: counted once.
    if (keys.has(key)) continue;
    keys.add(key);
    fingerprintA = hash(key, fingerprintA);
    fingerprintB = hash(`${key}|${row.licensesSold}|${row.licensesDeployed}`, fingerprintB);
    let customer = customers.get(id);
    if (!customer) {
      customer = {
        id: row.customerTenantId,
        name: row.customerName ?? row.customerTenantId,
        sold: 0,
        deployed: 0,
        unused: 0,
        overAssigned: 0,
        processed: null,
      };
      customers.set(id, customer);
    }
    customer.sold += row.licensesSold;
    customer.deployed += row.licensesDeployed;
    customer.unused += unusedSeats(row.licensesSold, row.licensesDeployed);
    customer.overAssigned += overAssignedSeats(row.licensesSold, row.licensesDeployed);
    customer.processed = older(customer.processed, row.processedDateTime);
  }
  return {
    customers: [...customers.values()],
    fingerprint: `${keys.size}:${fingerprintA.toString(16)}:${fingerprintB.toString(16)}`,
  };
}

/** Every page's partial totals added up per customer, in first-seen order. */
export function mergeCustomerSeats(pages: readonly FoldedPage[]): CustomerSeats[] {
  const merged = new Map<string, CustomerSeats>();
  const seenPages = new Set<string>();
  for (const page of pages) {
    // A page with exactly the rows of one already read (a paging link that repeats under
    // another name) would count every product twice.
    if (page.customers.length > 0 && seenPages.has(page.fingerprint)) continue;
    seenPages.add(page.fingerprint);
    for (const part of page.customers) {
      const id = part.id.toLowerCase();
      const total = merged.get(id);
      if (!total) {
        merged.set(id, { ...part });
        continue;
      }
      total.sold += part.sold;
      total.deployed += part.deployed;
      total.unused += part.unused;
      total.overAssigned += part.overAssigned;
      total.processed = older(total.processed, part.processed ?? undefined);
    }
  }
  return [...merged.values()];
}
