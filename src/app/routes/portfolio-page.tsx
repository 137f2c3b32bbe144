import { getRouteApi, Link } from '@tanstack/react-router';
import { useEffect } from 'react';

import { PortfolioView } from '@/features/portfolio/components/portfolio-view';
import type { PortfolioSearch } from '@/features/portfolio/lib/portfolio-search';
import { useI18n } from '@/lib/i18n/i18n-provider';
import { links } from '@/lib/links';

import { useAuthUi } from '../auth/auth-ui-context';

import { InvalidSearchNotice } from './invalid-search-notice';
import { rememberPortfolioSearch } from './portfolio-return';

const route = getRouteApi('/');

/** Home once signed in: every customer, ranked by unused seats. */
export function PortfolioPage() {
  const { t } = useI18n();
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const auth = useAuthUi();
  // "← All customers" on a customer page comes back to this exact list.
  useEffect(() => rememberPortfolioSearch(search), [search]);
  return (
    <div className="page">
      <h1 className="page-title">{t('portfolioPage.title')}</h1>
      <p className="page-lead">
        {t('portfolioPage.lead')}{' '}
        <Link {...links.picker()} className="page-lead__shortcut">
          {t('portfolioPage.shortcutHint')}
        </Link>
      </p>
      <InvalidSearchNotice keys={search.ignored} />
      <PortfolioView
        search={search}
        onSignIn={auth.signInAgain}
        onSearchChange={(patch: Partial<PortfolioSearch>) =>
          // From the validated values: a change also drops what the URL had wrong.
          void navigate({ search: { ...search, ...patch }, replace: true })
        }
      />
    </div>
  );
}
