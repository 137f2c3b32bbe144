import { expect, test } from '@playwright/test';

import { SEED_CUSTOMER_ID } from '../support/dataset';

// A cold deep link is never a blank page: index.html carries a static skeleton, styled by
// the app's stylesheet, until the app's script has run. No timing is asserted here (CLS and
// paint times are measured by `npm run bench`).

test('before the app boots, a deep link shows the static skeleton of the page', async ({
  page,
}) => {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  // Hold the app's script back: what shows is index.html and its stylesheet alone.
  await page.route('**/assets/main-*.js', (route) => route.abort());
  await page.goto(`/customers/${SEED_CUSTOMER_ID}`);
  const boot = page.locator('.boot');
  await expect(boot).toBeVisible();
  await expect(boot.locator('.brand')).toHaveText('License Insights');
  await expect(boot.locator('.boot__title')).toBeVisible();
  // Styled: the skeleton blocks have their size from the stylesheet.
  const title = await boot.locator('.boot__title').boundingBox();
  expect(title?.height ?? 0).toBeGreaterThan(20);
  expect(errors.filter((e) => /Content Security Policy/i.test(e))).toEqual([]);
});

test('the skeleton is CSP-safe and gives way to the app', async ({ page, request }) => {
  const html = await (await request.get('/')).text();
  // No inline style attribute or element, no inline script: style-src/script-src 'self'.
  expect(html).not.toMatch(/\sstyle=/);
  expect(html).not.toMatch(/<style/);
  expect(html).not.toMatch(/<script(?![^>]*\ssrc=)[^>]*>/);
  await page.goto(`/customers/${SEED_CUSTOMER_ID}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('DT DEMO CSP CUSTOMER 005');
  await expect(page.locator('.boot')).toHaveCount(0);
});
