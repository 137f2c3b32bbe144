import { useMemo } from 'react';

import { DataAsOf } from '@/components/data-as-of';
import { EmptyState } from '@/components/empty-state';
import { ExportCsvButton } from '@/components/export-csv-button';
import { KpiList } from '@/components/kpi-list';
import { LazySlot } from '@/components/lazy-slot';
import { Panel } from '@/components/panel';
import { QueryState } from '@/components/query-state';
import { Skeleton } from '@/components/skeleton';
import { useI18n } from '@/lib/i18n/i18n-provider';
import { latestDate } from '@/lib/latest-date';

import { useLicenseUsage } from '../api/get-license-usage';
import { usageCsv } from '../lib/usage-csv';
import {
  productUsage,
  toWorkloadRows,
  usageFunnel,
  workloadTotals,
  type DeploymentFigures,
} from '../lib/usage-rows';

import { usageChartModule } from './usage-chart-module';
import { ProductUsageTable, WorkloadTable } from './usage-tables';

import './usage-view.css';

export interface UsageViewProps {
  /** The name is for the export's file name and rows. */
  customer: { id: string; name: string };
  /** The snapshot's sold/deployed per product (E1), from the page; undefined while loading. */
  deployment: readonly DeploymentFigures[] | undefined;
  onSignIn?: ((reason: 'mfa' | 'session') => void) | undefined;
}

export function UsageView({ customer, deployment, onSignIn }: UsageViewProps) {
  const { t, format } = useI18n();
  const query = useLicenseUsage(customer.id);
  const workloads = useMemo(
    () => (query.data ? toWorkloadRows(query.data.items) : []),
    [query.data],
  );
  const products = useMemo(() => productUsage(deployment, workloads), [deployment, workloads]);
  const bars = useMemo(() => workloadTotals(workloads), [workloads]);

  const funnel = usageFunnel(products);
  const skippedNotice = (skipped: number) =>
    skipped > 0 ? <p className="notice">{t('common.rowsSkipped', { count: skipped })}</p> : null;
  return (
    <QueryState
      query={query}
      pending={<Skeleton height="22rem" />}
      isEmpty={() => workloads.length === 0}
      empty={(data) => (
        <EmptyState large status title={t('usage.emptyTitle')}>
          <p>{t('usage.emptyBody')}</p>
          {skippedNotice(data.skipped)}
        </EmptyState>
      )}
      onSignIn={onSignIn}
    >
      {(data) => {
        const processed = latestDate(data.items);
        return (
          <div className="view usage">
            <DataAsOf date={processed} />
            {skippedNotice(data.skipped)}
            <div className="usage__header">
              <h2 className="section-title">{t('usage.title')}</h2>
              <ExportCsvButton
                disabled={products.length === 0}
                build={() => usageCsv(customer, products, workloads, processed)}
              />
            </div>
            <p className="panel__subtitle">{t('usage.lead')}</p>
            <KpiList
              figures={[
                { id: 'sold', label: t('seats.sold'), value: format.integer(funnel.sold) },
                {
                  id: 'deployed',
                  label: t('seats.deployed'),
                  value: format.integer(funnel.deployed),
                },
                { id: 'used', label: t('usage.used'), value: format.integer(funnel.used) },
                {
                  id: 'usage',
                  label: t('usage.percent'),
                  value: format.percent(funnel.percent),
                },
                {
                  id: 'untracked',
                  label: t('usage.untracked'),
                  value: format.integer(funnel.untrackedDeployed),
                },
              ]}
            />
            <p className="panel__subtitle" data-testid="usage-basis">
              {t('usage.percentBasis', {
                used: format.integer(funnel.used),
                tracked: format.integer(funnel.trackedDeployed),
                untracked: format.integer(funnel.untrackedDeployed),
              })}{' '}
              {t('usage.usedNote')}
            </p>
            <Panel title={t('usage.chartTitle')}>
              <LazySlot
                module={usageChartModule}
                placeholder={<Skeleton height={`${bars.length * 44 + 70}px`} />}
              >
                {(chart) => (
                  <chart.UsageChart
                    workloads={bars}
                    summary={t('usage.chartSummary', { count: bars.length })}
                  />
                )}
              </LazySlot>
            </Panel>
            <Panel title={t('usage.byProduct')}>
              <ProductUsageTable rows={products} />
            </Panel>
            <Panel title={t('usage.byWorkload')}>
              <WorkloadTable rows={workloads} />
            </Panel>
          </div>
        );
      }}
    </QueryState>
  );
}
