import { useMemo, useState, type CSSProperties, type ReactNode } from 'react';

import { DataAsOf } from '@/components/data-as-of';
import { EmptyState } from '@/components/empty-state';
import { ExportCsvButton } from '@/components/export-csv-button';
import { KpiList } from '@/components/kpi-list';
import { LazySlot } from '@/components/lazy-slot';
import { MAIN_TABLE_ID } from '@/components/main-table';
import { Panel } from '@/components/panel';
import { PrintedFilters } from '@/components/printed-filters';
import { QueryState } from '@/components/query-state';
import { SeatArithmetic, seatFigures } from '@/components/seat-cells';
import { ServiceChannelFilters } from '@/components/service-channel-filters';
import { useI18n } from '@/lib/i18n/i18n-provider';
import { latestDate } from '@/lib/latest-date';
import { sumSeatBalance } from '@/lib/seats';

import { useDeploymentSnapshot } from '../api/use-deployment-snapshot';
import { CHART_CAP, chartPage } from '../lib/chart-bars';
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
  const totals = useMemo(() => sumSeatBalance(rows), [rows]);
  // "Show all" pages through the chart CHART_CAP bars at a time: one chart of 5,000 bars
  // was 221,000 px tall and took seconds to draw. The table always has every row.
  const [pageRequest, setPageRequest] = useState({ rows, page: 0 });
  const requestedPage = pageRequest.rows === rows ? pageRequest.page : 0;
  const chart = useMemo(
    () =>
      search.all
        ? chartPage(rows, requestedPage)
        : { ...chartPage(rows.slice(0, CHART_TOP_N), 0), pages: 1 },
    [rows, search.all, requestedPage],
  );
  const chartRows = chart.rows;
  const goToChartPage = (page: number) => setPageRequest({ rows, page });

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
            <PrintedFilters
              items={[
                { label: t('filters.service'), value: search.service ?? t('filters.allServices') },
                { label: t('filters.channel'), value: search.channel ?? t('filters.allChannels') },
                { label: t('filters.sortedBy'), value: sortLabel },
              ]}
            />
            <KpiList figures={seatFigures(t, format, totals)} />
            <SeatArithmetic totals={totals} />
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
                    placeholder={
                      // As tall as the chart will be, in either layout (see the CSS).
                      <span
                        className="skeleton chart-placeholder"
                        aria-hidden="true"
                        style={{ '--rows': chartRows.length } as CSSProperties}
                      />
                    }
                  >
                    {(module) => (
                      <module.DeploymentChart
                        rows={chartRows}
                        summary={t('deployment.chartSummary', {
                          count: format.integer(chartRows.length),
                          sort: sortLabel,
                          first: chartRows
                            .slice(0, 3)
                            .map((row) =>
                              t('deployment.chartSummaryItem', {
                                name: row.productName,
                                deployed: format.integer(row.deployed),
                                sold: format.integer(row.sold),
                              }),
                            )
                            .join('; '),
                        })}
                      />
                    )}
                  </LazySlot>
                  {chart.pages > 1 ? (
                    <div className="chart-pager">
                      <p className="chart-pager__status" aria-live="polite">
                        {t('deployment.chartPage', {
                          from: format.integer(chart.from + 1),
                          to: format.integer(chart.to),
                          count: format.integer(rows.length),
                          cap: format.integer(CHART_CAP),
                        })}
                      </p>
                      <button
                        type="button"
                        className="button button--small"
                        disabled={chart.page === 0}
                        onClick={() => goToChartPage(chart.page - 1)}
                      >
                        {t('deployment.chartPrevious', { cap: format.integer(CHART_CAP) })}
                      </button>
                      <button
                        type="button"
                        className="button button--small"
                        disabled={chart.page >= chart.pages - 1}
                        onClick={() => goToChartPage(chart.page + 1)}
                      >
                        {t('deployment.chartNext', { cap: format.integer(CHART_CAP) })}
                      </button>
                    </div>
                  ) : null}
                </Panel>
                <Panel
                  id={MAIN_TABLE_ID}
                  title={t('deployment.tableTitle', { count: rows.length })}
                >
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
