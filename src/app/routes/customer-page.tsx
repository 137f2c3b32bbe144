import { getRouteApi, Link } from '@tanstack/react-router';
import { useEffect } from 'react';

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
        {customer.isPending ? (
          <Skeleton width="20rem" height="2rem" />
        ) : (
          <h1 className="page-title">
            <Bidi>{customer.data?.name ?? t('customer.unnamed')}</Bidi>
          </h1>
        )}
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
