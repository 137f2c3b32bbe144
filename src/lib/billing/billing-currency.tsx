import { createContext, use, type ReactNode } from 'react';

// The currency Partner Center bills this partner in (config.json `billing.currency`), for
// views that ask for billed prices. The app provides it once from the validated config.

const BillingCurrencyContext = createContext('USD');

export function BillingCurrencyProvider({
  currency,
  children,
}: {
  currency: string;
  children: ReactNode;
}) {
  return <BillingCurrencyContext value={currency}>{children}</BillingCurrencyContext>;
}

export function useBillingCurrency(): string {
  return use(BillingCurrencyContext);
}
