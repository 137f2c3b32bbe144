import { expect, test } from '@playwright/test';

import { SEED_CUSTOMER_ID } from '../support/dataset';

// Keyboard paths: the data a few keys away, focus where the new page starts, charts as one
// tab stop with a text alternative.

test('portfolio: the first customer row is three keys away (Tab, Tab, Enter)', async ({ page }) => {
  await page.goto('/');
  const firstLink = page
    .getByTestId('portfolio-scroll')
    .locator('tbody tr:not([aria-hidden])')
    .first()
    .getByRole('link');
  await expect(firstLink).toBeVisible();
  await page.keyboard.press('Tab'); // Skip to content
  await page.keyboard.press('Tab'); // Skip to the table
  await expect(page.getByRole('link', { name: 'Skip to the table' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(firstLink).toBeFocused();
  // Enter again opens that customer, and focus lands on its name.
  const name = (await firstLink.textContent()) ?? '';
  await page.keyboard.press('Enter');
  const heading = page.getByRole('heading', { level: 1 });
  await expect(heading).toHaveText(name);
  await expect(heading).toBeFocused();
});

test('customer view: the chart is one tab stop named by its summary; skip to its table', async ({
  page,
}) => {
  await page.goto(`/customers/${SEED_CUSTOMER_ID}`);
  const chart = page.getByRole('img', { name: /Bar chart of 3 products/ });
  await expect(chart).toBeVisible();
  await expect(chart).toHaveAttribute(
    'aria-label',
    /First: EXCHANGE ONLINE \(PLAN 1\): 0 deployed of 5/,
  );
  await expect(chart).toHaveAttribute('tabindex', '0');
  // Nothing inside the chart takes focus (recharts' accessibility layer made it a second stop).
  expect(await chart.locator('[tabindex]:not([tabindex="-1"])').count()).toBe(0);
  await chart.focus();
  await page.keyboard.press('Tab');
  await expect(chart).not.toBeFocused();
  expect(await page.evaluate(() => document.activeElement?.closest('.chart'))).toBeNull();

  // The skip links sit above the customer's name, where focus starts.
  const skip = page.getByRole('link', { name: 'Skip to the table' });
  await skip.focus();
  await page.keyboard.press('Enter');
  await expect(page.locator('#main-table')).toBeFocused();
  await expect(page.locator('#main-table')).toBeInViewport();
});
