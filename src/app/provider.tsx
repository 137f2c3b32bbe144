import { QueryClientProvider } from '@tanstack/react-query';
import { RouterProvider } from '@tanstack/react-router';
import type { ReactNode } from 'react';

import { PartnerCenterProvider } from '@/lib/api/partner-center-context';
import { BillingCurrencyProvider } from '@/lib/billing/billing-currency';
import { I18nProvider } from '@/lib/i18n/i18n-provider';
import type { Locale } from '@/lib/i18n/locale';

import './i18n/register-catalogue';
import type { AppServices } from './services';

export function AppProviders({
  services,
  locale,
  children,
}: {
  services: AppServices;
  locale?: Locale;
  children?: ReactNode;
}) {
  const { queryClient, partnerCenter, router, AuthShell, config } = services;
  return (
    <I18nProvider
      {...(locale ? { locale } : {})}
      onLocaleChange={() => {
        // Partner Center may localise display names (products, workloads): those queries
        // say so in their meta and are fetched again in the new language. Counts and
        // customer names are not, so the portfolio's thousands of rows stay as they are.
        void queryClient.invalidateQueries({
          predicate: (query) => query.meta?.localised === true,
        });
      }}
    >
      <QueryClientProvider client={queryClient}>
        <PartnerCenterProvider client={partnerCenter}>
          <BillingCurrencyProvider currency={config.billing.currency}>
            <AuthShell>{children ?? <RouterProvider router={router} />}</AuthShell>
          </BillingCurrencyProvider>
        </PartnerCenterProvider>
      </QueryClientProvider>
    </I18nProvider>
  );
}
