// @ts-check
// Customers with fixed ids that tests, demos and the docs rely on.

/** The customer of Microsoft's documented E1 example (the seed page). */
export const SEED_CUSTOMER_ID = '4d3cf487-70f4-4e1e-9ff1-b2bfce8d9f04';

export const EDGE_CUSTOMERS = Object.freeze({
  /** E1 answers an empty collection. */
  noLicenses: '7c1f2a4e-5b6d-4e8f-9a0b-1c2d3e4f5a01',
  /** 200 products. */
  twoHundredProducts: '7c1f2a4e-5b6d-4e8f-9a0b-1c2d3e4f5a02',
  /** 0 sold, deployed > sold, 100 % and 0 % deployed, a 120-character product name. */
  edgeCases: '7c1f2a4e-5b6d-4e8f-9a0b-1c2d3e4f5a03',
  /** Listed, but the partner's relationship ended: E1 answers 403 code 20002. */
  noRelationship: '7c1f2a4e-5b6d-4e8f-9a0b-1c2d3e4f5a04',
  /** E1 always answers 429 with Retry-After: 4 (the countdown, then "busy"). */
  alwaysThrottled: '7c1f2a4e-5b6d-4e8f-9a0b-1c2d3e4f5a06',
  /** E1 always answers 503 (retries, then the service-error panel). */
  alwaysUnavailable: '7c1f2a4e-5b6d-4e8f-9a0b-1c2d3e4f5a07',
  /** E1 answers a drifted shape: a numeric string, a word for a number, a renamed field. */
  schemaDrift: '7c1f2a4e-5b6d-4e8f-9a0b-1c2d3e4f5a08',
  /** 5,000 products, for performance work. */
  fiveThousandProducts: '7c1f2a4e-5b6d-4e8f-9a0b-1c2d3e4f5a05',
});

/**
 * Customers for whom the two deployment sources disagree, as a public report says happens
 * (the per-customer report E1 answering nothing for months while the analytics E3 kept
 * working). The first three are generated customers of the standard dataset, so the
 * portfolio and the customer list are unchanged; the last is an extra customer.
 */
export const SOURCE_GAP_CUSTOMERS = Object.freeze({
  /** E1 answers an empty collection; E3 has the rows (Juniper Traders). */
  e1Empty: 'f6c2762e-d17d-46db-9711-13f665c5d940',
  /** E1 answers 404; E3 has the rows (Northwind Builders). */
  e1NotFound: 'b3edb848-b12f-4b4c-a079-672a4907ac1d',
  /** E1 answers 400; E3 has the rows (Relecloud Dental Care 53). */
  e1BadRequest: '8d465aa6-f127-48db-97b0-310f0e5c3dbd',
  /** Listed, E1 has rows, but the analytics have not processed it yet: E3 has none. */
  notYetInAnalytics: '7c1f2a4e-5b6d-4e8f-9a0b-1c2d3e4f5b0b',
});

/** The 120-character product name of the edge-case customer. */
export const LONG_PRODUCT_NAME =
  'MICROSOFT 365 E5 SECURITY AND COMPLIANCE ADD-ON WITH ADVANCED EDISCOVERY, INSIDER RISK MANAGEMENT AND INFORMATION PROTEC';

/** Every E1 row of the default dataset carries this processed date (no clock involved). */
export const PROCESSED_DATE_TIME = '2026-11-23T03:25:16.36+00:00';
