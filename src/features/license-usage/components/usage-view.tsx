import { useMemo } from 'react';

import { EmptyState } from '@/components/empty-state';
import { ErrorPanel } from '@/components/error-panel';
import { KpiList } from '@/components/kpi-list';
import { Panel } from '@/components/panel';
import { RefetchErrorNotice } from '@/components/refetch-error-notice';
import { Skeleton } from '@/components/skeleton';
import { useI18n } from '@/lib/i18n/i18n-provider';
import { ratio } from '@/lib/seats';

import { useLicenseUsage } from '../api/get-license-usage';
import {
  productUsage,
  toWorkloadRows,
  usageFunnel,
  workloadTotals,
  type DeploymentFigures,
} from '../lib/usage-rows';

import { usageChartModule } from './usage-chart-module';
import { ProductUsageTable, WorkloadTable } from './usage-tables';

export interface UsageViewProps {
  customerId: string;
  /** The snapshot's sold/deployed per product (E1), from the page; undefined while loading. */
  deployment: readonly DeploymentFigures[] | undefined;
  onSignIn?: ((reason: 'mfa' | 'session') => void) | undefined;
}

export function UsageView({ customerId, deployment, onSignIn }: UsageViewProps) {
  const { t, format } = useI18n();
  const query = useLicenseUsage(customerId);
  const Chart = usageChartModule.useModule();
  const workloads = useMemo(
    () => (query.data ? toWorkloadRows(query.data.items) : []),
    [query.data],
  );
  const products = useMemo(() => productUsage(deployment, workloads), [deployment, workloads]);
  const bars = useMemo(() => workloadTotals(workloads), [workloads]);

  if (query.isPending) return <Skeleton height="22rem" />;
  if (query.isLoadingError) {
    return (
      <ErrorPanel error={query.error} onRetry={() => void query.refetch()} onSignIn={onSignIn} />
    );
  }
  const skipped = query.data.skipped;
  if (workloads.length === 0) {
    return (
      <EmptyState large status title={t('usage.emptyTitle')}>
        <p>{t('usage.emptyBody')}</p>
        {skipped > 0 ? (
          <p className="notice">{t('common.rowsSkipped', { count: skipped })}</p>
        ) : null}
      </EmptyState>
    );
  }
  const funnel = usageFunnel(products);
  return (
    <div className="view usage">
      {query.isRefetchError ? (
        <RefetchErrorNotice error={query.error} onRetry={() => void query.refetch()} />
      ) : null}
      {skipped > 0 ? <p className="notice">{t('common.rowsSkipped', { count: skipped })}</p> : null}
      <h2 className="section-title">{t('usage.title')}</h2>
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
            value: format.percent(ratio(funnel.used, funnel.deployed)),
          },
        ]}
      />
      <p className="panel__subtitle">{t('usage.usedNote')}</p>
      <Panel title={t('usage.chartTitle')}>
        {Chart ? (
          <Chart.UsageChart
            workloads={bars}
            summary={t('usage.chartSummary', { count: bars.length })}
          />
        ) : (
          <Skeleton height={`${bars.length * 44 + 70}px`} />
        )}
      </Panel>
      <Panel title={t('usage.byProduct')}>
        <ProductUsageTable rows={products} />
      </Panel>
      <Panel title={t('usage.byWorkload')}>
        <WorkloadTable rows={workloads} />
      </Panel>
    </div>
  );
}
