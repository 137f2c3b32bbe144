import { Bidi } from '@/components/bidi';
import { stripBidiControls } from '@/lib/bidi';
import { useI18n } from '@/lib/i18n/i18n-provider';

import type { Subscription } from '../api/subscription-schema';
import type { Product } from '../lib/join';

/** Subscriptions no row matched, each with a select to map it by hand. */
export function UnmatchedList({
  subscriptions,
  products,
  mapping,
  onMap,
}: {
  subscriptions: readonly Subscription[];
  products: readonly Product[];
  mapping: Readonly<Record<string, string>>;
  onMap(subscriptionId: string, productKey: string | null): void;
}) {
  const { t } = useI18n();
  return (
    <section className="panel right-size__unmatched" aria-labelledby="right-size-unmatched">
      <h3 id="right-size-unmatched" className="panel__title">
        {t('rightSize.unmatched.title')}
      </h3>
      <p className="panel__subtitle">{t('rightSize.unmatched.lead')}</p>
      <ul className="right-size__list" data-testid="right-size-unmatched">
        {subscriptions.map((s) => {
          const name = s.friendlyName || s.offerName || s.id;
          const id = `map-${s.id}`;
          return (
            <li key={s.id}>
              <label htmlFor={id}>
                <Bidi>{name}</Bidi> · {t('rightSize.seats', { count: s.quantity })}
              </label>{' '}
              <select
                id={id}
                aria-label={t('rightSize.unmatched.select', { name: stripBidiControls(name) })}
                value={mapping[s.id.toLowerCase()] ?? ''}
                onChange={(event) => onMap(s.id.toLowerCase(), event.target.value || null)}
              >
                <option value="">{t('rightSize.unmatched.none')}</option>
                {products.map((product) => (
                  <option key={product.key} value={product.key}>
                    {stripBidiControls(product.name)}
                  </option>
                ))}
              </select>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
