import { getRouteApi } from '@tanstack/react-router';

import { CustomerPicker } from '@/features/customers/components/customer-picker';
import { useI18n } from '@/lib/i18n/i18n-provider';

const route = getRouteApi('/');

export function HomePage() {
  const { t } = useI18n();
  const { q } = route.useSearch();
  const navigate = route.useNavigate();
  return (
    <div className="page">
      <h1 className="page-title">{t('picker.title')}</h1>
      <p className="page-lead">{t('picker.lead')}</p>
      <CustomerPicker
        search={q ?? ''}
        onSearchChange={(search) =>
          void navigate({ search: { q: search || undefined }, replace: true })
        }
      />
    </div>
  );
}
