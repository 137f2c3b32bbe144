import { expect, test } from '@playwright/test';

import { SEED_CUSTOMER_ID } from '../support/dataset';
import { entra, partnerCenter, resetEmulators } from '../support/emulators';
import { msalCacheEntries, signInOnForm, USERS } from '../support/sign-in';

const BOOKMARK = `/customers/${SEED_CUSTOMER_ID}?service=o365&sort=product`;

test.beforeEach(async () => {
  await resetEmulators();
});

test('a bookmarked customer view survives sign-in, and a reload needs no new sign-in', async ({
  page,
  baseURL,
}) => {
  await page.goto(BOOKMARK);
  await signInOnForm(page, USERS.admin);
  await expect(page).toHaveURL(`${baseURL}${BOOKMARK}`);
  await expect(
    page.getByRole('heading', { level: 1, name: 'DT DEMO CSP CUSTOMER 005' }),
  ).toBeVisible();
  await expect(page.getByLabel('Service')).toHaveValue('o365');
  await expect(page.locator('.data-table tbody tr').first()).toContainText(
    'EXCHANGE ONLINE (PLAN 1)',
  );
  await expect(page.getByText('Adele Vance')).toBeVisible();

  const before = await entra.stats();
  expect(before.authorize).toBe(1);
  await page.reload();
  await expect(page.locator('.data-table tbody tr').first()).toContainText(
    'EXCHANGE ONLINE (PLAN 1)',
  );
  const after = await entra.stats();
  expect(after.authorize).toBe(before.authorize);
  expect(after.signIn).toBe(before.signIn);
});

test('sign-out empties the MSAL cache; a customer URL then asks to sign in again', async ({
  page,
  baseURL,
}) => {
  await page.goto(BOOKMARK);
  await signInOnForm(page, USERS.admin);
  await expect(page.locator('.data-table')).toBeVisible();
  expect(await msalCacheEntries(page)).toBeGreaterThan(0);

  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page).toHaveURL(`${baseURL}/`);
  await expect(page.getByRole('button', { name: 'Sign in', exact: true })).toBeVisible();
  expect(await msalCacheEntries(page)).toBe(0);
  expect((await entra.stats()).logout).toBe(1);

  await page.goto(`/customers/${SEED_CUSTOMER_ID}`);
  await expect(page).toHaveURL(/login\.microsoftonline\.com/);
  await expect(page.getByRole('button', { name: `Sign in as ${USERS.admin}` })).toBeVisible();
});

test('a user without MFA is told Partner Center requires it and can sign in again', async ({
  page,
}) => {
  await page.goto(`/customers/${SEED_CUSTOMER_ID}`);
  await signInOnForm(page, USERS.noMfa);
  await expect(
    page.getByRole('heading', { name: 'Partner Center requires multi-factor authentication' }),
  ).toBeVisible();
  const retry = page.getByRole('button', { name: 'Sign in again with MFA' });
  await expect(retry).toBeVisible();
  const faults = (await partnerCenter.log()).filter((entry) => entry.status === 401);
  expect(faults.length).toBeGreaterThan(0);
  await retry.click();
  await signInOnForm(page, USERS.admin);
  await expect(page.locator('.data-table tbody tr')).toHaveCount(3);
});

test('a user whose role cannot read analytics gets a clear 403 and the rest still works', async ({
  page,
}) => {
  await page.goto(`/customers/${SEED_CUSTOMER_ID}`);
  await signInOnForm(page, USERS.noRole);
  await expect(
    page.getByRole('heading', { name: 'Your Partner Center role cannot read analytics' }),
  ).toBeVisible();
  // The customer itself (E8) is readable: its name is in the header.
  await expect(
    page.getByRole('heading', { level: 1, name: 'DT DEMO CSP CUSTOMER 005' }),
  ).toBeVisible();
  // The portfolio is analytics too: the same message there, and the picker (E7) still works.
  await page.getByRole('link', { name: '← All customers' }).click();
  await expect(
    page.getByRole('heading', { name: 'Your Partner Center role cannot read analytics' }),
  ).toBeVisible();
  await page.keyboard.press('/');
  await expect(page.getByText(/customers shown/)).toBeVisible();
});

