import { Bidi } from '@/components/bidi';
import { useI18n } from '@/lib/i18n/i18n-provider';
import { formatMoney } from '@/lib/money';

import type { PlanRow } from '../lib/plan';

import { actionMessage, formatDay } from './plan-format';

/** The plan, one row per subscription; pure (already-built rows). */
export function PlanTable({ rows }: { rows: readonly PlanRow[] }) {
  const { t, format, locale } = useI18n();
  return (
    // Wide: it scrolls sideways, so keyboard users must be able to focus it to scroll
    // (axe scrollable-region-focusable); a named region is what WAI-ARIA advises for that.
    <div
      className="table-scroll"
      // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex -- a scroll container
      tabIndex={0}
      role="region"
      aria-label={t('rightSize.tableCaption')}
    >
      <table className="data-table right-size__table" data-testid="right-size-plan">
        <caption className="visually-hidden">{t('rightSize.tableCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('rightSize.col.product')}</th>
            <th scope="col">{t('rightSize.col.subscription')}</th>
            <th scope="col">{t('rightSize.col.term')}</th>
            <th scope="col">{t('rightSize.col.renews')}</th>
            <th scope="col">{t('rightSize.col.autoRenew')}</th>
            <th scope="col" className="numeric">
              {t('rightSize.col.bought')}
            </th>
            <th scope="col" className="numeric">
              {t('rightSize.col.assigned')}
            </th>
            <th scope="col" className="numeric">
              {t('rightSize.col.unused')}
            </th>
            <th scope="col" className="numeric">
              {t('rightSize.col.over')}
            </th>
            <th scope="col" className="numeric">
              {t('rightSize.col.cost')}
            </th>
            <th scope="col">{t('rightSize.col.action')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => {
            const s = row.subscription;
            const days = row.daysToRenewal;
            return (
              <tr key={s.id} data-subscription={s.id}>
                <th scope="row">
                  <Bidi>{row.product.name}</Bidi>
                </th>
                <td>
                  <Bidi>{s.friendlyName || s.offerName || s.id}</Bidi>
                </td>
                <td>{[s.termDuration, s.billingCycle].filter(Boolean).join(' · ') || '—'}</td>
                <td className={row.renewsSoon ? 'right-size__soon' : undefined}>
                  {formatDay(locale, row.renewsOn)}
                  {days !== undefined ? (
                    <span className="right-size__days">
                      {' '}
                      {days >= 0
                        ? t('rightSize.inDays', { days })
                        : t('rightSize.daysAgo', { days: -days })}
                    </span>
                  ) : null}
                  {row.renewsSoon ? (
                    <span className="right-size__badge">{t('rightSize.soon')}</span>
                  ) : null}
                </td>
                <td>{s.autoRenewEnabled ? t('rightSize.on') : t('rightSize.off')}</td>
                <td className="numeric">{format.integer(s.quantity)}</td>
                <td className="numeric">
                  {format.integer(row.assigned.count)}
                  <span className="right-size__source">
                    {row.assigned.source === 'live'
                      ? t('rightSize.assignedNow')
                      : t('rightSize.assignedAsOf', {
                          date: row.assigned.asOf ? format.dateTime(row.assigned.asOf) : '—',
                        })}
                  </span>
                </td>
                <td className={row.unused > 0 ? 'numeric numeric--warn' : 'numeric'}>
                  {format.integer(row.unused)}
                </td>
                <td className="numeric">{format.integer(row.overAssigned)}</td>
                <td className="numeric">
                  {row.unusedCost ? formatMoney(locale, row.unusedCost) : '—'}
                  <span className="right-size__source">
                    {!row.price
                      ? t('rightSize.price.none')
                      : row.price.source === 'billed'
                        ? t('rightSize.price.billed')
                        : row.price.billed
                          ? t('rightSize.price.listOverBilled', {
                              billed: formatMoney(locale, row.price.billed),
                            })
                          : t('rightSize.price.list')}
                  </span>
                </td>
                <td>
                  {row.actions.length === 0 ? (
                    t('rightSize.action.none')
                  ) : (
                    <ul className="right-size__actions">
                      {row.actions.map((action) => {
                        const { key, values } = actionMessage(action, locale, format.dateTime);
                        return <li key={action.kind}>{t(key, values)}</li>;
                      })}
                    </ul>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
