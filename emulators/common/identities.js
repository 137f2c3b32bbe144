// @ts-check
// The directory both emulators share: one partner tenant, one app registration and the
// test users. Entra ID issues tokens for these users; Partner Center looks up their role
// by object id, as the real service does from its own user/role records (tokens carry no
// Partner Center role).

/** The CSP partner's own Entra tenant (fictitious). */
export const PARTNER_TENANT_ID = '6b4f1c0e-2d8a-4e57-9c3b-0a1d5e7f9b21';
export const PARTNER_TENANT_DOMAIN = 'contosopartner.onmicrosoft.com';

/** The License Insights app registration used by local runs and tests (fictitious). */
export const TEST_CLIENT_ID = 'c0a1b2d3-e4f5-4a6b-8c7d-9e0f1a2b3c4d';

/** Resource app "Microsoft Partner Center" — a real, public first-party app id. */
export const PARTNER_CENTER_APP_ID = 'fa3d9a0c-3fb0-42cc-9193-47c7ecd2edbd';
export const PARTNER_CENTER_AUDIENCE = 'https://api.partnercenter.microsoft.com';
export const PARTNER_CENTER_SCOPE = `${PARTNER_CENTER_AUDIENCE}/user_impersonation`;

/**
 * @typedef {object} TestUser
 * @property {string} key          short name used by tests and the sign-in form
 * @property {string} oid          object id in the partner tenant
 * @property {string} upn
 * @property {string} name
 * @property {string} password     shown on the emulator's sign-in form; never a real secret
 * @property {boolean} mfa         whether sign-in satisfies MFA (amr contains "mfa")
 * @property {'admin-agent'|'sales-agent'|'helpdesk-agent'|'billing-admin'} pcRole
 * @property {boolean} canReadAnalytics
 * @property {boolean} canReadBilling  invoices and unbilled line items (Global admin, Billing
 *   admin, Admin agent per the docs' permissions overview; Sales agent cannot)
 */

/** @type {readonly TestUser[]} */
export const TEST_USERS = Object.freeze([
  {
    key: 'admin',
    oid: '0b8e3c1a-6f2d-4b7e-a5c9-1d3f7e9a2b4c',
    upn: `adele.vance@${PARTNER_TENANT_DOMAIN}`,
    name: 'Adele Vance',
    password: 'demo',
    mfa: true,
    pcRole: 'admin-agent',
    canReadAnalytics: true,
    canReadBilling: true,
  },
  {
    key: 'no-mfa',
    oid: '2c9f4d2b-7a3e-4c8f-b6da-2e4a8fab3c5d',
    upn: `nestor.wilke@${PARTNER_TENANT_DOMAIN}`,
    name: 'Nestor Wilke',
    password: 'demo',
    mfa: false,
    pcRole: 'admin-agent',
    canReadAnalytics: true,
    canReadBilling: true,
  },
  {
    key: 'no-role',
    oid: '3dae5e3c-8b4f-4d9a-87eb-3f5b9abc4d6e',
    upn: `lynne.robbins@${PARTNER_TENANT_DOMAIN}`,
    name: 'Lynne Robbins',
    password: 'demo',
    mfa: true,
    pcRole: 'billing-admin',
    canReadAnalytics: false,
    canReadBilling: true,
  },
  {
    // Reads analytics, subscriptions and subscribed SKUs, but not billing: the unbilled line
    // items answer 403, so money columns must say which role is needed.
    key: 'no-billing',
    oid: '4ebf6f4d-9c5a-4eab-98fc-4a6cabcd5e7f',
    upn: `megan.bowen@${PARTNER_TENANT_DOMAIN}`,
    name: 'Megan Bowen',
    password: 'demo',
    mfa: true,
    pcRole: 'sales-agent',
    canReadAnalytics: true,
    canReadBilling: false,
  },
]);

/** @param {string} oid */
export function findUserByOid(oid) {
  return TEST_USERS.find((u) => u.oid === oid);
}
