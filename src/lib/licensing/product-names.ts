// Product names as the join of last resort between Partner Center's worlds: analytics rows
// ("OFFICE 365 ENTERPRISE E3"), subscriptions ("Office 365 E3"), billing lines and the
// user's price list. An Entra SKU id is the better key and is used first wherever both sides
// have one; names only join what ids cannot. So the rules are deliberate, not fuzzy:
// - case, punctuation and spacing never matter;
// - "(no Teams)" and its spellings are ONE token that DOES matter: the EEA "no Teams" SKUs
//   are other products than the suites with Teams, and must never be joined to them;
// - Microsoft's own renames are the same product under its old and new name.

const NO_TEAMS = /[([\-–—,]*\s*\b(?:no|without|w\/o|sans)\s+teams\b\s*[)\]]?/gi;
const PUNCTUATION = /[^\p{L}\p{N}+]+/gu;

/**
 * Renames Microsoft made while the SKU stayed the same (Entra's product names now use the
 * right-hand side; analytics and legacy offers may still use the left). Normalised form.
 */
const RENAMES: Readonly<Record<string, string>> = {
  'office 365 enterprise e1': 'office 365 e1',
  'office 365 enterprise e3': 'office 365 e3',
  'office 365 enterprise e5': 'office 365 e5',
  'office 365 business essentials': 'microsoft 365 business basic',
  'office 365 business premium': 'microsoft 365 business standard',
  'microsoft 365 business': 'microsoft 365 business premium',
  'office 365 proplus': 'microsoft 365 apps for enterprise',
  'office 365 business': 'microsoft 365 apps for business',
};

/** The form two names are compared in: equal forms are the same product. */
export function productNameKey(name: string): string {
  const noTeams = NO_TEAMS.test(name);
  NO_TEAMS.lastIndex = 0;
  const base = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(NO_TEAMS, ' ')
    .toLowerCase()
    .replace(PUNCTUATION, ' ')
    .trim()
    .replace(/\s+/g, ' ');
  const renamed = RENAMES[base] ?? base;
  return noTeams ? `${renamed} [no teams]` : renamed;
}

export function sameProductName(a: string, b: string): boolean {
  return productNameKey(a) === productNameKey(b);
}
