import { expect, test } from '@playwright/test';

test('the sorted column header sits on the same line as the others', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByTestId('portfolio-scroll').locator('tbody tr').first()).toBeVisible();
  // The sort arrow used to push the sorted header 6 px below its neighbours.
  const tops = await page
    .locator('.data-table thead .sort-button')
    .evaluateAll((buttons) => buttons.map((b) => Math.round(b.getBoundingClientRect().top)));
  expect(tops.length).toBeGreaterThan(3);
  expect(new Set(tops).size).toBe(1);
});
