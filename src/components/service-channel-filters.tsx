import type { ReactNode } from 'react';

import { channelName, serviceName } from '@/lib/i18n/code-names';
import { useI18n } from '@/lib/i18n/i18n-provider';

import { FilterSelect } from './filter-select';

// The service and channel filters every view shares (customer snapshot, portfolio), and
// the bar's actions (export, toggles) at its end.

export interface ServiceChannelFiltersProps {
  services: readonly string[];
  channels: readonly string[];
  service: string | undefined;
  channel: string | undefined;
  onChange(filters: { service?: string | undefined; channel?: string | undefined }): void;
  /** Actions shown at the end of the bar (export). */
  children?: ReactNode;
}

export function ServiceChannelFilters({
  services,
  channels,
  service,
  channel,
  onChange,
  children,
}: ServiceChannelFiltersProps) {
  const { t } = useI18n();
  return (
    <div className="filters" role="group" aria-label={t('filters.title')}>
      <FilterSelect
        label={t('filters.service')}
        allLabel={t('filters.allServices')}
        options={services}
        value={service}
        onChange={(value) => onChange({ service: value })}
        nameOf={(code) => serviceName(t, code)}
      />
      <FilterSelect
        label={t('filters.channel')}
        allLabel={t('filters.allChannels')}
        options={channels}
        value={channel}
        onChange={(value) => onChange({ channel: value })}
        nameOf={(code) => channelName(t, code)}
      />
      {children ? <div className="filters__actions">{children}</div> : null}
    </div>
  );
}
