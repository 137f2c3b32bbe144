import { useMemo, useState } from 'react';

import { Bidi } from '@/components/bidi';
import { EmptyState } from '@/components/empty-state';
import { ExportCsvButton } from '@/components/export-csv-button';
import { KpiList } from '@/components/kpi-list';
import { QueryState } from '@/components/query-state';
import { Skeleton } from '@/components/skeleton';
import { errorMeaning } from '@/lib/api/describe-error';
import { useUnbilledLineItems } from '@/lib/api/unbilled-line-items';
import { useBillingCurrency } from '@/lib/billing/billing-currency';
import { billedPrices } from '@/lib/billing/seat-prices';
import { fileSlug, toCsv } from '@/lib/csv';
import { useI18n } from '@/lib/i18n/i18n-provider';
import { loadThresholds } from '@/lib/thresholds';

import { useRightSizeDeployment } from '../api/get-right-size-deployment';
import { useSubscriptionDetails } from '../api/get-subscription';
import { useSubscribedSkus } from '../api/list-subscribed-skus';
import { useSubscriptions } from '../api/list-subscriptions';
import type { Subscription } from '../api/subscription-schema';
import { buildPlan, type PlanInput } from '../lib/plan';
import { PLAN_CSV_HEADER, planCsvRows } from '../lib/plan-csv';
import { useRightSizeStore } from '../lib/tenant-storage';

import { CurrencyField } from './currency-field';
import { formatMoneyList } from './plan-format';
import { PlanTable } from './plan-table';
import { PriceList } from './price-list';
import { UnmatchedList } from './unmatched-list';
import './right-size-view.css';

export interface RightSizeViewProps {
  customerId: string;
  customerName: string | undefined;
  /** Whose hand-made mappings and prices these are: the partner tenant id, or "demo". */
  partnerTenant: string;
  onSignIn?: ((reason: 'mfa' | 'session') => void) | undefined;
  /** The plan's clock; tests pass a fixed one. */
  now?: Date | undefined;
}

const NO_DETAILS: ReadonlyMap<string, Subscription> = new Map();

export function RightSizeView(props: RightSizeViewProps) {
  const { t } = useI18n();
  const subscriptions = useSubscriptions(props.customerId);
  return (
    <QueryState
      query={subscriptions}
      pending={<Skeleton height="22rem" />}
      onSignIn={props.onSignIn}
      isEmpty={(data) => data.subscriptions.length === 0}
      empty={() => (
        <EmptyState large status title={t('rightSize.emptyTitle')}>
          <p>{t('rightSize.emptyBody')}</p>
        </EmptyState>
      )}
    >
      {(data) => <RightSizePlan {...props} subscriptions={data.subscriptions} />}
    </QueryState>
  );
}

