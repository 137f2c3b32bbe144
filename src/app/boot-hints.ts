// What the boot can start before config.json has answered, from what this browser saw last
// time and from the address. Hints only: a wrong guess costs one download, never behaviour.

const MODE_KEY = 'license-insights.auth-mode';

/** The sign-in mode config.json had on the last visit (not a secret: "demo" or "msal"). */
export function lastAuthMode(storage: Storage | undefined = safeLocalStorage()): string | null {
  try {
    return storage?.getItem(MODE_KEY) ?? null;
  } catch {
    return null;
  }
}

export function rememberAuthMode(
  mode: 'demo' | 'msal',
  storage: Storage | undefined = safeLocalStorage(),
): void {
  try {
    storage?.setItem(MODE_KEY, mode);
  } catch {
    // Storage full or refused: the next visit just waits for config.json again.
  }
}

/**
 * Whether the address opens a customer's snapshot, the one view that draws the bar chart
 * first. The router decides for real once it exists; this only lets the chart's code
 * download beside the boot instead of after it.
 */
export function opensCustomerSnapshot({ pathname, search }: { pathname: string; search: string }) {
  return /^\/customers\/[^/]+\/?$/.test(pathname) && !/[?&]tab=(?!snapshot\b)/.test(search);
}

function safeLocalStorage(): Storage | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
}
