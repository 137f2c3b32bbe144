import { useDeferredValue, useMemo, useState } from 'react';

import { DataAsOf } from '@/components/data-as-of';
import { EmptyState } from '@/components/empty-state';
import { KpiList } from '@/components/kpi-list';
import { MAIN_TABLE_ID } from '@/components/main-table';
import { Panel } from '@/components/panel';
import { PrintedFilters } from '@/components/printed-filters';
import { QueryState } from '@/components/query-state';
import { seatFigures } from '@/components/seat-cells';
import { Skeleton } from '@/components/skeleton';
import { useI18n } from '@/lib/i18n/i18n-provider';

import { usePortfolio } from '../api/get-portfolio';
import { usePortfolioFacets } from '../api/get-portfolio-facets';
import { portfolioCsv } from '../lib/portfolio-csv';
import {
  filterPortfolio,
  portfolioTotals,
  sortPortfolio,
  toPortfolioRows,
  type PortfolioSortKey,
} from '../lib/portfolio-rows';
import { resolvePortfolioSort, type PortfolioSearch } from '../lib/portfolio-search';
import { loadThresholds, saveThresholds, type Thresholds } from '../lib/thresholds';

import { PortfolioProgress } from './portfolio-progress';
import { PortfolioTable } from './portfolio-table';
import { PortfolioToolbar } from './portfolio-toolbar';
import { ThresholdsForm } from './thresholds-form';

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

  const allRows = useMemo(
    () => toPortfolioRows(query.data?.pages.flatMap((page) => page.rows) ?? [], thresholds),
    [query.data, thresholds],
  );
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

  const pages = query.data?.pages ?? [];
  const skipped = pages.reduce((sum, page) => sum + page.skipped, 0);
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
          <PortfolioProgress
            loaded={allRows.length}
            total={pages[0]?.totalCount}
            loading={query.hasNextPage || query.isFetchingNextPage}
            error={query.isFetchNextPageError ? query.error : null}
            onResume={() => void query.fetchNextPage()}
            onSignIn={onSignIn}
          />
          <PortfolioToolbar
            search={search}
            onSearchChange={onSearchChange}
            services={facets.data?.services ?? []}
            channels={facets.data?.channels ?? []}
            flaggedCount={flaggedCount}
            canExport={rows.length > 0}
            buildCsv={() => portfolioCsv(rows, { thresholds, ...filters, processed })}
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
          <p className="panel__subtitle">{t('portfolio.unusedNote')}</p>
          {allRows.length === 0 && !query.hasNextPage ? (
            <EmptyState large title={t('portfolio.emptyTitle')}>
              <p>{t('portfolio.emptyBody')}</p>
            </EmptyState>
          ) : (
            <Panel
              id={MAIN_TABLE_ID}
              title={t('portfolio.tableTitle', { count: format.integer(rows.length) })}
            >
              {rows.length === 0 ? (
                <EmptyState>
                  <p>{t('portfolio.noMatch')}</p>
                  <button
                    type="button"
                    className="button"
                    onClick={() =>
                      onSearchChange({
                        q: undefined,
                        flagged: undefined,
                        service: undefined,
                        channel: undefined,
                      })
                    }
                  >
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
