import { expect, test, type Page } from '@playwright/test';

import { EDGE } from '../support/dataset';

// A phone (390 × 844): the charts must draw readable bars and no page may scroll sideways.
// Not isMobile: a mobile viewport zooms out to fit a too-wide page, hiding the overflow.
test.use({ viewport: { width: 390, height: 844 } });

// The longest domain and product names of the demo dataset: the cases that widened pages.
const LONG_DOMAIN = '82421fc8-f7fd-4606-b124-3c24470f2ee6';
const LONG_PRODUCTS = EDGE.fiveThousandProducts;

/** Bars narrower than this cannot be read or compared. */
const MIN_WIDEST_BAR_PX = 150;

async function expectNoSidewaysScroll(page: Page) {
  const { scrollWidth, innerWidth } = await page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    innerWidth: window.innerWidth,
  }));
  expect(scrollWidth).toBeLessThanOrEqual(innerWidth);
}

async function widestBar(page: Page) {
  await expect(page.locator('.recharts-bar-rectangle').first()).toBeVisible();
  // A product's bar is its stacked segments (deployed, unused, over-assigned) on one row.
  return page.locator('.recharts-bar-rectangle').evaluateAll((segments) => {
    const rows = new Map<number, { left: number; right: number }>();
    for (const segment of segments) {
      const box = segment.getBoundingClientRect();
      if (box.width === 0) continue;
      const key = Math.round(box.top);
      const row = rows.get(key) ?? { left: box.left, right: box.right };
      rows.set(key, { left: Math.min(row.left, box.left), right: Math.max(row.right, box.right) });
    }
    return Math.max(0, ...[...rows.values()].map((row) => row.right - row.left));
  });
}

test('customer view: the chart draws wide bars and the page fits the phone', async ({ page }) => {
  await page.goto(`/customers/${LONG_PRODUCTS}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Contoso Global Distribution');
  // Polled: the bars grow in with an animation.
  await expect.poll(() => widestBar(page)).toBeGreaterThan(MIN_WIDEST_BAR_PX);
  // Every product is named in the chart, above its bar, not cut to a few letters.
  const names = page.locator('.chart__bar-name');
  await expect(names.first()).toBeVisible();
  await expectNoSidewaysScroll(page);

  // The product table shows product, sold, deployed and unused without sideways scrolling.
  const products = page.locator('.deployment .table-scroll');
  expect(await products.evaluate((el) => el.scrollWidth <= el.clientWidth)).toBe(true);
  const unused = await products
    .locator('tbody tr:not([aria-hidden])')
    .first()
    .locator('[data-col="unused"]')
    .boundingBox();
  expect((unused?.x ?? Infinity) + (unused?.width ?? 0)).toBeLessThanOrEqual(390);

  await page.goto(`/customers/${LONG_DOMAIN}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'Boulangerie Sainte-Hélène et Associés',
  );
  // Polled: the bars grow in with an animation.
  await expect.poll(() => widestBar(page)).toBeGreaterThan(MIN_WIDEST_BAR_PX);
  await expectNoSidewaysScroll(page);
});

test('trend and usage tabs fit the phone', async ({ page }) => {
  await page.goto(`/customers/${LONG_DOMAIN}?tab=trend`);
  // Twelve months computed by the in-page emulator: slow on a loaded machine.
  await expect(page.locator('.recharts-line')).toHaveCount(2, { timeout: 30_000 });
  await expectNoSidewaysScroll(page);
  // Every month of the table has its label on the x-axis (recharts dropped some, the
  // latest among them), and the legend sits above the plot instead of over the axis.
  const months = await page
    .getByRole('heading', { name: 'Month by month' })
    .locator('..')
    .locator('tbody tr th')
    .allTextContents();
  expect(months.length).toBeGreaterThan(6);
  const ticks = page.locator('.recharts-xAxis-tick-labels .recharts-cartesian-axis-tick-value');
  await expect(ticks).toHaveCount(months.length);
  const legend = await page.locator('.chart-legend').first().boundingBox();
  const plot = await page.locator('.recharts-wrapper').first().boundingBox();
  expect((legend?.y ?? 0) + (legend?.height ?? 0)).toBeLessThanOrEqual(plot?.y ?? 0);
  await page.goto(`/customers/${LONG_DOMAIN}?tab=usage`);
  await expect(page.locator('.view').first()).toBeVisible();
  await expectNoSidewaysScroll(page);
  // Each usage bar carries its count, inside the screen.
  const counts = page.locator('.recharts-label-list .chart__value');
  await expect(counts.first()).toBeVisible();
  const rightmost = await counts.evaluateAll((labels) =>
    Math.max(...labels.map((label) => label.getBoundingClientRect().right)),
  );
  expect(rightmost).toBeLessThanOrEqual(390);
});

test('portfolio fits the phone', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByText(/customers loaded\./)).toBeVisible();
  await expectNoSidewaysScroll(page);
});

test('portfolio on a phone: the first customer row is on the first screen, with unused and %', async ({
  page,
}) => {
  await page.goto('/');
  const firstRow = page
    .getByTestId('portfolio-scroll')
    .locator('tbody tr:not([aria-hidden])')
    .first();
  await expect(firstRow).toBeVisible();
  const box = await firstRow.boundingBox();
  expect((box?.y ?? Infinity) + (box?.height ?? 0)).toBeLessThanOrEqual(844);
  // Filters and thresholds are folded away, their state in the summary.
  await expect(page.getByText('Filters and export')).toBeVisible();
  await expect(page.getByLabel('Service')).toBeHidden();
  await page.getByText('Filters and export').click();
  await expect(page.getByLabel('Service')).toBeVisible();
  // The row shows the customer, unused seats and deployment % without sideways scrolling.
  await expect(firstRow.locator('[data-col="unused"]')).toBeInViewport();
  await expect(firstRow.locator('[data-col="percent"]')).toBeInViewport();
  const table = page.getByTestId('portfolio-scroll');
  expect(await table.evaluate((el) => el.scrollWidth <= el.clientWidth)).toBe(true);
});

test('in French the four customer tabs fit the phone, the right-size one included', async ({
  page,
}) => {
  await page.goto('/customers');
  await page.getByLabel('Language').selectOption('fr-FR');
  await page.goto(`/customers/${EDGE.edgeCases}?tab=rightsize`);
  const last = page.getByRole('link', { name: 'Redimensionner' });
  await expect(last).toBeVisible();
  const box = await last.boundingBox();
  expect((box?.x ?? Infinity) + (box?.width ?? 0)).toBeLessThanOrEqual(390);
  await expectNoSidewaysScroll(page);
});
