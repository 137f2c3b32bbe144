// @ts-check
import { hashSeed } from './history.js';
import { createPrng } from './prng.js';

// Usage workloads (E4, E5, E6): which services a product's seats can be used in, and
// deterministic active/qualified counts for a row of a given snapshot.

/** @typedef {{ workloadCode: string, workloadName: string }} Workload */
/** @typedef {Workload & { licensesActive: number, licensesQualified: number }} WorkloadUsage */

/** @type {Record<string, string>} */
export const WORKLOAD_NAMES = {
  EXO: 'Exchange',
  SPO: 'SharePoint',
  ODB: 'OneDrive',
  TEAMS: 'Teams',
  OFFICE: 'Microsoft 365 Apps',
  YAM: 'Viva Engage (Yammer)',
};

// Suites: the collaboration workloads, the desktop apps where the suite includes them, and
// Viva Engage for the enterprise plans. Business Essentials is Business Basic's old name.
const SUITES = [
  { pattern: /^(MICROSOFT|OFFICE) 365 E1$/, office: false, enterprise: true },
  { pattern: /^(MICROSOFT|OFFICE) 365 E[35]$/, office: true, enterprise: true },
  { pattern: /^(MICROSOFT|OFFICE) 365 F[13]$/, office: false, enterprise: true },
  { pattern: /^(MICROSOFT 365 BUSINESS BASIC|OFFICE 365 BUSINESS ESSENTIALS)$/, office: false },
  {
    pattern: /^(MICROSOFT 365 BUSINESS (STANDARD|PREMIUM)|OFFICE 365 BUSINESS PREMIUM)$/,
    office: true,
  },
];

/**
 * The workloads of a product (none for Dynamics and for the o365 products that are not used
 * through a workload: Power BI, Visio, Project, security add-ons…). Regional variants
 * (`… (REGION 001)`) have their base product's workloads.
 * @param {string} productName @param {string} serviceName
 * @returns {Workload[]}
 */
export function workloadsFor(productName, serviceName) {
  if (serviceName !== 'o365') return [];
  const name = productName.replace(/ \(REGION \d+\)$/, '');
  /** @type {string[]} */
  let codes = [];
  const suite = SUITES.find((s) => s.pattern.test(name));
  if (suite) {
    codes = ['EXO', 'SPO', 'ODB', 'TEAMS'];
    if (suite.office) codes.push('OFFICE');
    if (suite.enterprise) codes.push('YAM');
  } else if (/^EXCHANGE ONLINE (\(PLAN [12]\)|KIOSK)$/.test(name)) codes = ['EXO'];
  else if (/^MICROSOFT 365 APPS FOR /.test(name)) codes = ['OFFICE', 'ODB'];
  else if (/^SHAREPOINT ONLINE /.test(name)) codes = ['SPO'];
  else if (/^ONEDRIVE FOR BUSINESS /.test(name)) codes = ['ODB'];
  else if (/^MICROSOFT TEAMS /.test(name)) codes = ['TEAMS'];
  return codes.map((code) => ({ workloadCode: code, workloadName: WORKLOAD_NAMES[code] ?? code }));
}

/**
 * Usage of one row's workloads in the snapshot `monthsBack` ago, derived from that month's
 * deployed count: qualified is deployed (a little lower for some), active mostly 40–100 % of
 * qualified and, for a few rows, a little above it (usage % over 100 happens).
 * @param {string} customerId
 * @param {Pick<import('./dataset.js').LicenseRow, 'productId' | 'productName' | 'serviceName' | 'licensesDeployed'>} license
 * @param {number} monthsBack
 * @returns {WorkloadUsage[]}
 */
export function usageFor(customerId, license, monthsBack) {
  return workloadsFor(license.productName, license.serviceName).map((workload) => {
    const deployed = license.licensesDeployed;
    if (deployed === 0) return { ...workload, licensesActive: 0, licensesQualified: 0 };
    const prng = createPrng(
      hashSeed(`${customerId}|${license.productId}|${workload.workloadCode}|${monthsBack}`),
    );
    const licensesQualified =
      prng.next() < 0.2 ? Math.max(0, deployed - prng.int(1, Math.ceil(deployed * 0.1))) : deployed;
    const r = prng.next();
    const licensesActive =
      r < 0.04
        ? licensesQualified + prng.int(1, 3)
        : Math.round(licensesQualified * (0.4 + prng.next() * 0.6));
    return { ...workload, licensesActive, licensesQualified };
  });
}

/** active / qualified × 100 with 2 decimals; 0 when nothing qualifies. @param {number} active @param {number} qualified */
export function usagePercent(active, qualified) {
  return qualified === 0 ? 0 : Math.round((active / qualified) * 10000) / 100;
}
