import { expect, test, type Page } from '@playwright/test';

import { SEED_CUSTOMER_ID } from '../support/dataset';
import { expectedPortfolio } from '../support/portfolio-data';

// Printing gives a clean report: no navigation, buttons, selects or inputs; the customer,
// data date, KPIs, chart, table, and the filters applied written out.

async function expectNoControls(page: Page) {
  // Column headers stay: on screen they are sort buttons, on paper their text.
  for (const selector of ['.app-header', 'nav', 'button:not(.sort-button)', 'select', 'input']) {
    const visible = await page
      .locator(selector)
      .evaluateAll((elements) => elements.filter((e) => e.checkVisibility()).length);
    expect(visible, selector).toBe(0);
  }
}

test('printing a customer view: the report without the controls, filters as text', async ({
  page,
}) => {
  await page.goto(`/customers/${SEED_CUSTOMER_ID}?service=o365`);
  await expect(page.locator('.recharts-bar-rectangle').first()).toBeVisible();
  const filters = page.getByText(/^Filters applied:/);
  await expect(filters).toBeHidden();
  await page.emulateMedia({ media: 'print' });
  await expectNoControls(page);
  await expect(filters).toBeVisible();
  await expect(filters).toHaveText(
    'Filters applied: Service: o365 · Channel: All channels · Sorted: by unused seats',
  );
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('DT DEMO CSP CUSTOMER 005');
  await expect(page.locator('.as-of')).toContainText('Mar 14, 2017');
  await expect(page.locator('.kpis')).toBeVisible();
  await expect(page.locator('.chart')).toBeVisible();
  await expect(page.locator('#main-table tbody tr')).toHaveCount(3);
  await expect(page.getByRole('columnheader', { name: 'Unused seats' })).toBeVisible();
  expect(
    await page
      .locator('.data-table tr')
      .first()
      .evaluate((row) => getComputedStyle(row).breakInside),
  ).toBe('avoid');
});

test('printing the portfolio: every row, not only the scrolled window', async ({ page }) => {
  const portfolio = expectedPortfolio();
  await page.goto('/?flagged=true');
  await expect(page.getByText(`All ${portfolio.length} customers loaded.`)).toBeVisible();
  await page.emulateMedia({ media: 'print' });
  await expectNoControls(page);
  await expect(page.getByText(/^Filters applied:/)).toContainText(
    'Service: All services · Channel: All channels · Flagged:',
  );
  const flagged = portfolio.filter((c) => c.flagged).length;
  await expect(page.locator('#main-table tbody tr:not([aria-hidden])')).toHaveCount(flagged);
});
