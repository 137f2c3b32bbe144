import { downloadCsv } from '@/lib/csv';
import { useI18n } from '@/lib/i18n/i18n-provider';

/** "Export CSV": builds the file only when clicked (a 20,000-row view costs nothing before). */
export function ExportCsvButton({
  disabled,
  build,
}: {
  disabled: boolean;
  build(): { fileName: string; csv: string };
}) {
  const { t } = useI18n();
  return (
    <button
      type="button"
      className="button"
      disabled={disabled}
      onClick={() => {
        const { fileName, csv } = build();
        downloadCsv(fileName, csv);
      }}
    >
      {t('common.exportCsv')}
    </button>
  );
}
