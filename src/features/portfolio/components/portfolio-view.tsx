import { useDeferredValue, useMemo, useState } from 'react';

import { Collapsible } from '@/components/collapsible';
import { DataAsOf } from '@/components/data-as-of';
import { EmptyState } from '@/components/empty-state';
import { KpiList } from '@/components/kpi-list';
import { LazySlot } from '@/components/lazy-slot';
import { MAIN_TABLE_ID } from '@/components/main-table';
import { Panel } from '@/components/panel';
import { PrintedFilters } from '@/components/printed-filters';
import { QueryState } from '@/components/query-state';
import { SeatArithmetic, seatFigures } from '@/components/seat-cells';
import { Skeleton } from '@/components/skeleton';
import { useI18n } from '@/lib/i18n/i18n-provider';
import { loadThresholds, saveThresholds, type Thresholds } from '@/lib/thresholds';

import { usePortfolio } from '../api/get-portfolio';
import { unknownFilter, usePortfolioFacets } from '../api/get-portfolio-facets';
import { portfolioCsv } from '../lib/portfolio-csv';
import { mergeCustomerSeats } from '../lib/portfolio-fold';
import {
  filterPortfolio,
  portfolioTotals,
  sortPortfolio,
  toPortfolioRows,
  type PortfolioSortKey,
} from '../lib/portfolio-rows';
import { resolvePortfolioSort, type PortfolioSearch } from '../lib/portfolio-search';
import { topByUnused } from '../lib/top-unused';

import { PortfolioProgress } from './portfolio-progress';
import { PortfolioTable } from './portfolio-table';
import { PortfolioToolbar } from './portfolio-toolbar';
import { ThresholdsForm } from './thresholds-form';
import { topUnusedChartModule } from './top-unused-chart-module';

import './portfolio-view.css';

export interface PortfolioViewProps {
  search: PortfolioSearch;
  onSearchChange(patch: Partial<PortfolioSearch>): void;
  onSignIn?: ((reason: 'mfa' | 'session') => void) | undefined;
}

