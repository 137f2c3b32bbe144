import { useQuery } from '@tanstack/react-query';
import { useEffect, useId, useMemo } from 'react';

import { EmptyState } from '@/components/empty-state';
import { ExportCsvButton } from '@/components/export-csv-button';
import { FilterSelect } from '@/components/filter-select';
import { LazySlot } from '@/components/lazy-slot';
import { Panel } from '@/components/panel';
import { QueryState } from '@/components/query-state';
import { RefetchErrorNotice } from '@/components/refetch-error-notice';
import { Skeleton } from '@/components/skeleton';
import { isNothingThere } from '@/lib/api/describe-error';
import { licenseDeploymentQueryOptions } from '@/lib/api/get-license-deployment';
import { usePartnerCenterClient } from '@/lib/api/partner-center-context';
import { useI18n } from '@/lib/i18n/i18n-provider';

import { useDeploymentHistory } from '../api/get-deployment-history';
import { trendCsv } from '../lib/trend-csv';
import { orderPoints, productNames, toTrendPoint } from '../lib/trend-points';
import type { TrendSearch } from '../lib/trend-search';

import { trendChartModule } from './trend-chart-module';
import { TrendTable } from './trend-table';

export interface TrendViewProps {
  customer: { id: string; name: string };
  search: TrendSearch;
  onSearchChange(patch: Partial<TrendSearch>): void;
  /** History is refused or empty: the page hides the tab. */
  onUnavailable(): void;
  onSignIn?: ((reason: 'mfa' | 'session') => void) | undefined;
}

export function TrendView({
  customer,
  search,
  onSearchChange,
  onUnavailable,
  onSignIn,
}: TrendViewProps) {
  const { t, format } = useI18n();
  const periodId = useId();
  const months = search.months ?? 12;
  const { latest, dates, past } = useDeploymentHistory(customer.id, months);

  const loadedSets = useMemo(
    () => [latest.data, ...past.map((query) => query.data)].filter((point) => point !== undefined),
    [latest.data, past],
  );
  const products = useMemo(() => productNames(loadedSets.map((set) => set.rows)), [loadedSets]);
  const product = search.product;
  const points = useMemo(
    () =>
      orderPoints(
        loadedSets.map((set) =>
          toTrendPoint(set.rows, new Date(`${set.requested ?? '1970-01-01'}T00:00:00Z`), product),
        ),
      ),
    [loadedSets, product],
  );
  const missing = dates.filter((_, index) => isNothingThere(past[index]?.error));
  const failed = past.find((query) => query.isError && !isNothingThere(query.error));
  const settled = past.filter((query) => !query.isPending).length;
  const analyticsEmpty = latest.data !== undefined && latest.data.rows.length === 0;
  // The reverse of the snapshot's fallback: the analytics have nothing, but the per-customer
  // report may list products (a customer not processed yet). Say so rather than "no history"
  // alone. Usually already cached by the snapshot tab.
  const reported = useQuery({
    ...licenseDeploymentQueryOptions(usePartnerCenterClient(), customer.id),
    enabled: analyticsEmpty,
  });
  const reportedProducts = analyticsEmpty ? (reported.data?.items.length ?? 0) : 0;
  const unavailable =
    isNothingThere(latest.error) ||
    analyticsEmpty ||
    (dates.length > 0 && missing.length === dates.length);

  useEffect(() => {
    if (unavailable) onUnavailable();
  }, [unavailable, onUnavailable]);

  if (unavailable && reportedProducts > 0) {
    return (
      <EmptyState large status title={t('trend.notProcessedTitle')}>
        <p>{t('trend.notProcessedBody', { count: format.integer(reportedProducts) })}</p>
      </EmptyState>
    );
  }
  if (unavailable) {
    return (
      <EmptyState large status title={t('trend.unavailableTitle')}>
        <p>{t('trend.unavailableBody')}</p>
      </EmptyState>
    );
  }
  const total = dates.length + 1;
  const loaded = 1 + past.filter((query) => query.isSuccess).length;
  return (
    <QueryState query={latest} pending={<Skeleton height="22rem" />} onSignIn={onSignIn}>
      {() => (
        <div className="view trend">
          <div className="filters" role="group" aria-label={t('filters.title')}>
            <label htmlFor={periodId}>{t('trend.period')}</label>
            <select
              id={periodId}
              value={String(months)}
              onChange={(event) =>
                onSearchChange({ months: event.target.value === '24' ? 24 : undefined })
              }
            >
              <option value="12">{t('trend.months12')}</option>
              <option value="24">{t('trend.months24')}</option>
            </select>
            <FilterSelect
              label={t('trend.product')}
              allLabel={t('trend.allProducts')}
              options={products}
              value={product}
              onChange={(value) => onSearchChange({ product: value })}
            />
            <div className="filters__actions">
              <ExportCsvButton
                disabled={points.length === 0}
                build={() => trendCsv(customer, product, points)}
              />
            </div>
          </div>
          {settled < dates.length ? (
            <p className="load-progress" role="status" aria-live="polite">
              {t('trend.progress', {
                loaded: format.integer(loaded),
                total: format.integer(total),
              })}
            </p>
          ) : null}
          {missing.length > 0 ? (
            <p className="notice">
              {t('trend.missingMonths', {
                months: missing
                  .map((date) => format.month(new Date(`${date}T00:00:00Z`)))
                  .join(', '),
              })}
            </p>
          ) : null}
          {failed ? (
            <RefetchErrorNotice error={failed.error} onRetry={() => void failed.refetch()} />
          ) : null}
          <Panel title={product ? `${t('trend.title')} — ${product}` : t('trend.title')}>
            <LazySlot module={trendChartModule} placeholder={<Skeleton height="320px" />}>
              {(chart) => (
                <chart.TrendChart
                  points={points}
                  summary={t('trend.chartSummary', { count: points.length })}
                />
              )}
            </LazySlot>
          </Panel>
          <Panel title={t('trend.tableTitle')}>
            <TrendTable points={points} />
          </Panel>
        </div>
      )}
    </QueryState>
  );
}
