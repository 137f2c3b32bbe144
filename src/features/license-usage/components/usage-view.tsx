import { useMemo } from 'react';

import { EmptyState } from '@/components/empty-state';
import { KpiList } from '@/components/kpi-list';
import { LazySlot } from '@/components/lazy-slot';
import { Panel } from '@/components/panel';
import { QueryState } from '@/components/query-state';
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
      {(data) => (
        <div className="view usage">
          {skippedNotice(data.skipped)}
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
      )}
    </QueryState>
  );
}
