import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';

import {
  expectedRows,
  SEED_CUSTOMER_ID,
  findCustomerByName,
  EDGE,
  SOURCE_GAPS,
} from '../support/dataset';

const integer = new Intl.NumberFormat('en-US');

async function tableRows(page: Page) {
  return page.locator('.data-table tbody tr:not([aria-hidden])').evaluateAll((rows) =>
    rows.map((row) => {
      const cells = Array.from(row.querySelectorAll('th, td')).map(
        (cell) => cell.firstChild?.textContent?.trim() ?? '',
      );
      return {
        product: cells[0],
        sold: cells[1],
        deployed: cells[2],
        unused: cells[3],
        percent: cells[4],
      };
    }),
  );
}

test('the seed customer shows exactly the three products of the documented example', async ({
  page,
}) => {
  await page.goto(`/customers/${SEED_CUSTOMER_ID}`);
  await expect(
    page.getByRole('heading', { level: 1, name: 'DT DEMO CSP CUSTOMER 005' }),
  ).toBeVisible();
  await expect(page.getByText('Demo data')).toBeVisible();
  expect(await tableRows(page)).toEqual([
    { product: 'EXCHANGE ONLINE (PLAN 1)', sold: '5', deployed: '0', unused: '5', percent: '0%' },
    {
      product: 'EXCHANGE ONLINE ARCHIVING FOR EXCHANGE ONLINE',
      sold: '2',
      deployed: '0',
      unused: '2',
      percent: '0%',
    },
    {
      product: 'OFFICE 365 BUSINESS ESSENTIALS',
      sold: '1',
      deployed: '0',
      unused: '1',
      percent: '0%',
    },
  ]);
  const kpis = page.locator('.kpis');
  await expect(kpis.locator('[data-kpi="sold"] dd')).toHaveText('8');
  await expect(kpis.locator('[data-kpi="deployed"] dd')).toHaveText('0');
  await expect(kpis.locator('[data-kpi="unused"] dd')).toHaveText('8');
  await expect(kpis.locator('[data-kpi="percent"] dd')).toHaveText('0%');
  // One bar pair per product, each labelled with its count (0 deployed is shown as 0).
  const bars = page.locator('.recharts-bar');
  await expect(bars.first().locator('.recharts-bar-rectangle')).toHaveCount(3);
  await expect(bars.nth(1).locator('.recharts-bar-rectangle')).toHaveCount(3);
  const labels = page.locator('.recharts-label-list');
  await expect(labels.first().locator('text')).toHaveText(['5', '2', '1']);
  await expect(labels.nth(1).locator('text')).toHaveText(['0', '0', '0']);
  // The exact processed date, shown in the user's time zone (Europe/Paris here).
  await expect(page.locator('.as-of')).toContainText('Mar 14, 2017');
});

test('search → open a customer → chart and table equal the emulator data', async ({ page }) => {
  const customer = findCustomerByName((c) => c.products >= 16 && c.products <= 30);
  const prefix = customer.name.slice(0, 5);
  await page.goto('/customers');
  await page.getByLabel('Search customers').fill(prefix);
  await expect(page.getByRole('heading', { name: `Customers matching “${prefix}”` })).toBeVisible();
  await page
    .getByRole('link', { name: new RegExp(`^${escapeRegExp(customer.name)}`) })
    .first()
    .click();
  await expect(page).toHaveURL(new RegExp(`/customers/${customer.id}$`));
  await expect(page.getByRole('heading', { level: 1, name: customer.name })).toBeVisible();

  const expected = expectedRows(customer.id);
  const rows = await tableRows(page);
  expect(rows).toEqual(
    expected.map((row) => ({
      product: row.productName,
      sold: integer.format(row.sold),
      deployed: integer.format(row.deployed),
      unused: integer.format(row.unused),
      percent: row.percentText,
    })),
  );
  // Top 15 by unused seats in the chart, with "show all" for the rest.
  const soldBars = page.locator('.recharts-bar').first().locator('.recharts-bar-rectangle');
  await expect(soldBars).toHaveCount(15);
  // The bar labels carry the same numbers as the emulator, in the same order.
  const top = expected.slice(0, 15);
  const labelLists = page.locator('.recharts-label-list');
  await expect(labelLists.first().locator('text')).toHaveText(
    top.map((row) => integer.format(row.sold)),
  );
  await expect(labelLists.nth(1).locator('text')).toHaveText(
    top.map((row) => integer.format(row.deployed)),
  );
  await page.getByRole('button', { name: `Show all ${expected.length}` }).click();
  await expect(soldBars).toHaveCount(expected.length);
  await expect(page).toHaveURL(/all=true/);
});

