import { productNameKey } from '@/lib/licensing/product-names';

import type { Subscription } from '../api/subscription-schema';

// Which deployment row a subscription's seats are compared with. Analytics rows and live
// subscribed SKUs both carry the Entra skuId (E3 `productId`, `productSku.id`), so they are
// joined on it where both have it; a subscription carries no Entra id (its offerId is a
// catalog id), so it joins on a normalised name (product-names.ts) — or on the row the user
// picked by hand. Several subscriptions can land on one row; none is ever dropped.

export interface DeploymentProduct {
  productId?: string | undefined;
  productName: string;
  sold: number;
  deployed: number;
  processedDateTime?: Date | undefined;
}

export interface LiveSku {
  skuId: string;
  name?: string | undefined;
  partNumber?: string | undefined;
  consumed: number;
  total: number;
}

export interface Product {
  /** Stable across visits: the hand-made mapping stores it. */
  key: string;
  name: string;
  analytics?: { deployed: number; asOf: Date | undefined } | undefined;
  live?: { consumed: number } | undefined;
  nameKeys: ReadonlySet<string>;
}

export function productKeyOf(productId: string | undefined, name: string): string {
  return productId ? `id:${productId.toLowerCase()}` : `name:${productNameKey(name)}`;
}

/** Deployment rows with their live counts; live SKUs analytics does not show yet are added. */
export function joinProducts(
  deployment: readonly DeploymentProduct[],
  liveSkus: readonly LiveSku[] | null,
): Product[] {
  const products: Product[] = [];
  const unclaimed = new Set(liveSkus ?? []);
  for (const row of deployment) {
    const nameKey = productNameKey(row.productName);
    const id = row.productId?.toLowerCase();
    const sku =
      [...unclaimed].find((candidate) => id && candidate.skuId.toLowerCase() === id) ??
      [...unclaimed].find(
        (candidate) => !id && candidate.name && productNameKey(candidate.name) === nameKey,
      );
    if (sku) unclaimed.delete(sku);
    products.push({
      key: productKeyOf(row.productId, row.productName),
      name: row.productName,
      analytics: { deployed: row.deployed, asOf: row.processedDateTime },
      live: sku ? { consumed: sku.consumed } : undefined,
      nameKeys: new Set([nameKey, ...skuNameKeys(sku)]),
    });
  }
  for (const sku of unclaimed) {
    products.push({
      key: productKeyOf(sku.skuId, ''),
      name: sku.name ?? sku.partNumber ?? sku.skuId,
      live: { consumed: sku.consumed },
      nameKeys: new Set(skuNameKeys(sku)),
    });
  }
  return products;
}

function skuNameKeys(sku: LiveSku | undefined): string[] {
  if (!sku) return [];
  return [sku.name, sku.partNumber].filter((n): n is string => !!n).map(productNameKey);
}

/** The product a subscription counts against, or undefined when nothing matches. */
export function matchSubscription(
  subscription: Subscription,
  products: readonly Product[],
  manualMap: ReadonlyMap<string, string>,
): Product | undefined {
  const mapped = manualMap.get(subscription.id.toLowerCase());
  const byHand = mapped ? products.find((product) => product.key === mapped) : undefined;
  if (byHand) return byHand;
  const keys = [subscription.friendlyName, subscription.offerName]
    .filter((n): n is string => !!n)
    .map(productNameKey);
  return products.find((product) => keys.some((key) => product.nameKeys.has(key)));
}
