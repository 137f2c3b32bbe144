// @ts-check
import { hashSeed } from './history.js';

// What the commerce side calls a product the analytics side names in capitals: the offer
// name (mixed case, some under the name Microsoft sold them by before a rename),
// the catalogue ids of `offerId`, the Entra part number, and a list price. All derived
// from the analytics name, so they never change and a test can compute them.

/**
 * Offer names that differ from the analytics name by more than case and punctuation: the
 * product's name before one of Microsoft's renames (same SKU). Not "(no Teams)": those are
 * other SKUs, with analytics rows of their own, and must never join the suites with Teams.
 */
const RENAMED = Object.freeze({
  'OFFICE 365 E1': 'Office 365 Enterprise E1',
  'OFFICE 365 E3': 'Office 365 Enterprise E3',
  'OFFICE 365 E5': 'Office 365 Enterprise E5',
  'MICROSOFT 365 APPS FOR ENTERPRISE': 'Office 365 ProPlus',
});

const KEEP_CASE = new Set(['BI', 'ID', 'USA/CAN', 'CRM', 'GB']);
const SPECIAL = Object.freeze(
  /** @type {Record<string, string>} */ ({
    ONEDRIVE: 'OneDrive',
    SHAREPOINT: 'SharePoint',
    FOR: 'for',
    WITH: 'with',
    TO: 'to',
    AND: 'and',
    PRO: 'Pro',
    VCPU: 'vCPU',
  }),
);

/** `EXCHANGE ONLINE (PLAN 1)` → `Exchange Online (Plan 1)`. @param {string} name */
export function titleCase(name) {
  return name
    .split(' ')
    .map((word, index) => {
      const bare = word.replace(/[(),]/g, '');
      const special = SPECIAL[bare];
      if (special && !(index === 0 && /^[a-z]/.test(special))) return word.replace(bare, special);
      if (/\d/.test(bare) || KEEP_CASE.has(bare)) return word;
      return word
        .toLowerCase()
        .replace(/(^|[-(+/])([a-z])/g, (_, before, letter) => before + letter.toUpperCase());
    })
    .join(' ');
}

/** The offer name Partner Center gives a subscription of this analytics product. @param {string} productName */
export function offerNameFor(productName) {
  return /** @type {Record<string, string>} */ (RENAMED)[productName] ?? titleCase(productName);
}

/** @param {string} text @param {number} length */
function code(text, length) {
  return hashSeed(text).toString(36).toUpperCase().padStart(length, '0').slice(-length);
}

/**
 * The NCE catalogue ids of a product: `offerId` is `productId:skuId:availabilityId`.
 * @param {string} productName @param {string} term @param {string} billingCycle
 */
export function catalogIds(productName, term, billingCycle) {
  return {
    productId: `CFQ7TTC0${code(productName, 4)}`,
    skuId: RENAMED[/** @type {keyof typeof RENAMED} */ (productName)] ? '0002' : '0001',
    availabilityId: `CFQ7TTC0${code(`${productName}|${term}|${billingCycle}`, 4)}`,
  };
}

/** @param {string} text */
export function guidFrom(text) {
  const hex = [0, 1, 2, 3]
    .map((i) => hashSeed(`${text}|${i}`).toString(16).padStart(8, '0'))
    .join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/** A legacy offer id: a GUID in capitals, as the docs' legacy examples show. @param {string} productName */
export function legacyOfferId(productName) {
  return guidFrom(`legacy offer|${productName}`).toUpperCase();
}

/** The Entra part number (`skuPartNumber`). @param {string} productName */
export function skuPartNumber(productName) {
  return productName
    .replace(/[^A-Z0-9]+/gi, '_')
    .replace(/^_|_$/g, '')
    .toUpperCase()
    .slice(0, 40);
}

/** Well-known list prices (USD, per seat and month, annual term). */
const LIST_PRICES = Object.freeze(
  /** @type {Record<string, number>} */ ({
    'MICROSOFT 365 BUSINESS BASIC': 6,
    'MICROSOFT 365 BUSINESS STANDARD': 12.5,
    'MICROSOFT 365 BUSINESS PREMIUM': 22,
    'MICROSOFT 365 E3': 36,
    'MICROSOFT 365 E5': 57,
    'OFFICE 365 E1': 10,
    'OFFICE 365 E3': 23,
    'OFFICE 365 E5': 38,
    'EXCHANGE ONLINE (PLAN 1)': 4,
    'EXCHANGE ONLINE (PLAN 2)': 8,
    'EXCHANGE ONLINE KIOSK': 2,
    'MICROSOFT 365 COPILOT': 30,
    'POWER BI PRO': 14,
  }),
);

/**
 * The list price of one seat for one month of an annual term, in `currency`; REGION
 * variants cost what their product costs.
 * @param {string} productName @param {'EUR' | 'USD'} currency
 */
export function monthlyListPrice(productName, currency) {
  const base = productName.replace(/ \(REGION \d+\)$/, '');
  const usd = LIST_PRICES[base] ?? 3 + (hashSeed(`price|${base}`) % 5700) / 100;
  return currency === 'USD' ? usd : Math.round(usd * 92) / 100;
}
