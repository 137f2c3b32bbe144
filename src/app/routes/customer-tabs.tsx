import { Link } from '@tanstack/react-router';
import { useCallback, useMemo, useState } from 'react';

import { Skeleton } from '@/components/skeleton';
import { useLicenseDeployment } from '@/features/license-deployment/api/get-license-deployment';
import { LicenseDeploymentView } from '@/features/license-deployment/components/license-deployment-view';
import type { UsageView as UsageViewComponent } from '@/features/license-usage/components/usage-view';
import { useI18n } from '@/lib/i18n/i18n-provider';
import { links } from '@/lib/links';

import { useAuthUi } from '../auth/auth-ui-context';

import { trendModule, usageModule } from './customer-chunks';
import { CUSTOMER_TABS, type CustomerSearch, type CustomerTab } from './search-params';

// The customer's three views. Each tab is a link (?tab=…), so every view is bookmarkable
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
  // Both start downloading as soon as the page renders, whichever tab is shown.
  const trend = trendModule.useModule();
  const usage = usageModule.useModule();
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
            // From the validated state: nothing the URL had wrong is carried over.
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
        trend ? (
          <trend.TrendView
            customer={{ id: customerId, name }}
            search={search}
            onSearchChange={onSearchChange}
            onUnavailable={onTrendUnavailable}
            onSignIn={auth.signInAgain}
          />
        ) : (
          <Skeleton height="22rem" />
        )
      ) : usage ? (
        <UsageTab customerId={customerId} UsageView={usage.UsageView} />
      ) : (
        <Skeleton height="22rem" />
      )}
    </>
  );
}

/** Usage beside deployment: the snapshot's E1 rows (cached if already loaded) feed the funnel. */
function UsageTab({
  customerId,
  UsageView,
}: {
  customerId: string;
  UsageView: typeof UsageViewComponent;
}) {
  const auth = useAuthUi();
  const deployment = useLicenseDeployment(customerId);
  const figures = useMemo(
    () =>
      deployment.data?.items.map((item) => ({
        productName: item.productName,
        sold: item.licensesSold,
        deployed: item.licensesDeployed,
      })),
    [deployment.data],
  );
  return <UsageView customerId={customerId} deployment={figures} onSignIn={auth.signInAgain} />;
}
