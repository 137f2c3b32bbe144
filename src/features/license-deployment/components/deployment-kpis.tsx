import { useI18n } from '@/lib/i18n/i18n-provider';

import type { DeploymentTotals } from '../lib/deployment-rows';

export function DeploymentKpis({ totals }: { totals: DeploymentTotals }) {
  const { t, format } = useI18n();
  const figures = [
    { id: 'sold', label: t('deployment.sold'), value: format.integer(totals.sold) },
    { id: 'deployed', label: t('deployment.deployed'), value: format.integer(totals.deployed) },
    { id: 'unused', label: t('deployment.unused'), value: format.integer(totals.unused) },
    { id: 'percent', label: t('deployment.percent'), value: format.percent(totals.percent) },
  ];
  return (
    <dl className="kpis">
      {figures.map((figure) => (
        <div key={figure.id} className={`kpi kpi--${figure.id}`} data-kpi={figure.id}>
          <dt className="kpi__label">{figure.label}</dt>
          <dd className="kpi__value">{figure.value}</dd>
        </div>
      ))}
    </dl>
  );
}

export function DataAsOf({ date }: { date: Date | null }) {
  const { t, format } = useI18n();
  if (!date) return <p className="as-of">{t('deployment.asOfUnknown')}</p>;
  return (
    <p className="as-of">
      {t('deployment.asOf')}{' '}
      <time dateTime={date.toISOString()} title={format.dateTime(date)}>
        {format.relative(date)}
      </time>{' '}
      <span className="as-of__exact">({format.dateTime(date)})</span>
    </p>
  );
}