test('a bookmarked URL with filters and sort restores the same view after reload', async ({
  page,
}) => {
  const customer = findCustomerByName((c) => c.services.length > 1);
  await page.goto(`/customers/${customer.id}?service=crm&sort=product&dir=desc`);
  await expect(page.getByLabel('Service')).toHaveValue('crm');
  const before = await tableRows(page);
  expect(before.length).toBeGreaterThan(0);
  expect(before.map((row) => row.product)).toEqual(
    expectedRows(customer.id, { service: 'crm', sort: 'product', dir: 'desc' }).map(
      (row) => row.productName,
    ),
  );
  await page.reload();
  await expect(page.getByLabel('Service')).toHaveValue('crm');
  expect(await tableRows(page)).toEqual(before);
  await expect(page.getByRole('columnheader', { name: 'Product' })).toHaveAttribute(
    'aria-sort',
    'descending',
  );
});

test('changing filters and sort updates the URL', async ({ page }) => {
  const customer = findCustomerByName((c) => c.services.length > 1);
  await page.goto(`/customers/${customer.id}`);
  await page.getByLabel('Service').selectOption('o365');
  await expect(page).toHaveURL(/service=o365/);
  await page.getByRole('button', { name: 'Licenses sold' }).click();
  await expect(page).toHaveURL(/sort=sold/);
  const sold = (await tableRows(page)).map((row) => Number(row.sold?.replace(/\D/g, '')));
  expect(sold).toEqual([...sold].sort((a, b) => b - a));
});

test('a bad customer id gets a clear message and no API call', async ({ page }) => {
  const apiCalls: string[] = [];
  page.on('request', (request) => {
    if (request.url().includes('/pc-api/')) apiCalls.push(request.url());
  });
  await page.goto('/customers/not-a-guid');
  await expect(page.getByRole('heading', { name: 'This is not a customer ID' })).toBeVisible();
  await expect(page.getByText('“not-a-guid” is not a Partner Center customer ID')).toBeVisible();
  expect(apiCalls).toEqual([]);
});

test('an unknown customer gets "not found" with the ids for support', async ({ page }) => {
  await page.goto('/customers/00000000-0000-4000-8000-000000000000');
  await expect(page.getByRole('heading', { name: 'Customer not found' })).toBeVisible();
  await expect(page.getByText('MS-CorrelationId')).toBeVisible();
  await expect(page.getByRole('link', { name: 'Back to customers' })).toBeVisible();
});

test('a customer without licenses gets an empty state, not an empty chart', async ({ page }) => {
  await page.goto(`/customers/${EDGE.noLicenses}`);
  await expect(page.getByRole('heading', { name: 'No licenses to show' })).toBeVisible();
  await expect(page.locator('.recharts-wrapper')).toHaveCount(0);
});

test('an invalid setting in the URL falls back with a visible message', async ({ page }) => {
  await page.goto(`/customers/${SEED_CUSTOMER_ID}?sort=sideways&service=o365`);
  await expect(page.getByText('were reset to their defaults: sort')).toBeVisible();
  await expect(page.getByLabel('Service')).toHaveValue('o365');
  expect((await tableRows(page)).map((row) => row.product)[0]).toBe('EXCHANGE ONLINE (PLAN 1)');
});

test('keyboard only: from the picker to a customer', async ({ page }) => {
  await page.goto('/customers');
  await page.keyboard.press('Tab'); // skip link
  await page.keyboard.press('Tab'); // brand
  const search = page.getByLabel('Search customers');
  await search.focus();
  await page.keyboard.type('DT DEMO');
  await expect(page.getByRole('link', { name: /DT DEMO CSP CUSTOMER 005/ })).toBeVisible();
  await page.keyboard.press('ArrowDown');
  await expect(page.getByRole('link', { name: /DT DEMO CSP CUSTOMER 005/ })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`/customers/${SEED_CUSTOMER_ID}`));
  await expect(
    page.getByRole('heading', { level: 1, name: 'DT DEMO CSP CUSTOMER 005' }),
  ).toBeVisible();
});

test('pasting a customer id opens it with Enter', async ({ page }) => {
  await page.goto('/customers');
  await page.getByLabel('Search customers').fill(` {${SEED_CUSTOMER_ID.toUpperCase()}} `);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`/customers/${SEED_CUSTOMER_ID}`));
});

test('recently opened customers are remembered on the picker', async ({ page }) => {
  await page.goto(`/customers/${SEED_CUSTOMER_ID}`);
  await expect(
    page.getByRole('heading', { level: 1, name: 'DT DEMO CSP CUSTOMER 005' }),
  ).toBeVisible();
  // "/" from anywhere opens the picker.
  await page.keyboard.press('/');
  await expect(page).toHaveURL(/\/customers$/);
  await expect(page.getByLabel('Search customers')).toBeFocused();
  const recent = page.getByRole('region', { name: 'Recently opened' });
  await expect(recent.getByRole('link', { name: /DT DEMO CSP CUSTOMER 005/ })).toBeVisible();
});

