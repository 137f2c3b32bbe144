import { getRouteApi, Link } from '@tanstack/react-router';
import { useEffect, useRef } from 'react';

import { Bidi } from '@/components/bidi';
import { ErrorPanel } from '@/components/error-panel';
import { Skeleton } from '@/components/skeleton';
import { useCustomer } from '@/features/customers/api/get-customer';
import { rememberCustomer } from '@/features/customers/lib/recent-customers';
import { isNothingThere } from '@/lib/api/describe-error';
import { isGuid } from '@/lib/guid';
import { useI18n } from '@/lib/i18n/i18n-provider';
import { links } from '@/lib/links';

import { CustomerTabs } from './customer-tabs';
import { InvalidSearchNotice } from './invalid-search-notice';
import { portfolioReturnSearch } from './portfolio-return';
import type { CustomerSearch } from './search-params';

const route = getRouteApi('/customers/$customerId');

function BackToCustomers() {
  const { t } = useI18n();
  return (
    <Link {...links.picker()} className="button">
      {t('customer.backToPicker')}
    </Link>
  );
}

export function CustomerPage() {
  const { t } = useI18n();
  const { customerId } = route.useParams();
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const validId = isGuid(customerId);
  const customer = useCustomer(customerId, { enabled: validId });

  useEffect(() => {
    if (customer.data) rememberCustomer({ id: customer.data.id, name: customer.data.name });
  }, [customer.data]);

  // After navigating to a customer, focus moves to its name (once known), so keyboard and
  // screen-reader users start at the top of the new page instead of on <body>.
  const headingRef = useRef<HTMLHeadingElement>(null);
  const focusedFor = useRef<string | null>(null);
  const nameKnown = !customer.isPending;
  useEffect(() => {
    if (!nameKnown || focusedFor.current === customerId) return;
    focusedFor.current = customerId;
    headingRef.current?.focus({ preventScroll: true });
  }, [customerId, nameKnown]);

  if (!validId) {
    return (
      <div className="page">
        <section className="error-panel" role="alert">
          <h1 className="error-panel__title">{t('customer.invalidIdTitle')}</h1>
          <p>{t('customer.invalidIdBody', { id: customerId })}</p>
          <BackToCustomers />
        </section>
      </div>
    );
  }

  const onSearchChange = (patch: Partial<CustomerSearch>) =>
    // From the validated values: a change also drops what the URL had wrong.
    void navigate({ search: { ...search, ...patch }, replace: true });
  const customerMissing = isNothingThere(customer.error);

  return (
    <div className="page">
      <nav aria-label={t('customer.breadcrumb')} className="breadcrumb">
        <Link {...links.portfolio(portfolioReturnSearch())}>{t('customer.allCustomers')}</Link>
      </nav>
      <header className="customer-header">
        {/* The heading is there from the start, a skeleton inside it while the name loads,
            so the name takes the space already reserved for it. */}
        <h1 className="page-title" ref={headingRef} tabIndex={-1}>
          {customer.isPending ? (
            <Skeleton width="min(20rem, 80%)" height="1.9rem" />
          ) : (
            <Bidi>{customer.data?.name ?? t('customer.unnamed')}</Bidi>
          )}
        </h1>
        <p className="customer-header__meta">
          {customer.data?.domain ? (
            <span>
              <Bidi>{customer.data.domain}</Bidi> ·{' '}
            </span>
          ) : null}
          <span className="mono">{customerId}</span>
        </p>
      </header>
      <InvalidSearchNotice keys={search.ignored} />
      {customerMissing ? (
        <ErrorPanel error={customer.error} backLink={<BackToCustomers />} />
      ) : (
        <CustomerTabs
          customerId={customerId}
          customerName={customer.data?.name}
          search={search}
          onSearchChange={onSearchChange}
        />
      )}
    </div>
  );
}
