import { expect, test } from '@playwright/test';

import { SEED_CUSTOMER_ID } from '../support/dataset';
import { partnerCenter, resetEmulators } from '../support/emulators';
import { signInOnForm, USERS } from '../support/sign-in';

test.beforeEach(async () => {
  await resetEmulators();
});

test('nginx serves the app with the CSP and security headers', async ({ request }) => {
  const page = await request.get(`/customers/${SEED_CUSTOMER_ID}?service=o365`);
  expect(page.status()).toBe(200);
  const headers = page.headers();
  const csp = headers['content-security-policy'] ?? '';
  expect(csp).toContain("script-src 'self'");
  expect(csp).toContain("frame-ancestors 'none'");
  expect(csp).toContain("connect-src 'self' https://login.microsoftonline.com");
  expect(csp).not.toContain('unsafe-inline');
  expect(csp).not.toContain('unsafe-eval');
  expect(headers['x-content-type-options']).toBe('nosniff');
  expect(headers['referrer-policy']).toBe('no-referrer');
  expect(headers['cache-control']).toContain('no-cache');
  expect(headers['x-frame-options']).toBe('DENY');
  // MSAL's redirect bridge may be framed by the app itself (hidden-iframe renewal), no one else.
  const bridge = (await request.get('/redirect.html')).headers();
  expect(bridge['content-security-policy']).toContain("frame-ancestors 'self'");
  expect(bridge['x-frame-options']).toBe('SAMEORIGIN');
  const config = await request.get('/config.json');
  expect(config.headers()['cache-control']).toContain('no-cache');
});

test('the proxy only forwards GET and hides the emulator admin endpoints', async ({ request }) => {
  expect(
    (await request.post('/pc-api/v1/customers', { data: {} })).status(),
  ).toBeGreaterThanOrEqual(403);
  expect((await request.get('/pc-api/__admin/log')).status()).toBe(404);
  expect((await partnerCenter.log()).filter((entry) => entry.method !== 'GET')).toEqual([]);
});

test('signed in through nginx, the app runs under the CSP with no violation', async ({ page }) => {
  const violations: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy|Refused to/i.test(message.text())) violations.push(message.text());
  });
  await page.goto(`/customers/${SEED_CUSTOMER_ID}?service=o365`);
  await signInOnForm(page, USERS.admin);
  await expect(page.locator('.data-table tbody tr')).toHaveCount(3);
  await expect(page.locator('.recharts-bar-rectangle').first()).toBeVisible();
  expect(violations).toEqual([]);
  const log = await partnerCenter.log();
  expect(log.some((entry) => entry.path.startsWith(`/v1/customers/${SEED_CUSTOMER_ID}`))).toBe(
    true,
  );
});
