import { Link, Outlet, useRouterState } from '@tanstack/react-router';

import { ErrorBoundary } from '@/components/error-boundary';
import { ErrorPanel } from '@/components/error-panel';
import { focusMainTable, MAIN_TABLE_ID } from '@/components/main-table';
import { OfflineBanner } from '@/components/offline-banner';
import { PartnerCenterStatus } from '@/components/partner-center-status';
import { useI18n } from '@/lib/i18n/i18n-provider';
import { links } from '@/lib/links';

import { AccountMenu } from './account-menu';
import { useFindCustomerShortcut } from './find-shortcut';
import { LanguageSwitcher } from './language-switcher';

export function RootLayout() {
  const { t } = useI18n();
  const pathname = useRouterState({ select: (state) => state.location.pathname });
  useFindCustomerShortcut();
  return (
    <div className="app">
      <a href="#main" className="skip-link">
        {t('layout.skipToContent')}
      </a>
      <a
        href={`#${MAIN_TABLE_ID}`}
        className="skip-link"
        onClick={(event) => {
          // Straight to the first row's link; on a page without a table, to the content.
          event.preventDefault();
          if (!focusMainTable()) document.getElementById('main')?.focus();
        }}
      >
        {t('layout.skipToTable')}
      </a>
      <header className="app-header">
        <Link {...links.portfolio()} className="brand">
          License Insights
        </Link>
        <nav aria-label={t('layout.mainNav')} className="app-nav">
          <Link {...links.portfolio()} activeOptions={{ exact: true, includeSearch: false }}>
            {t('portfolioPage.title')}
          </Link>
          {/* Exact: a customer's page (/customers/{id}) is not the picker page. */}
          <Link {...links.picker()} activeOptions={{ exact: true, includeSearch: false }}>
            {t('layout.findCustomer')} <kbd>/</kbd>
          </Link>
        </nav>
        <div className="app-header__tools">
          <LanguageSwitcher />
          <AccountMenu />
        </div>
      </header>
      <OfflineBanner />
      <PartnerCenterStatus />
      <main id="main" className="app-main" tabIndex={-1}>
        {/* Keyed by path: navigating away from a crashed view gives the next one a fresh start. */}
        <ErrorBoundary
          key={pathname}
          fallback={(error, reset) => <ErrorPanel error={error} onRetry={reset} />}
        >
          <Outlet />
        </ErrorBoundary>
      </main>
    </div>
  );
}