test('a revoked refresh token recovers through one interactive sign-in, without a loop', async ({
  page,
}) => {
  // Access tokens that are always "about to expire" make every call go to the refresh grant.
  await entra.config({ accessTokenLifetimeSeconds: 120 });
  await page.goto(`/customers/${SEED_CUSTOMER_ID}`);
  await signInOnForm(page, USERS.admin);
  await expect(page.locator('.data-table tbody tr')).toHaveCount(3);
  await entra.revokeRefreshTokens();
  const before = await entra.stats();

  await page.getByRole('link', { name: '← All customers' }).click();
  // The refresh token is refused, and hidden-iframe SSO needs third-party cookies, which
  // the browser blocks: the app redirects once. The IdP's own session then answers without
  // a form (or shows it, if the session is gone); either way the user lands back here.
  const loaded = page.getByText('All 308 customers loaded.');
  const form = page.getByRole('button', { name: `Sign in as ${USERS.admin}` });
  await expect(loaded.or(form)).toBeVisible();
  if (await form.isVisible()) await form.click();
  await expect(loaded).toBeVisible();
  const after = await entra.stats();
  const interactive =
    after.authorize - after.authorizeSilent - (before.authorize - before.authorizeSilent);
  expect(interactive).toBe(1);
  // Give a loop the chance to show itself, then check nothing more happened.
  await page.waitForTimeout(1500);
  expect((await entra.stats()).authorize).toBe(after.authorize);
});

test('the token goes only to /pc-api, and every API call carries the Partner Center headers', async ({
  page,
}) => {
  const withToken: string[] = [];
  page.on('request', (request) => {
    if (request.headers()['authorization']) withToken.push(request.url());
  });
  await page.goto(`/customers/${SEED_CUSTOMER_ID}`);
  await signInOnForm(page, USERS.admin);
  await expect(page.locator('.data-table tbody tr')).toHaveCount(3);
  await page.getByRole('link', { name: '← All customers' }).click();
  // The portfolio (E3, grouped, through the proxy with the token) loads every customer.
  await expect(page.getByText('All 308 customers loaded.')).toBeVisible();

  expect(withToken.length).toBeGreaterThan(0);
  for (const url of withToken) expect(new URL(url).pathname).toMatch(/^\/pc-api\//);
  const log = await partnerCenter.log();
  expect(log.length).toBeGreaterThanOrEqual(3);
  for (const entry of log) {
    expect(entry.headers['authorization']).toBe('<bearer redacted>');
    expect(entry.headers['ms-requestid']).toMatch(/^[0-9a-f-]{36}$/);
    expect(entry.headers['ms-correlationid']).toMatch(/^[0-9a-f-]{36}$/);
    expect(entry.headers['x-locale']).toBe('en-US');
    expect(entry.headers['cookie']).toBeUndefined();
  }
  expect(log.some((entry) => entry.path.includes('/analytics/commercial/deployment/license'))).toBe(
    true,
  );
  // One correlation id per page view: the customer view's calls share one, the portfolio another.
  const customerCalls = log.filter((entry) => entry.path.includes(SEED_CUSTOMER_ID));
  expect(new Set(customerCalls.map((entry) => entry.headers['ms-correlationid'])).size).toBe(1);
  const portfolioCalls = log.filter((entry) => !entry.path.includes(SEED_CUSTOMER_ID));
  expect(portfolioCalls[0]?.headers['ms-correlationid']).not.toBe(
    customerCalls[0]?.headers['ms-correlationid'],
  );
});

test('after switching to French, Partner Center is asked in French (X-Locale)', async ({
  page,
}) => {
  await page.goto(`/customers/${SEED_CUSTOMER_ID}`);
  await signInOnForm(page, USERS.admin);
  await expect(page.locator('.data-table tbody tr')).toHaveCount(3);
  await page.getByLabel('Language').selectOption('fr-FR');
  await expect(page.getByRole('link', { name: '← Tous les clients' })).toBeVisible();
  // The snapshot holds Partner Center display text: the language change refetches it.
  await expect
    .poll(async () => (await partnerCenter.log()).at(-1)?.headers['x-locale'])
    .toBe('fr-FR');
});
