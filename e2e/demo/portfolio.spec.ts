import { readFile } from 'node:fs/promises';

import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Download, type Page } from '@playwright/test';

import { parseCsv } from '../support/csv';
import { expectedPortfolio, expectedTrend } from '../support/portfolio-data';

const int = (n: number) => new Intl.NumberFormat('en-US').format(n);

async function csvOf(download: Download) {
  const text = await readFile((await download.path()) ?? '', 'utf8');
  expect(text.startsWith('\uFEFF')).toBe(true);
  return parseCsv(text.slice(1));
}

async function exportCsv(page: Page) {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Export CSV' }).click(),
  ]);
  return download;
}

function seriousViolations(results: Awaited<ReturnType<AxeBuilder['analyze']>>) {
  return results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}

test('portfolio → flagged customer → trend → export, every figure equal to the emulator', async ({
  page,
}) => {
  // Three axe scans and 12 months of history computed by the in-page emulator: ~45 s here.
  test.setTimeout(120_000);
  const portfolio = expectedPortfolio();
  const flagged = portfolio.filter((c) => c.flagged);
  await page.goto('/');
  await expect(page.getByText(`All ${portfolio.length} customers loaded.`)).toBeVisible();
  await expect(page.locator('[data-kpi="unused"] dd')).toHaveText(
    int(portfolio.reduce((sum, c) => sum + c.unused, 0)),
  );
  expect(seriousViolations(await new AxeBuilder({ page }).analyze())).toEqual([]);

  await page.getByLabel(/Flagged only/).check();
  await expect(page).toHaveURL(/[?&]flagged=true/);
  await expect(page.locator('[data-kpi="customers"] dd')).toHaveText(int(flagged.length));
  const portfolioCsv = await csvOf(await exportCsv(page));
  expect(portfolioCsv[0]?.slice(0, 8)).toEqual([
    'customerId',
    'customerName',
    'licensesSold',
    'licensesDeployed',
    'unusedSeats',
    'overAssignedSeats',
    'deploymentPercent',
    'flagged',
  ]);
  expect(portfolioCsv.slice(1).map((row) => row.slice(0, 6))).toEqual(
    flagged.map((c) => [
      c.id,
      c.name,
      String(c.sold),
      String(c.deployed),
      String(c.unused),
      String(c.overAssigned),
    ]),
  );

  // A flagged customer of ordinary size (the top ones have 5,000 and 200 products), found
  // with the portfolio's search box.
  const customer = flagged.find((c) => c.sold < 5_000) ?? flagged[0];
  if (!customer) throw new Error('no flagged customer');
  await page.getByLabel('Filter customers').fill(customer.name);
  await expect(page.locator('[data-kpi="customers"] dd')).toHaveText('1');
  await page.getByRole('link', { name: customer.name, exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`/customers/${customer.id}$`));
  await expect(page.getByRole('heading', { level: 1, name: customer.name })).toBeVisible();

  await page.getByRole('link', { name: 'Trend' }).click();
  await expect(page).toHaveURL(/[?&]tab=trend/);
  const monthRows = page
    .getByRole('heading', { name: 'Month by month' })
    .locator('..')
    .locator('tbody tr');
  await expect(monthRows).toHaveCount(12);
  await expect(page.getByText(/months loaded/)).toHaveCount(0);
  await expect(page.locator('.recharts-line')).toHaveCount(2);
  const trend = expectedTrend(customer.id, 12);
  await expect(monthRows.first().locator('td').first()).toHaveText(int(trend.at(-1)?.sold ?? -1));
  expect(seriousViolations(await new AxeBuilder({ page }).analyze())).toEqual([]);

  const download = await exportCsv(page);
  expect(download.suggestedFilename()).toMatch(/^license-trend_.+_2026-11-23\.csv$/);
  const [header, ...rows] = await csvOf(download);
  expect(header).toEqual([
    'customerId',
    'customerName',
    'productName',
    'month',
    'processedDateTime',
    'licensesSold',
    'licensesDeployed',
    'unusedSeats',
    'deploymentPercent',
    'status',
  ]);
  expect(rows).toEqual(
    trend.map((point) => [
      customer.id,
      customer.name,
      '(all products)',
      point.month,
      point.processed,
      String(point.sold),
      String(point.deployed),
      String(point.unused),
      point.sold > 0 ? String(Math.round((point.deployed / point.sold) * 1000) / 10) : '',
      '',
    ]),
  );

  await page.getByRole('link', { name: 'Usage' }).click();
  await expect(page.getByRole('heading', { name: 'Sold → deployed → used' })).toBeVisible();
  await expect(page.locator('[data-kpi="sold"] dd')).toHaveText(int(trend.at(-1)?.sold ?? -1));
  expect(seriousViolations(await new AxeBuilder({ page }).analyze())).toEqual([]);
});

test('a 20,000-customer portfolio loads every page and scrolls to the last customer', async ({
  page,
}) => {
  test.setTimeout(180_000);
  await page.route('**/config.json', (route) =>
    route.fulfill({
      json: { auth: { mode: 'demo', dataset: 'large' }, partnerCenter: { baseUrl: '/pc-api' } },
    }),
  );
  const portfolio = expectedPortfolio('large');
  expect(portfolio.length).toBeGreaterThan(20_000);
  await page.goto('/');
  await expect(page.locator('.portfolio .data-table tbody th a').first()).toHaveText(
    portfolio[0]?.name ?? '',
    { timeout: 60_000 },
  );
  await expect(page.getByText(`All ${int(portfolio.length)} customers loaded.`)).toBeVisible({
    timeout: 120_000,
  });
  await expect(page.locator('[data-kpi="customers"] dd')).toHaveText(int(portfolio.length));
  // Windowed: a screenful of rows in the DOM, not 20,000.
  expect(await page.locator('.portfolio .data-table tbody tr').count()).toBeLessThan(100);

  const scroller = page.getByTestId('portfolio-scroll');
  await scroller.evaluate((element) => element.scrollTo(0, element.scrollHeight));
  const last = portfolio.at(-1);
  await expect(page.getByRole('link', { name: last?.name ?? '', exact: true })).toBeVisible();
  const lastRow = page.locator('.portfolio .data-table tbody tr[aria-rowindex]').last();
  await expect(lastRow).toHaveAttribute('aria-rowindex', String(portfolio.length + 1));
  await expect(lastRow.locator('td').nth(2)).toHaveText(int(last?.unused ?? -1));

  // Sorting 20,000 rows by name still answers, and the first row is right.
  await page.getByRole('button', { name: /Customer/ }).click();
  const byName = [...portfolio].sort((a, b) =>
    new Intl.Collator(undefined, { sensitivity: 'base', numeric: true }).compare(a.name, b.name),
  );
  await expect(page).toHaveURL(/sort=customer/);
  await scroller.evaluate((element) => element.scrollTo(0, 0));
  await expect(page.locator('.portfolio .data-table tbody th a').first()).toHaveText(
    byName[0]?.name ?? '',
  );
});
