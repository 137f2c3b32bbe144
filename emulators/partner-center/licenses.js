// @ts-check
import { CATALOGUE, productId } from './catalogue.js';

// The license rows of generated customers: seat counts skewed like a real CSP portfolio
// (mostly small tenants, a few large ones) and deployment mostly a little below the seats.

/** @typedef {import('./dataset.js').LicenseRow} LicenseRow */
/** @typedef {ReturnType<typeof import('./prng.js').createPrng>} Prng */

/** @param {Prng} prng @returns {number} */
function seats(prng) {
  const r = prng.next();
  if (r < 0.45) return prng.int(1, 25);
  if (r < 0.8) return prng.int(25, 150);
  if (r < 0.97) return prng.int(150, 800);
  return prng.int(800, 5000);
}

/** @param {Prng} prng @param {number} sold */
function deployedFor(prng, sold) {
  const r = prng.next();
  if (r < 0.1) return sold; // fully deployed
  if (r < 0.15) return 0; // bought, never assigned
  if (r < 0.18) return sold + prng.int(1, 3); // over-assigned (trials, grace periods)
  return Math.round(sold * (0.55 + prng.next() * 0.45));
}

/** @param {Prng} prng @param {number} count @returns {LicenseRow[]} */
export function randomLicenses(prng, count) {
  const pool = [...CATALOGUE];
  /** @type {LicenseRow[]} */
  const rows = [];
  for (let i = 0; i < count; i++) {
    const index = prng.int(0, pool.length - 1);
    const [entry] = pool.splice(index, 1);
    if (!entry) break;
    const licensesSold = seats(prng);
    rows.push({
      ...entry,
      channel: prng.next() < 0.85 ? 'reseller' : 'direct',
      licensesSold,
      licensesDeployed: deployedFor(prng, licensesSold),
    });
  }
  return rows;
}

/**
 * More products than the catalogue has: numbered variants, as add-ons and regional SKUs look.
 * @param {Prng} prng @param {number} count
 */
export function manyLicenses(prng, count) {
  /** @type {LicenseRow[]} */
  const rows = [];
  for (let i = 0; rows.length < count; i++) {
    const entry = /** @type {(typeof CATALOGUE)[number]} */ (CATALOGUE[i % CATALOGUE.length]);
    const variant = Math.floor(i / CATALOGUE.length);
    const productName =
      variant === 0
        ? entry.productName
        : `${entry.productName} (REGION ${String(variant).padStart(3, '0')})`;
    const licensesSold = seats(prng);
    rows.push({
      ...entry,
      productId: productId(productName),
      productName,
      channel: prng.next() < 0.85 ? 'reseller' : 'direct',
      licensesSold,
      licensesDeployed: deployedFor(prng, licensesSold),
    });
  }
  return rows;
}

/**
 * @param {string} productName @param {number} sold @param {number} deployed
 * @param {string} [serviceName] @param {'reseller' | 'direct'} [channel]
 * @returns {LicenseRow}
 */
export function row(productName, sold, deployed, serviceName = 'o365', channel = 'reseller') {
  const entry = CATALOGUE.find((e) => e.productName === productName);
  return {
    productId: entry?.productId ?? productId(productName),
    productName,
    serviceCode: serviceName === 'crm' ? 'CRM' : 'O365',
    serviceName,
    channel,
    licensesSold: sold,
    licensesDeployed: deployed,
  };
}
