import { useMemo, type ReactNode } from 'react';

import { DataAsOf } from '@/components/data-as-of';
import { EmptyState } from '@/components/empty-state';
import { ExportCsvButton } from '@/components/export-csv-button';
import { KpiList } from '@/components/kpi-list';
import { LazySlot } from '@/components/lazy-slot';
import { Panel } from '@/components/panel';
import { QueryState } from '@/components/query-state';
import { seatFigures } from '@/components/seat-cells';
import { ServiceChannelFilters } from '@/components/service-channel-filters';
import { Skeleton } from '@/components/skeleton';
import { useI18n } from '@/lib/i18n/i18n-provider';
import { latestDate } from '@/lib/latest-date';
import { sumSeats } from '@/lib/seats';

import { useDeploymentSnapshot } from '../api/use-deployment-snapshot';
import { deploymentCsv } from '../lib/deployment-csv';
import {
  distinctValues,
  filterRows,
  sortRows,
  toDeploymentRows,
  type SortKey,
} from '../lib/deployment-rows';
import { defaultDirection, resolveDeploymentView, type DeploymentSearch } from '../lib/view-search';

import { deploymentChartModule } from './chart-module';
import { DeploymentSkeleton } from './deployment-skeleton';
import { DeploymentTable } from './deployment-table';

import './license-deployment-view.css';

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
  const { t, format } = useI18n();
  const search = useMemo(() => resolveDeploymentView(urlSearch), [urlSearch]);
  const query = useDeploymentSnapshot(customerId);

  const allRows = useMemo(
    () => (query.data ? toDeploymentRows(query.data.items) : []),
    [query.data],
  );
  const rows = useMemo(
    () => sortRows(filterRows(allRows, search), search.sort, search.dir),
    [allRows, search],
  );
  const totals = useMemo(() => sumSeats(rows), [rows]);
  const chartRows = useMemo(
    () => (search.all ? rows : rows.slice(0, CHART_TOP_N)),
    [rows, search.all],
  );

  const onSort = (key: SortKey) => {
    const dir =
      key === search.sort ? (search.dir === 'asc' ? 'desc' : 'asc') : defaultDirection(key);
    onSearchChange({ sort: key, dir });
  };
  const sortLabel = t(`deployment.sortedBy.${search.sort}`);

  return (
    <QueryState
      query={query}
      pending={<DeploymentSkeleton />}
      isEmpty={() => allRows.length === 0}
      empty={(data) => (
        <EmptyState large title={t('deployment.emptyTitle')}>
          <p>{t('deployment.emptyBody')}</p>
          {data.skipped > 0 ? (
            <p className="notice">{t('common.rowsSkipped', { count: data.skipped })}</p>
          ) : null}
        </EmptyState>
      )}
      onSignIn={onSignIn}
      backLink={backLink}
    >
      {(data) => {
        const processed = latestDate(data.items);
        return (
          <div className="view deployment">
            <DataAsOf date={processed} />
            {data.source === 'e3' && data.gap ? (
              <p className="notice" data-source="analytics">
                {t(`deployment.fromAnalytics.${data.gap}`)}
              </p>
            ) : null}
            {data.skipped > 0 ? (
              <p className="notice">{t('common.rowsSkipped', { count: data.skipped })}</p>
            ) : null}
            <ServiceChannelFilters
              services={distinctValues(allRows, 'serviceName')}
              channels={distinctValues(allRows, 'channel')}
              service={search.service}
              channel={search.channel}
              onChange={onSearchChange}
            >
              <ExportCsvButton
                disabled={rows.length === 0}
                build={() =>
                  deploymentCsv(
                    {
                      id: customerId,
                      name: customerName ?? data.items[0]?.customerName ?? customerId,
                    },
                    rows,
                    processed,
                  )
                }
              />
            </ServiceChannelFilters>
            <KpiList figures={seatFigures(t, format, totals)} />
            {rows.length === 0 ? (
              <EmptyState>
                <p>{t('deployment.noMatch')}</p>
                <button
                  type="button"
                  className="button"
                  onClick={() => onSearchChange({ service: undefined, channel: undefined })}
                >
                  {t('deployment.clearFilters')}
                </button>
              </EmptyState>
            ) : (
              <>
                <Panel
                  title={t('deployment.chartTitle')}
                  header={
                    <>
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
                    </>
                  }
                >
                  <LazySlot
                    module={deploymentChartModule}
                    placeholder={<Skeleton height={`${chartRows.length * 44 + 70}px`} />}
                  >
                    {(chart) => (
                      <chart.DeploymentChart
                        rows={chartRows}
                        summary={t('deployment.chartSummary', { count: chartRows.length })}
                      />
                    )}
                  </LazySlot>
                </Panel>
                <Panel title={t('deployment.tableTitle', { count: rows.length })}>
                  <DeploymentTable
                    rows={rows}
                    sort={search.sort}
                    dir={search.dir}
                    onSort={onSort}
                    caption={t('deployment.tableCaption')}
                  />
                </Panel>
              </>
            )}
          </div>
        );
      }}
    </QueryState>
  );
}
