import { getRouteApi } from '@tanstack/react-router';
import { useEffect, useRef } from 'react';

import { CustomerPicker } from '@/features/customers/components/customer-picker';
import { useI18n } from '@/lib/i18n/i18n-provider';

import { useAuthUi } from '../auth/auth-ui-context';

import { InvalidSearchNotice } from './invalid-search-notice';

const route = getRouteApi('/customers');

/** The customer picker: one keystroke (/) away from anywhere. */
export function CustomersPage() {
  const { t } = useI18n();
  const { q, ignored } = route.useSearch();
  const navigate = route.useNavigate();
  const auth = useAuthUi();
  const pageRef = useRef<HTMLDivElement>(null);
  // This page exists to search: the box gets the focus (not with autoFocus, which would
  // also fire when the picker is embedded elsewhere).
  useEffect(() => {
    pageRef.current?.querySelector<HTMLInputElement>('input[type="search"]')?.focus();
  }, []);
  return (
    <div className="page" ref={pageRef}>
      <h1 className="page-title">{t('customersPage.title')}</h1>
      <p className="page-lead">{t('customersPage.lead')}</p>
      <InvalidSearchNotice keys={ignored} />
      <CustomerPicker
        search={q ?? ''}
        onSignIn={auth.signInAgain}
        onSearchChange={(search) =>
          void navigate({ search: { q: search || undefined }, replace: true })
        }
      />
    </div>
  );
}
