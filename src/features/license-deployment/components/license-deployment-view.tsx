import { useMemo, type ReactNode } from 'react';

import { DataAsOf } from '@/components/data-as-of';
import { ErrorBoundary } from '@/components/error-boundary';
import { ErrorPanel } from '@/components/error-panel';
import { RefetchErrorNotice } from '@/components/refetch-error-notice';
import { ServiceChannelFilters } from '@/components/service-channel-filters';
import { Skeleton } from '@/components/skeleton';
import { useI18n } from '@/lib/i18n/i18n-provider';

import { useLicenseDeployment } from '../api/get-license-deployment';
import {
  distinctValues,
  filterRows,
  latestProcessedDate,
  sortRows,
  toDeploymentRows,
  totalsOf,
  type SortKey,
} from '../lib/deployment-rows';
import { defaultDirection, resolveDeploymentView, type DeploymentSearch } from '../lib/view-search';

import { useDeploymentChartModule } from './chart-module';
import { DeploymentKpis } from './deployment-kpis';
import { DeploymentSkeleton } from './deployment-skeleton';
import { DeploymentTable } from './deployment-table';
import { ExportCsvButton } from './export-csv-button';

export const CHART_TOP_N = 15;

export interface LicenseDeploymentViewProps {
  customerId: string;
  /** For the export's file name and rows; E1's own customerName is used when absent. */
  customerName?: string | undefined;
  search: DeploymentSearch;
  onSearchChange(patch: Partial<DeploymentSearch>): void;
  onSignIn?: (reason: 'mfa' | 'session') => void;
  backLink?: ReactNode;
}

export function LicenseDeploymentView({
  customerId,
  customerName,
  search: urlSearch,
  onSearchChange,
  onSignIn,
  backLink,
}: LicenseDeploymentViewProps) {
  const { t } = useI18n();
  const search = useMemo(() => resolveDeploymentView(urlSearch), [urlSearch]);
  const query = useLicenseDeployment(customerId);
  const chartModule = useDeploymentChartModule();

  const allRows = useMemo(
    () => (query.data ? toDeploymentRows(query.data.items) : []),
    [query.data],
  );
  const rows = useMemo(
    () => sortRows(filterRows(allRows, search), search.sort, search.dir),
    [allRows, search],
  );
  const totals = useMemo(() => totalsOf(rows), [rows]);
  const chartRows = useMemo(
    () => (search.all ? rows : rows.slice(0, CHART_TOP_N)),
    [rows, search.all],
  );

  if (query.isPending) return <DeploymentSkeleton />;
  if (query.isLoadingError) {
    return (
      <ErrorPanel
        error={query.error}
        onRetry={() => void query.refetch()}
        onSignIn={onSignIn}
        backLink={backLink}
      />
    );
  }
  if (allRows.length === 0) {
    return (
      <section className="empty-state empty-state--large">
        <h2>{t('deployment.emptyTitle')}</h2>
        <p>{t('deployment.emptyBody')}</p>
        {query.data.skipped > 0 ? (
          <p className="notice">{t('common.rowsSkipped', { count: query.data.skipped })}</p>
        ) : null}
      </section>
    );
  }

  const processed = latestProcessedDate(query.data.items);
  const onSort = (key: SortKey) => {
    const dir =
      key === search.sort ? (search.dir === 'asc' ? 'desc' : 'asc') : defaultDirection(key);
    onSearchChange({ sort: key, dir });
  };
  const sortLabel = t(`deployment.sortedBy.${search.sort}`);

  return (
    <div className="deployment">
      {query.isRefetchError ? (
        <RefetchErrorNotice error={query.error} onRetry={() => void query.refetch()} />
      ) : null}
      <DataAsOf date={processed} />
      {query.data.skipped > 0 ? (
        <p className="notice">{t('common.rowsSkipped', { count: query.data.skipped })}</p>
      ) : null}
      <ServiceChannelFilters
        services={distinctValues(allRows, 'serviceName')}
        channels={distinctValues(allRows, 'channel')}
        service={search.service}
        channel={search.channel}
        onChange={onSearchChange}
      >
        <ExportCsvButton
          customer={{
            id: customerId,
            name: customerName ?? query.data.items[0]?.customerName ?? customerId,
          }}
          rows={rows}
          processed={processed}
        />
      </ServiceChannelFilters>
      <DeploymentKpis totals={totals} />
      {rows.length === 0 ? (
        <section className="empty-state">
          <p>{t('deployment.noMatch')}</p>
          <button
            type="button"
            className="button"
            onClick={() => onSearchChange({ service: undefined, channel: undefined })}
          >
            {t('deployment.clearFilters')}
          </button>
        </section>
      ) : (
        <>
          <section aria-labelledby="chart-title" className="panel">
            <div className="panel__header">
              <h2 id="chart-title" className="section-title">
                {t('deployment.chartTitle')}
              </h2>
              <p className="panel__subtitle">
                {search.all || rows.length <= CHART_TOP_N
                  ? t('deployment.chartAll', { count: rows.length, sort: sortLabel })
                  : t('deployment.chartTop', {
                      top: CHART_TOP_N,
                      count: rows.length,
                      sort: sortLabel,
                    })}
              </p>
              {rows.length > CHART_TOP_N ? (
                <button
                  type="button"
                  className="button"
                  aria-pressed={Boolean(search.all)}
                  onClick={() => onSearchChange({ all: search.all ? undefined : true })}
                >
                  {search.all
                    ? t('deployment.showTop', { top: CHART_TOP_N })
                    : t('deployment.showAll', { count: rows.length })}
                </button>
              ) : null}
            </div>
            {/* A chart that fails to draw must not take the table and figures with it. */}
            <ErrorBoundary
              fallback={(error, reset) => <ErrorPanel error={error} onRetry={reset} />}
            >
              {chartModule ? (
                <chartModule.DeploymentChart
                  rows={chartRows}
                  summary={t('deployment.chartSummary', { count: chartRows.length })}
                />
              ) : (
                <Skeleton height={`${chartRows.length * 44 + 70}px`} />
              )}
            </ErrorBoundary>
          </section>
          <section aria-labelledby="table-title" className="panel">
            <h2 id="table-title" className="section-title">
              {t('deployment.tableTitle', { count: rows.length })}
            </h2>
            <ErrorBoundary
              fallback={(error, reset) => <ErrorPanel error={error} onRetry={reset} />}
            >
              <DeploymentTable
                rows={rows}
                sort={search.sort}
                dir={search.dir}
                onSort={onSort}
                caption={t('deployment.tableCaption')}
              />
            </ErrorBoundary>
          </section>
        </>
      )}
    </div>
  );
}
