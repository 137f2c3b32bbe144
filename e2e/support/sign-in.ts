import { expect, type Page } from '@playwright/test';

export const USERS = {
  admin: 'Adele Vance',
  noMfa: 'Nestor Wilke',
  noRole: 'Lynne Robbins',
} as const;

/** On the emulator's sign-in form (served as login.microsoftonline.com), pick a user. */
export async function signInOnForm(page: Page, user: (typeof USERS)[keyof typeof USERS]) {
  await expect(page).toHaveURL(
    /^https:\/\/login\.microsoftonline\.com\/organizations\/oauth2\/v2\.0\/authorize/,
  );
  await page.getByRole('button', { name: `Sign in as ${user}` }).click();
}

/** MSAL's own cache entries in web storage (tokens, accounts), as a count. */
export async function msalCacheEntries(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      [...Object.keys(sessionStorage), ...Object.keys(localStorage)].filter(
        (key) => key.startsWith('msal.') && /accesstoken|refreshtoken|idtoken|account/i.test(key),
      ).length,
  );
}
