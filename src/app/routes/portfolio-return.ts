import type { PortfolioLinkSearch } from '@/lib/links';

// Where "← All customers" goes back to: the portfolio as it was last shown in this tab
// (search, filters, sort, flagged only), so opening a customer and coming back does not
// drop the filters. Kept for the tab's session (sessionStorage), so a reload of the
// customer page still returns there; nothing partner-specific is stored, only view state.

const KEY = 'license-insights.portfolio-return.v1';
const FIELDS = ['q', 'service', 'channel', 'sort', 'dir', 'flagged'] as const;
/** Used only where sessionStorage is unavailable (privacy mode). */
let fallback: PortfolioLinkSearch = {};

/** Only the portfolio's own, known settings; the route validates them again anyway. */
function clean(value: unknown): PortfolioLinkSearch {
  if (!value || typeof value !== 'object') return {};
  const search: Record<string, string | boolean> = {};
  for (const field of FIELDS) {
    const item = (value as Record<string, unknown>)[field];
    if (typeof item === 'string' || (field === 'flagged' && typeof item === 'boolean'))
      search[field] = item;
  }
  return search as PortfolioLinkSearch;
}

export function rememberPortfolioSearch(search: PortfolioLinkSearch): void {
  fallback = clean(search);
  try {
    sessionStorage.setItem(KEY, JSON.stringify(fallback));
  } catch {
    // Storage disabled: remembered for this page's life only.
  }
}

export function portfolioReturnSearch(): PortfolioLinkSearch {
  try {
    const stored = sessionStorage.getItem(KEY);
    return stored === null ? {} : clean(JSON.parse(stored));
  } catch {
    return fallback;
  }
}

/** On sign-out and account switch: a search may name another partner's customer. */
export function forgetPortfolioSearch(): void {
  fallback = {};
  try {
    sessionStorage.removeItem(KEY);
  } catch {
    // Storage disabled: nothing was stored.
  }
}
