// @ts-check
import { SUBSCRIPTION_IDS as ID } from './subscription-fixtures.js';
import { makePlan } from './subscription-plan.js';

// The seed customer's copies of Microsoft's own subscription examples ("Get a subscription
// by ID": Azure, the legacy add-on, the NCE one; "Get all of a customer's subscriptions":
// the NCE software one). Bodies are the docs' own, with two repairs: the NCE example's
// missing comma (the emulator emits valid JSON), and self links naming this customer.
// Their dates are the docs' (2016–2024), so every one of them is in the past.

/** @param {string} customerId @param {string} id */
const self = (customerId, id) => ({
  uri: `/customers/${customerId}/subscriptions/${id}`,
  method: 'GET',
  headers: [],
});
/** @param {string} uri */
const link = (uri) => ({ uri, method: 'GET', headers: [] });

/** @param {string} customerId */
function bodies(customerId) {
  return {
    azure: {
      id: ID.docsAzure,
      entitlementId: '42226ED6-070A-4E0F-B80C-4CDFB3E97AA7',
      offerId: 'MS-AZR-0145P',
      offerName: 'Microsoft Azure',
      friendlyName: 'Microsoft Azure',
      quantity: 1,
      unitType: 'Usage-based',
      creationDate: '2016-05-10T07:30:05.427Z',
      effectiveStartDate: '2016-05-10T00:00:00Z',
      commitmentEndDate: '9999-12-10T00:00:00Z',
      status: 'active',
      autoRenewEnabled: false,
      billingType: 'usage',
      contractType: 'subscription',
      links: {
        offer: link('/offers/MS-AZR-0145P?country=US'),
        self: self(customerId, ID.docsAzure),
      },
      orderId: 'B23FDEDD-D6BD-415A-8B71-3624C81C9644',
      attributes: {
        etag: 'eyJpZCI6ImEzNTZhYzhjLWUzMTAtNDRmNC1iZjg1LWM3ZjI5MDQ0YWY5OSIsInZlcnNpb24iOjJ9',
        objectType: 'Subscription',
      },
    },
    addOn: {
      id: ID.docsLegacyAddOn,
      offerId: '2828BE95-46BA-4F91-B2FD-0BEF192ECF60',
      offerName: 'Exchange Online Archiving for Exchange Online',
      friendlyName: 'Some friendly name',
      quantity: 2,
      unitType: 'Licenses',
      parentSubscriptionId: ID.docsLegacyParent,
      creationDate: '2017-01-25T23:01:08.693Z',
      effectiveStartDate: '2017-01-25T00:00:00Z',
      commitmentEndDate: '2018-02-10T00:00:00Z',
      commitmentEndDateTime: '2018-02-10T00:00:00Z',
      status: 'active',
      autoRenewEnabled: true,
      billingType: 'license',
      contractType: 'subscription',
      links: {
        offer: link('/offers/2828BE95-46BA-4F91-B2FD-0BEF192ECF60?country=US'),
        parentSubscription: self(customerId, ID.docsLegacyParent),
        self: self(customerId, ID.docsLegacyAddOn),
      },
      orderId: 'CF3B0E37-BE0B-4CDD-B584-D1A97D98A922',
      attributes: {
        etag: 'eyJpZCI6Ijk2OGJhMWNmLWMxNDYtNGFkZi1hMzAwLTMwOGRjZjcxOGVlZSIsInZlcnNpb24iOjF9',
        objectType: 'Subscription',
      },
    },
    nce: {
      id: ID.docsNceExpired,
      offerId: 'CFQ7TTC0LH18:0001:CFQ7TTC0K971',
      offerName: 'Microsoft 365 Business Basic',
      friendlyName: 'Microsoft 365 Business Basic',
      productType: { id: 'OnlineServicesNCE', displayName: 'OnlineServicesNCE' },
      quantity: 15,
      unitType: 'Licenses',
      hasPurchasableAddons: false,
      creationDate: '2021-01-14T16:57:15.0966728Z',
      effectiveStartDate: '2021-01-14T16:57:14.498252Z',
      commitmentEndDate: '2022-01-13T00:00:00Z',
      commitmentEndDateTime: '2022-01-13T23:59:59Z',
      status: 'expired',
      autoRenewEnabled: false,
      isTrial: false,
      billingType: 'license',
      billingCycle: 'monthly',
      termDuration: 'P1Y',
      renewalTermDuration: '',
      refundOptions: [{ type: 'Full', expiresAt: '2021-01-15T00:00:00Z' }],
      isMicrosoftProduct: true,
      partnerId: '',
      attentionNeeded: false,
      actionTaken: false,
      contractType: 'subscription',
      links: {
        product: link('/products/CFQ7TTC0LH18?country=US'),
        sku: link('/products/CFQ7TTC0LH18/skus/0001?country=US'),
        availability: link(
          '/products/CFQ7TTC0LH18/skus/0001/availabilities/CFQ7TTC0K971?country=US',
        ),
        self: self(customerId, ID.docsNceExpired),
      },
      publisherName: 'Microsoft Corporation',
      refundableQuantity: {
        totalQuantity: 10,
        details: [{ quantity: 10, allowedUntilDateTime: '2021-01-24T20:39:17.182697Z' }],
      },
      orderId: '34b37d7340cc',
      attributes: { objectType: 'Subscription' },
    },
    software: {
      id: ID.docsSoftware,
      offerId: 'DG7GMGF0FKZV:0003:DG7GMGF0DQLM',
      offerName: 'SQL Server Enterprise - 2 Core License Pack - 3 year',
      friendlyName: 'SQL Server Enterprise - 2 Core License Pack - 3 year',
      productType: { id: 'Software', displayName: 'Software' },
      quantity: 1,
      unitType: 'Licenses',
      hasPurchasableAddons: false,
      creationDate: '2021-10-15T21:28:19.3058617Z',
      effectiveStartDate: '2021-10-15T21:28:18.4786844Z',
      commitmentEndDate: '2024-10-14T00:00:00Z',
      cancellationAllowedUntilDate: '2021-11-14T23:59:00Z',
      status: 'active',
      autoRenewEnabled: true,
      isTrial: false,
      billingType: 'license',
      billingCycle: 'triennial',
      termDuration: 'P3Y',
      renewalTermDuration: '',
      isMicrosoftProduct: true,
      partnerId: '',
      attentionNeeded: false,
      actionTaken: false,
      contractType: 'subscription',
      links: {
        product: link('/products/DG7GMGF0FKZV?country=US'),
        sku: link('/products/DG7GMGF0FKZV/skus/0003?country=US'),
        availability: link(
          '/products/DG7GMGF0FKZV/skus/0003/availabilities/DG7GMGF0DQLM?country=US',
        ),
        self: self(customerId, ID.docsSoftware),
      },
      publisherName: 'Microsoft',
      orderId: '12345678901',
      attributes: { objectType: 'Subscription' },
    },
  };
}

