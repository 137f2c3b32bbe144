import { readFile } from 'node:fs/promises';

import { expect, test } from '@playwright/test';

import { parseCsv } from '../support/csv';
import { EDGE, expectedRows } from '../support/dataset';

test('CSV export holds exactly the rows on screen, with a BOM, quoting and ISO dates', async ({
  page,
}) => {
  await page.goto(`/customers/${EDGE.edgeCases}?service=o365&sort=product`);
  await expect(page.locator('.data-table tbody tr').first()).toBeVisible();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Export CSV' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe(
    'license-deployment_Lamna-Healthcare-Cas-Limites_2026-11-23.csv',
  );
  const text = await readFile((await download.path()) ?? '', 'utf8');
  expect(text.startsWith('\uFEFF')).toBe(true);
  const [header, ...rows] = parseCsv(text.slice(1));
  expect(header).toEqual([
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
  ]);
  const expected = expectedRows(EDGE.edgeCases, { service: 'o365', sort: 'product' });
  expect(rows).toEqual(
    expected.map((row) => [
      EDGE.edgeCases,
      'Lamna Healthcare — Cas Limites',
      row.productName,
      row.serviceName,
      row.channel,
      String(row.sold),
      String(row.deployed),
      String(row.unused),
      String(Math.max(0, row.deployed - row.sold)),
      row.sold > 0 ? String(Math.round((row.deployed / row.sold) * 1000) / 10) : '',
      '2026-11-23T03:25:16.360Z',
    ]),
  );
  // The 120-character product name contains a comma: it survived the quoting.
  expect(rows.some((row) => row[2]?.includes('EDISCOVERY, INSIDER'))).toBe(true);
});
