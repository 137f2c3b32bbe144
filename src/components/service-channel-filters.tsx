// The service and channel filters every view shares (customer snapshot, portfolio).
import { useId, type ReactNode } from 'react';

import { useI18n } from '@/lib/i18n/i18n-provider';

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
  const serviceId = useId();
  const channelId = useId();
  // A value from a bookmark that this customer's data no longer has stays selectable, so
  // the user sees why the view is empty instead of silently losing their filter.
  const serviceOptions = service && !services.includes(service) ? [...services, service] : services;
  const channelOptions = channel && !channels.includes(channel) ? [...channels, channel] : channels;
  return (
    <div className="filters" role="group" aria-label={t('deployment.filters')}>
      <label htmlFor={serviceId}>{t('deployment.service')}</label>
      <select
        id={serviceId}
        value={service ?? ''}
        onChange={(event) => onChange({ service: event.target.value || undefined })}
      >
        <option value="">{t('deployment.allServices')}</option>
        {serviceOptions.map((value) => (
          <option key={value} value={value}>
            {value}
          </option>
        ))}
      </select>
      <label htmlFor={channelId}>{t('deployment.channel')}</label>
      <select
        id={channelId}
        value={channel ?? ''}
        onChange={(event) => onChange({ channel: event.target.value || undefined })}
      >
        <option value="">{t('deployment.allChannels')}</option>
        {channelOptions.map((value) => (
          <option key={value} value={value}>
            {value}
          </option>
        ))}
      </select>
      {children ? <div className="filters__actions">{children}</div> : null}
    </div>
  );
}
