import { Link } from '@tanstack/react-router';
import { useCallback, useMemo, useState, type ComponentProps } from 'react';

import { ErrorBoundary } from '@/components/error-boundary';
import { ErrorPanel } from '@/components/error-panel';
import { LazySlot } from '@/components/lazy-slot';
import { Skeleton } from '@/components/skeleton';
import type { TrendView as TrendViewComponent } from '@/features/deployment-trend/components/trend-view';
import { useDeploymentSnapshot } from '@/features/license-deployment/api/use-deployment-snapshot';
import { LicenseDeploymentView } from '@/features/license-deployment/components/license-deployment-view';
import { useI18n } from '@/lib/i18n/i18n-provider';
import { links } from '@/lib/links';

import { useAuthUi } from '../auth/auth-ui-context';

import { rightSizeModule, trendModule, usageModule } from './customer-chunks';
import { CUSTOMER_TABS, type CustomerSearch, type CustomerTab } from './search-params';

// The customer's views. Each tab is a link (?tab=…), so every view is bookmarkable
// and the back button works; the snapshot is the default and keeps the seed's E1 data.

export interface CustomerTabsProps {
  customerId: string;
  customerName: string | undefined;
  search: CustomerSearch;
  onSearchChange(patch: Partial<CustomerSearch>): void;
}

export function CustomerTabs({
  customerId,
  customerName,
  search,
  onSearchChange,
}: CustomerTabsProps) {
  const { t } = useI18n();
  const auth = useAuthUi();
  const [noHistory, setNoHistory] = useState<ReadonlySet<string>>(new Set());
  const onTrendUnavailable = useCallback(
    () => setNoHistory((previous) => new Set(previous).add(customerId)),
    [customerId],
  );
  const tab: CustomerTab = search.tab ?? 'snapshot';
  // A trend Partner Center refuses is hidden rather than offered again; if the user is on
  // it (a bookmark), the panel below says why.
  const tabs = CUSTOMER_TABS.filter((name) => name !== 'trend' || !noHistory.has(customerId));
  const name = customerName ?? customerId;

  return (
    <>
      <nav aria-label={t('customer.tabs')} className="tabs">
        {tabs.map((name) => (
          <Link
            key={name}
            // From the validated state: nothing the URL had wrong is carried over. Hovering
            // a tab preloads its data and code (the route loader).
            {...links.customer(customerId, {
              ...search,
              tab: name === 'snapshot' ? undefined : name,
            })}
            className={name === tab ? 'tabs__tab tabs__tab--current' : 'tabs__tab'}
            aria-current={name === tab ? 'page' : undefined}
          >
            {t(`customer.tab.${name}`)}
          </Link>
        ))}
      </nav>
      {/* Keyed by tab: a tab whose code failed to download gets a fresh start elsewhere. */}
      <ErrorBoundary
        key={tab}
        fallback={(error, reset) => <ErrorPanel error={error} onRetry={reset} />}
      >
        {tab === 'snapshot' ? (
          <LicenseDeploymentView
            customerId={customerId}
            customerName={customerName}
            search={search}
            onSearchChange={onSearchChange}
            onSignIn={auth.signInAgain}
            backLink={
              <Link {...links.picker()} className="button">
                {t('customer.backToPicker')}
              </Link>
            }
          />
        ) : tab === 'trend' ? (
          <TrendTab
            customer={{ id: customerId, name }}
            search={search}
            onSearchChange={onSearchChange}
            onUnavailable={onTrendUnavailable}
            onSignIn={auth.signInAgain}
          />
        ) : tab === 'rightsize' ? (
          <RightSizeTab customerId={customerId} customerName={customerName} />
        ) : (
          <UsageTab customer={{ id: customerId, name }} />
        )}
      </ErrorBoundary>
    </>
  );
}

function TrendTab(props: ComponentProps<typeof TrendViewComponent>) {
  return (
    <LazySlot module={trendModule} placeholder={<Skeleton height="22rem" />}>
      {(trend) => <trend.TrendView {...props} />}
    </LazySlot>
  );
}

/** Usage beside deployment: the snapshot's rows (cached if already loaded) feed the funnel. */
function UsageTab({ customer }: { customer: { id: string; name: string } }) {
  const auth = useAuthUi();
  const deployment = useDeploymentSnapshot(customer.id);
  const figures = useMemo(
    () =>
      deployment.data?.items.map((item) => ({
        productName: item.productName,
        sold: item.licensesSold,
        deployed: item.licensesDeployed,
      })),
    [deployment.data],
  );
  return (
    <LazySlot module={usageModule} placeholder={<Skeleton height="22rem" />}>
      {(usage) => (
        <usage.UsageView customer={customer} deployment={figures} onSignIn={auth.signInAgain} />
      )}
    </LazySlot>
  );
}

/** Mappings and prices typed by hand are kept per partner tenant ("demo" in demo mode). */
function RightSizeTab({
  customerId,
  customerName,
}: {
  customerId: string;
  customerName: string | undefined;
}) {
  const auth = useAuthUi();
  return (
    <LazySlot module={rightSizeModule} placeholder={<Skeleton height="22rem" />}>
      {(rightSize) => (
        <rightSize.RightSizeView
          customerId={customerId}
          customerName={customerName}
          partnerTenant={auth.user?.tenantId ?? 'demo'}
          onSignIn={auth.signInAgain}
        />
      )}
    </LazySlot>
  );
}
