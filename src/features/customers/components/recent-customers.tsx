import { Link } from '@tanstack/react-router';

import { Bidi } from '@/components/bidi';
import { useI18n } from '@/lib/i18n/i18n-provider';
import { links } from '@/lib/links';

import { clearRecentCustomers, useRecentCustomers } from '../lib/recent-customers';

export function RecentCustomers() {
  const { t, format } = useI18n();
  const recent = useRecentCustomers();
  if (recent.length === 0) return null;
  return (
    <section aria-labelledby="recent-customers-title" className="recent">
      <div className="recent__header">
        <h2 id="recent-customers-title" className="section-title">
          {t('picker.recent')}
        </h2>
        <button type="button" className="button button--link" onClick={clearRecentCustomers}>
          {t('picker.clearRecent')}
        </button>
      </div>
      <ul className="customer-list customer-list--compact">
        {recent.map((entry) => (
          <li key={entry.id}>
            <Link
              {...links.customer(entry.id)}
              className="customer-list__link"
              data-customer-link=""
            >
              <span className="customer-list__name">
                <Bidi>{entry.name}</Bidi>
              </span>
              <span className="customer-list__domain">
                {format.relative(new Date(entry.openedAt))}
              </span>
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}
