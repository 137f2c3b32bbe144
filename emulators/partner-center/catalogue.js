// @ts-check
// A realistic slice of the CSP catalogue, named in capitals as Partner Center returns
// product names. Product ids are fictitious but stable.

/** @typedef {{ productId: string, productName: string, serviceCode: string, serviceName: 'o365' | 'crm' }} CatalogueEntry */

const O365 = [
  'MICROSOFT 365 BUSINESS BASIC',
  'MICROSOFT 365 BUSINESS STANDARD',
  'MICROSOFT 365 BUSINESS PREMIUM',
  'MICROSOFT 365 APPS FOR BUSINESS',
  'MICROSOFT 365 APPS FOR ENTERPRISE',
  'MICROSOFT 365 E3',
  'MICROSOFT 365 E5',
  'MICROSOFT 365 F1',
  'MICROSOFT 365 F3',
  'OFFICE 365 E1',
  'OFFICE 365 E3',
  'OFFICE 365 E5',
  'OFFICE 365 F3',
  'OFFICE 365 BUSINESS ESSENTIALS',
  'OFFICE 365 BUSINESS PREMIUM',
  'EXCHANGE ONLINE (PLAN 1)',
  'EXCHANGE ONLINE (PLAN 2)',
  'EXCHANGE ONLINE KIOSK',
  'EXCHANGE ONLINE ARCHIVING FOR EXCHANGE ONLINE',
  'EXCHANGE ONLINE PROTECTION',
  'SHAREPOINT ONLINE (PLAN 1)',
  'SHAREPOINT ONLINE (PLAN 2)',
  'ONEDRIVE FOR BUSINESS (PLAN 1)',
  'MICROSOFT TEAMS ESSENTIALS',
  'MICROSOFT TEAMS ROOMS PRO',
  'MICROSOFT TEAMS PHONE STANDARD',
  'MICROSOFT TEAMS AUDIO CONFERENCING WITH DIAL-OUT TO USA/CAN',
  'MICROSOFT 365 COPILOT',
  'MICROSOFT DEFENDER FOR OFFICE 365 (PLAN 1)',
  'MICROSOFT DEFENDER FOR ENDPOINT P1',
  'MICROSOFT DEFENDER FOR BUSINESS',
  'MICROSOFT ENTRA ID P1',
  'MICROSOFT ENTRA ID P2',
  'MICROSOFT INTUNE PLAN 1',
  'ENTERPRISE MOBILITY + SECURITY E3',
  'ENTERPRISE MOBILITY + SECURITY E5',
  'WINDOWS 11 ENTERPRISE E3',
  'POWER BI PRO',
  'POWER BI PREMIUM PER USER',
  'PROJECT PLAN 3',
  'PROJECT PLAN 5',
  'VISIO PLAN 2',
  'MICROSOFT 365 DOMESTIC CALLING PLAN',
  'AZURE INFORMATION PROTECTION PREMIUM P1',
];

const CRM = [
  'DYNAMICS 365 SALES ENTERPRISE',
  'DYNAMICS 365 SALES PROFESSIONAL',
  'DYNAMICS 365 CUSTOMER SERVICE ENTERPRISE',
  'DYNAMICS 365 CUSTOMER SERVICE PROFESSIONAL',
  'DYNAMICS 365 FIELD SERVICE',
  'DYNAMICS 365 BUSINESS CENTRAL ESSENTIALS',
  'DYNAMICS 365 BUSINESS CENTRAL PREMIUM',
  'DYNAMICS 365 BUSINESS CENTRAL TEAM MEMBERS',
  'DYNAMICS 365 TEAM MEMBERS',
  'DYNAMICS 365 FINANCE',
  'DYNAMICS 365 SUPPLY CHAIN MANAGEMENT',
  'DYNAMICS 365 CUSTOMER INSIGHTS',
  'POWER APPS PREMIUM',
  'POWER AUTOMATE PREMIUM',
  'DYNAMICS 365 MARKETING ADDITIONAL APPLICATION',
];

/**
 * A product id that looks like a SKU id, derived from the name so it never changes.
 * @param {string} name
 */
function productId(name) {
  let hash = 2166136261;
  for (const char of name) hash = Math.imul(hash ^ char.charCodeAt(0), 16777619) >>> 0;
  const hex = hash.toString(16).padStart(8, '0');
  return `${hex}-${hex.slice(0, 4)}-4${hex.slice(1, 4)}-8${hex.slice(4, 7)}-${hex}${hex.slice(0, 4)}`;
}

/** @type {readonly CatalogueEntry[]} */
export const CATALOGUE = Object.freeze([
  ...O365.map((productName) => ({
    productId: productId(productName),
    productName,
    serviceCode: 'O365',
    serviceName: /** @type {const} */ ('o365'),
  })),
  ...CRM.map((productName) => ({
    productId: productId(productName),
    productName,
    serviceCode: 'CRM',
    serviceName: /** @type {const} */ ('crm'),
  })),
]);

export { productId };
