import { useI18n } from '@/lib/i18n/i18n-provider';

/**
 * The filters a view applies, as one line of text that only prints: on paper the selects
 * and toggles are hidden (print.css), and a report must still say what it covers.
 */
export function PrintedFilters({ items }: { items: readonly { label: string; value: string }[] }) {
  const { t } = useI18n();
  const list = items.map((item) => `${item.label}: ${item.value}`).join(' · ');
  return <p className="print-only printed-filters">{t('filters.applied', { list })}</p>;
}
