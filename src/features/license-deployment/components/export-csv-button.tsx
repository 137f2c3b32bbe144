import { downloadCsv } from '@/lib/csv';
import { useI18n } from '@/lib/i18n/i18n-provider';

import { deploymentCsv } from '../lib/deployment-csv';
import type { DeploymentRow } from '../lib/deployment-rows';

export function ExportCsvButton({
  customer,
  rows,
  processed,
}: {
  customer: { id: string; name: string };
  rows: readonly DeploymentRow[];
  processed: Date | null;
}) {
  const { t } = useI18n();
  return (
    <button
      type="button"
      className="button"
      disabled={rows.length === 0}
      onClick={() => {
        const { fileName, csv } = deploymentCsv(customer, rows, processed);
        downloadCsv(fileName, csv);
      }}
    >
      {t('deployment.exportCsv')}
    </button>
  );
}
