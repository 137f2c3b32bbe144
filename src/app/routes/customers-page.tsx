import { getRouteApi } from '@tanstack/react-router';

import { CustomerPicker } from '@/features/customers/components/customer-picker';
import { useI18n } from '@/lib/i18n/i18n-provider';

import { useAuthUi } from '../auth/auth-ui-context';

const route = getRouteApi('/');

export function HomePage() {
  const { t } = useI18n();
  const { q } = route.useSearch();
  const navigate = route.useNavigate();
  const auth = useAuthUi();
  return (
    <div className="page">
      <h1 className="page-title">{t('picker.title')}</h1>
      <p className="page-lead">{t('picker.lead')}</p>
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