/** Entra SKU id of Microsoft 365 Business Basic (the docs' provisioningId for CFQ7TTC0LH18/0001). */
const BUSINESS_BASIC_SKU = '3b555118-da6a-4418-894f-7df1e2096870';

/**
 * The docs' examples as plans (for subscribed SKUs; none of them is billed today).
 * @param {import('./dataset.js').Customer} customer @param {number} today
 * @returns {import('./subscription-plan.js').Plan[]}
 */
export function docsPlans(customer, today) {
  const docs = bodies(customer.id);
  const archiving = customer.licenses.find((l) => /ARCHIVING/.test(l.productName));
  /** @param {Record<string, unknown>} body @param {{ productId: string, productName: string }} product @param {Partial<import('./subscription-plan.js').Plan>} fields */
  const plan = (body, product, fields) =>
    makePlan(customer.id, product, today, {
      key: String(body.id),
      id: String(body.id),
      endInDays: 0,
      quantity: Number(body.quantity),
      billed: false,
      docsBody: body,
      ...fields,
    });
  return [
    plan(docs.azure, { productId: '', productName: 'MICROSOFT AZURE' }, { status: 'active' }),
    plan(
      docs.addOn,
      archiving ?? { productId: '', productName: 'EXCHANGE ONLINE ARCHIVING FOR EXCHANGE ONLINE' },
      { commerce: 'legacy' },
    ),
    plan(
      docs.nce,
      { productId: BUSINESS_BASIC_SKU, productName: 'MICROSOFT 365 BUSINESS BASIC' },
      { status: 'expired', autoRenew: false },
    ),
    plan(docs.software, { productId: '', productName: 'SQL SERVER ENTERPRISE' }, {}),
  ];
}