export function PortfolioView({ search, onSearchChange, onSignIn }: PortfolioViewProps) {
  const { t, format } = useI18n();
  const filters = useMemo(
    () => ({ service: search.service, channel: search.channel }),
    [search.service, search.channel],
  );
  const query = usePortfolio(filters);
  const facets = usePortfolioFacets();
  const [thresholds, setThresholds] = useState<Thresholds>(() => loadThresholds());
  const { sort, dir } = resolvePortfolioSort(search);
  // Typing in the search box must stay instant while 20,000 rows re-filter behind it.
  const text = useDeferredValue(search.q);

  const customers = useMemo(() => mergeCustomerSeats(query.data?.pages ?? []), [query.data]);
  const allRows = useMemo(() => toPortfolioRows(customers, thresholds), [customers, thresholds]);
  const flaggedCount = useMemo(() => allRows.filter((row) => row.flagged).length, [allRows]);
  const rows = useMemo(
    () =>
      sortPortfolio(
        filterPortfolio(allRows, { search: text, flaggedOnly: search.flagged }),
        sort,
        dir,
      ),
    [allRows, text, search.flagged, sort, dir],
  );
  const totals = useMemo(() => portfolioTotals(rows), [rows]);
  // The rows the list shows (search, flags, filters), ranked by unused seats whatever the
  // list's sort: the chart always answers "who wastes most".
  const top = useMemo(() => topByUnused(rows), [rows]);

  // A filter value Partner Center has no data for (`/?service=zzz`, a typo or an old
  // bookmark) is valid URL text, so it reaches Partner Center and matches nothing: say so,
  // instead of "All 0 customers loaded" and "no license data yet".
  const unknown = facets.data ? unknownFilter(filters, facets.data) : null;
  // Until the facets say whether a filter exists, an empty answer is not "no data" yet.
  const undecided = Boolean(filters.service || filters.channel) && !facets.data && !facets.isError;
  const silentEmpty = (unknown !== null || undecided) && allRows.length === 0;
  const clearFilters = () =>
    onSearchChange({ q: undefined, flagged: undefined, service: undefined, channel: undefined });

  const pages = query.data?.pages ?? [];
  const skipped = pages.reduce((sum, page) => sum + page.skipped, 0);
  const rowsLoaded = pages.reduce((sum, page) => sum + page.rowsRead, 0);
  const processed = facets.data?.processed ?? null;
  const onSort = (key: PortfolioSortKey) =>
    onSearchChange({
      sort: key,
      dir: key === sort ? (dir === 'asc' ? 'desc' : 'asc') : key === 'customer' ? 'asc' : 'desc',
    });

  return (
    <QueryState query={query} pending={<Skeleton height="24rem" />} onSignIn={onSignIn}>
      {() => (
        <div className="view portfolio">
          <DataAsOf date={processed} />
          {unknown ? (
            <div className="notice notice--error" role="status">
              <p>
                {t(
                  unknown.field === 'service'
                    ? 'portfolio.unknownService'
                    : 'portfolio.unknownChannel',
                  {
                    value: unknown.value,
                  },
                )}
              </p>
              <button type="button" className="button" onClick={clearFilters}>
                {t('portfolio.clearFilters')}
              </button>
            </div>
          ) : null}
          {silentEmpty ? null : (
            <PortfolioProgress
              loaded={allRows.length}
              rowsLoaded={rowsLoaded}
              rowsTotal={pages[0]?.totalCount}
              loading={query.hasNextPage || query.isFetchingNextPage}
              error={query.isFetchNextPageError ? query.error : null}
              onResume={() => void query.fetchNextPage()}
              onSignIn={onSignIn}
            />
          )}
          <PortfolioToolbar
            search={search}
            onSearchChange={onSearchChange}
            services={facets.data?.services ?? []}
            channels={facets.data?.channels ?? []}
            flaggedCount={flaggedCount}
            canExport={rows.length > 0}
            buildCsv={() =>
              portfolioCsv(rows, {
                thresholds,
                ...filters,
                flaggedOnly: search.flagged,
                processed,
              })
            }
          />
          {skipped > 0 ? (
            <p className="notice">{t('common.rowsSkipped', { count: skipped })}</p>
          ) : null}
          <ThresholdsForm
            value={thresholds}
            onChange={(next) => {
              setThresholds(next);
              saveThresholds(next);
            }}
          />
          <PrintedFilters
            items={[
              ...(search.q ? [{ label: t('portfolio.searchLabel'), value: `“${search.q}”` }] : []),
              { label: t('filters.service'), value: search.service ?? t('filters.allServices') },
              { label: t('filters.channel'), value: search.channel ?? t('filters.allChannels') },
              ...(search.flagged
                ? [{ label: t('portfolio.flagged'), value: format.integer(totals.flagged) }]
                : []),
              {
                label: t('portfolio.thresholds'),
                value: t('portfolio.thresholdsSummary', {
                  percent: format.integer(thresholds.belowPercent),
                  spare: format.integer(thresholds.ignoreSpare),
                }),
              },
            ]}
          />
          {/* On a phone the totals fold into one line that still says the main figure, so
              the first customers are on the first screen; on a wide screen they show as is. */}
          <Collapsible
            summary={t('portfolio.totalsSummary', {
              unused: totals.unused,
              customers: totals.customers,
            })}
          >
            <KpiList
              figures={[
                {
                  id: 'customers',
                  label: t('portfolio.customers'),
                  value: format.integer(totals.customers),
                },
                ...seatFigures(t, format, totals),
                {
                  id: 'flagged',
                  label: t('portfolio.flaggedCustomers'),
                  value: format.integer(totals.flagged),
                },
              ]}
            />
            <SeatArithmetic totals={totals} />
          </Collapsible>
          {top.length > 0 ? (
            // On a phone the chart starts folded: the list, with unused seats per row, is
            // what must be on the first screen; on a wide screen it shows as a panel.
            <Collapsible summary={t('portfolio.topTitle', { count: top.length })}>
              <Panel title={t('portfolio.topTitle', { count: top.length })}>
                <LazySlot
                  module={topUnusedChartModule}
                  placeholder={<Skeleton height={`${top.length * 28 + 40}px`} />}
                >
                  {(chart) => (
                    <chart.TopUnusedChart
                      rows={top}
                      summary={t('portfolio.topSummary', {
                        count: top.length,
                        list: top
                          .map((row) => `${row.name} (${format.integer(row.unused)})`)
                          .join(', '),
                      })}
                    />
                  )}
                </LazySlot>
              </Panel>
            </Collapsible>
          ) : null}
          <p className="panel__subtitle">{t('portfolio.unusedNote')}</p>
          {silentEmpty ? null : allRows.length === 0 && !query.hasNextPage ? (
            <EmptyState large title={t('portfolio.emptyTitle')}>
              <p>{t('portfolio.emptyBody')}</p>
            </EmptyState>
          ) : (
            <Panel
              id={MAIN_TABLE_ID}
              title={t('portfolio.tableTitle', { count: rows.length })}
              header={
                <p className="panel__subtitle" data-testid="flag-rule">
                  {t('portfolio.flagRule', {
                    percent: thresholds.belowPercent,
                    spare: thresholds.ignoreSpare,
                    flagged: flaggedCount,
                    total: allRows.length,
                    share: format.percent(
                      allRows.length > 0 ? flaggedCount / allRows.length : null,
                    ),
                  })}
                </p>
              }
            >
              {rows.length === 0 ? (
                <EmptyState>
                  <p>{t('portfolio.noMatch')}</p>
                  <button type="button" className="button" onClick={clearFilters}>
                    {t('portfolio.clearFilters')}
                  </button>
                </EmptyState>
              ) : (
                <PortfolioTable
                  rows={rows}
                  sort={sort}
                  dir={dir}
                  onSort={onSort}
                  filters={filters}
                />
              )}
            </Panel>
          )}
        </div>
      )}
    </QueryState>
  );
}
