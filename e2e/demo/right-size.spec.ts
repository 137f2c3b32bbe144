import { readFile } from 'node:fs/promises';

import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';

import { SUBSCRIPTION_CUSTOMERS } from '../../emulators/partner-center/subscription-fixtures.js';
import { parseCsv } from '../support/csv';

// A customer whose terms all end within 30 days: its right-size plan, then the CSV of it,
// which must hold the rows of the table with the same numbers.

test('a customer renewing within 30 days → its plan → CSV rows equal the table; axe clean', async ({
  page,
}) => {
  await page.goto(`/customers/${SUBSCRIPTION_CUSTOMERS.renewalSoon}?tab=rightsize`);
  const rows = page.locator('[data-testid="right-size-plan"] tbody tr');
  await expect(rows.first()).toBeVisible();
  // The billing walk ends: the money KPIs are in euros.
  await expect(page.getByText(/Reading billed prices/)).toHaveCount(0, { timeout: 30_000 });
  await expect(page.locator('[data-kpi="unused-cost"] dd')).toHaveText(/€/);

  const table = await rows.evaluateAll((trs) =>
    trs.map((tr) => {
      const cells = Array.from(tr.querySelectorAll('th, td'));
      const first = (i: number) => cells[i]?.firstChild?.textContent?.trim() ?? '';
      return {
        id: tr.getAttribute('data-subscription') ?? '',
        bought: first(5),
        assigned: first(6),
        unused: first(7),
        renews: cells[3]?.textContent ?? '',
      };
    }),
  );
  expect(table.length).toBeGreaterThan(0);
  for (const row of table) expect(row.renews).toContain('renews within 30 days');

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Export CSV' }).click(),
  ]);
  const text = await readFile((await download.path()) ?? '', 'utf8');
  const [header = [], ...lines] = parseCsv(text.replace(/^\uFEFF/, ''));
  const col = (name: string) => header.indexOf(name);
  expect(
    lines.map((line) => ({
      id: line[col('Subscription id')],
      bought: line[col('Seats bought')],
      assigned: line[col('Assigned')],
      unused: line[col('Unused')],
    })),
  ).toEqual(table.map(({ id, bought, assigned, unused }) => ({ id, bought, assigned, unused })));
  for (const line of lines) expect(Number(line[col('Days to renewal')])).toBeLessThanOrEqual(30);

  // Print layout: the plan without navigation or buttons.
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('[data-testid="right-size-plan"]')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Export CSV' })).toBeHidden();
  await expect(page.getByRole('navigation', { name: 'Customer views' })).toBeHidden();
  await page.emulateMedia({ media: 'screen' });

  const axe = await new AxeBuilder({ page }).analyze();
  expect(axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual(
    [],
  );
});
