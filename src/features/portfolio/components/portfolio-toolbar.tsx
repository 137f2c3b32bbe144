import { useId } from 'react';

import { Collapsible } from '@/components/collapsible';
import { ExportCsvButton } from '@/components/export-csv-button';
import { ServiceChannelFilters } from '@/components/service-channel-filters';
import { useI18n } from '@/lib/i18n/i18n-provider';

import type { PortfolioSearch } from '../lib/portfolio-search';

/** Search, service/channel filters, "flagged only" and export: all of it URL state. */
export function PortfolioToolbar({
  search,
  onSearchChange,
  services,
  channels,
  flaggedCount,
  canExport,
  buildCsv,
}: {
  search: PortfolioSearch;
  onSearchChange(patch: Partial<PortfolioSearch>): void;
  services: readonly string[];
  channels: readonly string[];
  flaggedCount: number;
  canExport: boolean;
  buildCsv(): { fileName: string; csv: string };
}) {
  const { t, format } = useI18n();
  const searchId = useId();
  return (
    <>
      <div className="search-box">
        <label htmlFor={searchId}>{t('portfolio.searchLabel')}</label>
        <input
          id={searchId}
          type="search"
          value={search.q ?? ''}
          placeholder={t('portfolio.searchPlaceholder')}
          autoComplete="off"
          maxLength={100}
          onChange={(event) => onSearchChange({ q: event.target.value || undefined })}
        />
      </div>
      <Collapsible
        className="portfolio-filters"
        summary={
          <>
            {t('portfolio.filtersSummary')}{' '}
            <span className="collapsible__summary-detail">
              {[
                search.service ?? t('filters.allServices'),
                search.channel ?? t('filters.allChannels'),
                ...(search.flagged ? [t('portfolio.flagged')] : []),
              ].join(' · ')}
            </span>
          </>
        }
      >
        <ServiceChannelFilters
          services={services}
          channels={channels}
          service={search.service}
          channel={search.channel}
          onChange={onSearchChange}
        >
          <label className="checkbox">
            <input
              type="checkbox"
              checked={Boolean(search.flagged)}
              onChange={(event) => onSearchChange({ flagged: event.target.checked || undefined })}
            />
            {t('portfolio.flaggedOnly', { count: format.integer(flaggedCount) })}
          </label>
          <ExportCsvButton disabled={!canExport} build={buildCsv} />
        </ServiceChannelFilters>
      </Collapsible>
    </>
  );
}
