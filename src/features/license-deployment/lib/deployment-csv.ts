import { fileSlug, toCsv } from '@/lib/csv';
import { isRealDate } from '@/lib/latest-date';
import { percentCell } from '@/lib/seats';

import type { DeploymentRow } from './deployment-rows';

// The customer snapshot as CSV: exactly the rows the view shows (filtered and sorted as on
// screen, all of them, not only the chart's top 15), flat columns, ISO dates.

const HEADER = [
  'customerId',
  'customerName',
  'productName',
  'serviceName',
  'channel',
  'licensesSold',
  'licensesDeployed',
  'unusedSeats',
  'overAssignedSeats',
  'deploymentPercent',
  'processedDateTime',
] as const;

export function deploymentCsv(
  customer: { id: string; name: string },
  rows: readonly DeploymentRow[],
  processed: Date | null,
): { fileName: string; csv: string } {
  const iso = isRealDate(processed) ? processed.toISOString() : '';
  const csv = toCsv(
    HEADER,
    rows.map((row) => [
      customer.id,
      customer.name,
      row.productName,
      row.serviceName,
      row.channel,
      row.sold,
      row.deployed,
      row.unused,
      row.overAssigned,
      // A plain number (deployed ÷ sold × 100, one decimal); blank when nothing is sold.
      percentCell(row.percent),
      iso,
    ]),
  );
  const date = iso ? iso.slice(0, 10) : 'undated';
  return { fileName: `license-deployment_${fileSlug(customer.name)}_${date}.csv`, csv };
}