function RightSizePlan({
  customerId,
  customerName,
  partnerTenant,
  subscriptions,
  now: fixedNow,
}: RightSizeViewProps & { subscriptions: readonly Subscription[] }) {
  const { t, locale } = useI18n();
  const [now] = useState(() => fixedNow ?? new Date());
  const [spareSeats] = useState(() => loadThresholds().ignoreSpare);
  const configCurrency = useBillingCurrency();
  const deployment = useRightSizeDeployment(customerId);
  const skus = useSubscribedSkus(customerId);
  const [store, updateStore] = useRightSizeStore(partnerTenant);
  const currency = store.currency ?? configCurrency;
  const billing = useUnbilledLineItems(currency);

  const base = useMemo((): Omit<PlanInput, 'details'> => {
    const billingMeaning = billing.error ? errorMeaning(billing.error) : null;
    return {
      subscriptions,
      deployment: (deployment.data?.rows ?? []).flatMap((row) =>
        row.productName
          ? [
              {
                productId: row.productId,
                productName: row.productName,
                sold: row.licensesSold,
                deployed: row.licensesDeployed,
                processedDateTime: row.processedDateTime,
              },
            ]
          : [],
      ),
      liveSkus: skus.data
        ? skus.data.items.map((sku) => ({
            skuId: sku.productSku.id,
            name: sku.productSku.name,
            partNumber: sku.productSku.skuPartNumber,
            consumed: sku.consumedUnits,
            total: sku.totalUnits,
          }))
        : null,
      billed: billingMeaning ? null : billedPrices(billing.items, customerId),
      priceList: store.prices,
      manualMap: new Map(Object.entries(store.mapping)),
      spareSeats,
      now,
    };
  }, [
    subscriptions,
    deployment.data,
    skus.data,
    billing.items,
    billing.error,
    customerId,
    store,
    spareSeats,
    now,
  ]);

  // Refund windows are read only for subscriptions with unused seats.
  const firstPass = useMemo(() => buildPlan({ ...base, details: NO_DETAILS }), [base]);
  const withUnused = useMemo(
    () => firstPass.rows.filter((row) => row.unused > 0).map((row) => row.subscription.id),
    [firstPass],
  );
  const details = useSubscriptionDetails(customerId, withUnused);
  const plan = useMemo(() => buildPlan({ ...base, details: details.byId }), [base, details.byId]);

  if (deployment.isPending && skus.isPending) return <Skeleton height="22rem" />;

  const billingMeaning = billing.error ? errorMeaning(billing.error) : null;
  const skusMeaning = skus.error ? errorMeaning(skus.error) : null;
  const name = customerName ?? customerId;
  return (
    <div className="view right-size">
      <h2 className="section-title">{t('rightSize.title')}</h2>
      <p className="panel__subtitle">{t('rightSize.lead')}</p>
      <KpiList
        figures={[
          {
            id: 'unused-cost',
            label: t('rightSize.kpi.unusedCost'),
            value: formatMoneyList(locale, plan.kpis.unusedCost),
          },
          {
            id: 'savings-now',
            label: t('rightSize.kpi.savingsNow'),
            value: formatMoneyList(locale, plan.kpis.savingsNow),
          },
          {
            id: 'savings-renewal',
            label: t('rightSize.kpi.savingsAtRenewal'),
            value: formatMoneyList(locale, plan.kpis.savingsAtRenewal),
          },
        ]}
      />
      <div className="right-size__notices" role="status">
        {skusMeaning ? (
          <p className="notice">
            {skusMeaning === 'role' || skusMeaning === 'forbidden'
              ? t('rightSize.liveFallbackRole')
              : t('rightSize.liveFallback')}
          </p>
        ) : null}
        {deployment.isError ? <p className="notice">{t('rightSize.analyticsFailed')}</p> : null}
        {billingMeaning ? (
          <p className="notice" data-testid="right-size-billing-notice">
            {billingMeaning === 'role' ||
            billingMeaning === 'forbidden' ||
            billingMeaning === 'missing'
              ? t('rightSize.billingRole')
              : t('rightSize.billingFailed')}
          </p>
        ) : !billing.done ? (
          <p className="load-progress">
            {t('rightSize.billingProgress', { currency, pages: billing.pages })}
          </p>
        ) : null}
        {details.pending > 0 ? (
          <p className="load-progress">{t('rightSize.detailsPending')}</p>
        ) : null}
        {details.failed > 0 ? (
          <p className="notice">{t('rightSize.detailsFailed', { count: details.failed })}</p>
        ) : null}
        {plan.unpriced > 0 ? (
          <p className="notice">{t('rightSize.unpriced', { count: plan.unpriced })}</p>
        ) : null}
        <p className="panel__subtitle">{t('rightSize.spare', { count: spareSeats })}</p>
      </div>
      <CurrencyField
        key={currency}
        currency={currency}
        onChange={(code) =>
          updateStore((previous) => ({
            ...previous,
            currency: code === configCurrency ? undefined : code,
          }))
        }
      />
      <div className="right-size__toolbar no-print">
        <ExportCsvButton
          disabled={plan.rows.length === 0}
          build={() => ({
            fileName: `right-size-${fileSlug(name)}.csv`,
            csv: toCsv(PLAN_CSV_HEADER, planCsvRows(plan.rows)),
          })}
        />
        <button type="button" className="button" onClick={() => window.print()}>
          {t('rightSize.print')}
        </button>
      </div>
      <PlanTable rows={plan.rows} />
      {plan.unmatched.length > 0 ? (
        <UnmatchedList
          subscriptions={plan.unmatched}
          products={plan.products}
          mapping={store.mapping}
          onMap={(id, key) =>
            updateStore((previous) => {
              const mapping = { ...previous.mapping };
              if (key) mapping[id] = key;
              else delete mapping[id];
              return { ...previous, mapping };
            })
          }
        />
      ) : null}
      {plan.apart.length > 0 ? (
        <section className="panel" aria-labelledby="right-size-apart">
          <h3 id="right-size-apart" className="panel__title">
            {t('rightSize.apart.title')}
          </h3>
          <ul className="right-size__list" data-testid="right-size-apart">
            {plan.apart.map(({ subscription: s, reason }) => (
              <li key={s.id}>
                <Bidi>{s.friendlyName || s.offerName || s.id}</Bidi> ·{' '}
                {t('rightSize.seats', { count: s.quantity })} · {t(`rightSize.apart.${reason}`)}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <PriceList
        products={plan.products}
        currency={currency}
        prices={store.prices}
        onChange={(prices) => updateStore((previous) => ({ ...previous, prices }))}
      />
    </div>
  );
}
