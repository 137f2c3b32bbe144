import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';

import { EDGE, SEED_CUSTOMER_ID } from '../support/dataset';

// Dark mode follows prefers-color-scheme, with the same contrast rules (axe's
// color-contrast among them) as the light one.
test.use({ colorScheme: 'dark' });

async function seriousViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

test('dark mode: the page is dark and axe finds no serious violations', async ({ page }) => {
  test.setTimeout(90_000);
  await page.goto('/');
  await expect(page.getByText(/customers loaded\./)).toBeVisible();
  const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  // A dark background: every channel well below the middle.
  const channels = background.match(/\d+/g)?.slice(0, 3).map(Number) ?? [];
  expect(Math.max(...channels)).toBeLessThan(60);
  expect(await seriousViolations(page)).toEqual([]);

  await page.goto(`/customers/${SEED_CUSTOMER_ID}`);
  await expect(page.locator('.recharts-bar-rectangle').first()).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);

  await page.goto('/customers?q=con');
  await expect(page.locator('.customer-list__link').first()).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);

  // The seed customer (processed in 2017) has no history: a customer with a trend.
  await page.goto(`/customers/${EDGE.edgeCases}?tab=trend`);
  // Twelve months computed by the in-page emulator: slow on a loaded machine.
  await expect(page.locator('.recharts-line')).toHaveCount(2, { timeout: 30_000 });
  expect(await seriousViolations(page)).toEqual([]);

  await page.goto(`/customers/${SEED_CUSTOMER_ID}?tab=usage`);
  await expect(page.locator('.view').first()).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
});
