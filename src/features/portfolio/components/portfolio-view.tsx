import { useDeferredValue, useMemo, useState } from 'react';

import { DataAsOf } from '@/components/data-as-of';
import { ErrorPanel } from '@/components/error-panel';
import { KpiList } from '@/components/kpi-list';
import { RefetchErrorNotice } from '@/components/refetch-error-notice';
import { Skeleton } from '@/components/skeleton';
import { downloadCsv } from '@/lib/csv';
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

  if (query.isPending) return <Skeleton height="24rem" />;
  if (query.isError && !query.data) {
    return (
      <ErrorPanel error={query.error} onRetry={() => void query.refetch()} onSignIn={onSignIn} />
    );
  }
  const pages = query.data?.pages ?? [];
  const skipped = pages.reduce((sum, page) => sum + page.skipped, 0);
  const processed = facets.data?.processed ?? null;
  const onSort = (key: PortfolioSortKey) =>
    onSearchChange({
      sort: key,
      dir: key === sort ? (dir === 'asc' ? 'desc' : 'asc') : key === 'customer' ? 'asc' : 'desc',
    });
  const exportCsv = () => {
    const { fileName, csv } = portfolioCsv(rows, { thresholds, ...filters, processed });
    downloadCsv(fileName, csv);
  };

  return (
    <div className="portfolio">
      {query.isRefetchError ? (
        <RefetchErrorNotice error={query.error} onRetry={() => void query.refetch()} />
      ) : null}
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
        onExport={exportCsv}
      />
      {skipped > 0 ? <p className="notice">{t('common.rowsSkipped', { count: skipped })}</p> : null}
      <ThresholdsForm
        value={thresholds}
        onChange={(next) => {
          setThresholds(next);
          saveThresholds(next);
        }}
      />
      <KpiList
        figures={[
          {
            id: 'customers',
            label: t('portfolio.customers'),
            value: format.integer(totals.customers),
          },
          { id: 'sold', label: t('deployment.sold'), value: format.integer(totals.sold) },
          {
            id: 'deployed',
            label: t('deployment.deployed'),
            value: format.integer(totals.deployed),
          },
          { id: 'unused', label: t('deployment.unused'), value: format.integer(totals.unused) },
          { id: 'percent', label: t('deployment.percent'), value: format.percent(totals.percent) },
          {
            id: 'flagged',
            label: t('portfolio.flaggedCustomers'),
            value: format.integer(totals.flagged),
          },
        ]}
      />
      <p className="panel__subtitle">{t('portfolio.unusedNote')}</p>
      {allRows.length === 0 && !query.hasNextPage ? (
        <section className="empty-state empty-state--large">
          <h2>{t('portfolio.emptyTitle')}</h2>
          <p>{t('portfolio.emptyBody')}</p>
        </section>
      ) : (
        <section aria-labelledby="portfolio-table-title" className="panel">
          <h2 id="portfolio-table-title" className="section-title">
            {t('portfolio.tableTitle', { count: format.integer(rows.length) })}
          </h2>
          {rows.length === 0 ? (
            <div className="empty-state">
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
            </div>
          ) : (
            <PortfolioTable rows={rows} sort={sort} dir={dir} onSort={onSort} filters={filters} />
          )}
        </section>
      )}
    </div>
  );
}
