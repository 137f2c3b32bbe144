import { KpiList } from '@/components/kpi-list';
import { useI18n } from '@/lib/i18n/i18n-provider';

import type { DeploymentTotals } from '../lib/deployment-rows';

export function DeploymentKpis({ totals }: { totals: DeploymentTotals }) {
  const { t, format } = useI18n();
  return (
    <KpiList
      figures={[
        { id: 'sold', label: t('deployment.sold'), value: format.integer(totals.sold) },
        { id: 'deployed', label: t('deployment.deployed'), value: format.integer(totals.deployed) },
        { id: 'unused', label: t('deployment.unused'), value: format.integer(totals.unused) },
        { id: 'percent', label: t('deployment.percent'), value: format.percent(totals.percent) },
      ]}
    />
  );
}