// X-Locale is checked in the msal project, where requests cross the network (the demo's
// emulator answers inside the page's worker).
test('French UI: text and number formats follow the language', async ({ page }) => {
  await page.goto('/customers');
  await page.getByLabel('Language').selectOption('fr-FR');
  await expect(page.getByRole('heading', { level: 1, name: 'Clients' })).toBeVisible();
  const big = findCustomerByName((c) => c.sold >= 1000);
  await page.goto(`/customers/${big.id}`);
  await expect(page.getByText('Licences vendues').first()).toBeVisible();
  // French groups thousands with a narrow no-break space.
  await expect(page.locator('[data-kpi="sold"] dd')).toHaveText(
    new Intl.NumberFormat('fr-FR').format(big.sold),
  );
});

test('no serious or critical accessibility violations on the picker and customer view', async ({
  page,
}) => {
  await page.goto('/customers');
  await expect(
    page.getByRole('link', { name: /DT DEMO CSP CUSTOMER 005|.+/ }).first(),
  ).toBeVisible();
  const picker = await new AxeBuilder({ page }).analyze();
  expect(
    picker.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical'),
  ).toEqual([]);
  await page.goto(`/customers/${SEED_CUSTOMER_ID}`);
  await expect(page.locator('.recharts-bar-rectangle').first()).toBeVisible();
  const view = await new AxeBuilder({ page }).analyze();
  expect(view.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual(
    [],
  );
});

function escapeRegExp(value: string) {
  return value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

test('5,000 products: top 15 in the chart, a windowed table that scrolls to the last row', async ({
  page,
}) => {
  await page.goto(`/customers/${EDGE.fiveThousandProducts}?sort=product`);
  await expect(page.getByRole('heading', { name: 'Products (5000)' })).toBeVisible();
  await expect(
    page.locator('.recharts-bar').first().locator('.recharts-bar-rectangle'),
  ).toHaveCount(15);
  // Only a window of rows is in the DOM, yet the table announces all of them.
  const rendered = await page.locator('.data-table tbody tr:not([aria-hidden])').count();
  expect(rendered).toBeLessThan(100);
  await expect(page.locator('.data-table')).toHaveAttribute('aria-rowcount', '5001');
  const last = expectedRows(EDGE.fiveThousandProducts, { sort: 'product' }).at(-1);
  await page
    .locator('.table-scroll--virtual')
    .evaluate((element) => element.scrollTo(0, element.scrollHeight));
  await expect(
    page
      .locator('.data-table tbody tr')
      .filter({ hasText: last?.productName ?? '' })
      .first(),
  ).toBeVisible();
});

test('demo customers that always fail show the failure handling without a test rig', async ({
  page,
}) => {
  await page.goto(`/customers/${EDGE.alwaysThrottled}`);
  await expect(
    page.getByRole('status').filter({ hasText: /Partner Center is busy — retrying in \d+ s/ }),
  ).toBeVisible();
  await page.getByRole('status').getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByRole('heading', { name: 'Partner Center is busy' })).toBeVisible();

  await page.goto(`/customers/${EDGE.noRelationship}`);
  await expect(
    page.getByRole('heading', { name: 'No relationship with this customer' }),
  ).toBeVisible();
});

test('a customer id with spaces and capitals lands on the canonical URL with the customer’s data', async ({
  page,
}) => {
  await page.goto(`/customers/%20${SEED_CUSTOMER_ID.toUpperCase()}%20?sort=product`);
  await expect(page).toHaveURL(new RegExp(`/customers/${SEED_CUSTOMER_ID}\\?sort=product$`));
  await expect(
    page.getByRole('heading', { level: 1, name: 'DT DEMO CSP CUSTOMER 005' }),
  ).toBeVisible();
  expect((await tableRows(page)).map((row) => row.product)).toEqual([
    'EXCHANGE ONLINE (PLAN 1)',
    'EXCHANGE ONLINE ARCHIVING FOR EXCHANGE ONLINE',
    'OFFICE 365 BUSINESS ESSENTIALS',
  ]);
});

test('when the per-customer report answers 404, the analytics’ rows are shown and said to be', async ({
  page,
}) => {
  await page.goto(`/customers/${SOURCE_GAPS.e1NotFound}`);
  await expect(page.getByText(/answered “not found” for this customer/)).toBeVisible();
  expect(await tableRows(page)).toHaveLength(expectedRows(SOURCE_GAPS.e1NotFound).length);
  await expect(page.getByText('No licenses to show')).toHaveCount(0);
});
