// @ts-check
// The floors: the same rows as one plain static HTML table (no script), the fastest a
// browser can show them. Every ratio in the report is the app's time over its floor's,
// measured in the same run, so a loaded machine slows both alike.
import { groupRows } from '../emulators/partner-center/commercial-query.js';
import { getDefaultDataset } from '../emulators/partner-center/dataset.js';

/** @param {string} text */
const escapeHtml = (text) =>
  text.replace(
    /[&<>"]/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c] ?? c,
  );

/**
 * @typedef {{ name: string, sold: number, deployed: number, href?: string }} FloorRow
 * @param {FloorRow[]} rows  with `href`, the name is a link (the hover-then-click floor)
 */
export function floorHtml(rows) {
  const body = rows
    .map((r) => {
      const name = escapeHtml(r.name);
      const cell = r.href ? `<a href="${escapeHtml(r.href)}">${name}</a>` : name;
      return `<tr><th>${cell}</th><td>${r.sold}</td><td>${r.deployed}</td></tr>`;
    })
    .join('');
  return `<!doctype html><title>floor</title><table id="floor"><tbody>${body}</tbody></table>`;
}

/** A customer's products as floor rows. @param {string} customerId @returns {FloorRow[]} */
export function customerRows(customerId) {
  const customer = getDefaultDataset().byId.get(customerId);
  if (!customer) throw new Error(`no customer ${customerId} in the dataset`);
  return customer.licenses.map((r) => ({
    name: r.productName,
    sold: r.licensesSold,
    deployed: r.licensesDeployed,
  }));
}

/** The first customer with exactly `count` products and no fault. @param {number} count */
export function customerWithProducts(count) {
  const found = getDefaultDataset().customers.find((c) => c.licenses.length === count && !c.fault);
  if (!found) throw new Error(`no customer with ${count} products in the dataset`);
  return found.id;
}

/**
 * E3 rows grouped per customer, as the portfolio asks Partner Center for them (the
 * emulator's own groupby): name, seats sold, deployed.
 * @param {import('../emulators/partner-center/analytics-rows.js').DeploymentRow[]} rows
 * @returns {FloorRow[]}
 */
export function perCustomer(rows) {
  return groupRows(
    rows,
    ['customerTenantId', 'customerName'],
    ['licensesSold', 'licensesDeployed'],
  ).map((group) => ({
    name: String(group.customerName),
    sold: Number(group.licensesSold),
    deployed: Number(group.licensesDeployed),
  }));
}
