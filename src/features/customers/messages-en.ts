// English text of the customer picker.
// The app composes it into the catalogue (src/app/i18n/catalogue-en.ts); messages-fr.ts
// has exactly the same keys (type-checked).
export const customersEn = {
  'picker.searchLabel': 'Search customers',
  'picker.searchPlaceholder': 'Company name, domain or customer ID',
  'picker.searchHint':
    'Type the start of a company name or domain, or paste a customer ID. Use ↓ to move to the results.',
  'picker.openId': 'Open customer {id}',
  'picker.recent': 'Recently opened',
  'picker.clearRecent': 'Clear',
  'picker.allCustomers': 'All customers',
  'picker.resultsFor': 'Customers matching “{search}”',
  'picker.noMatch': 'No customer name or domain starts with “{search}”.',
  'picker.noCustomers': 'This partner has no customers yet.',
  'picker.count': '{count} customers',
  'picker.countOne': '1 customer',
  'picker.countMore': '{count} customers shown — more available',
  'picker.loadMore': 'Load more customers',
} as const;
