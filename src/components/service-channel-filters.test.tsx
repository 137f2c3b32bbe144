import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';

import { I18nProvider } from '@/lib/i18n/i18n-provider';

import { ServiceChannelFilters } from './service-channel-filters';

function showFilters(locale: 'en-US' | 'fr-FR', onChange = vi.fn()) {
  render(
    <I18nProvider locale={locale}>
      <ServiceChannelFilters
        services={['crm', 'o365', 'azure-thing']}
        channels={['direct', 'reseller']}
        service={undefined}
        channel={undefined}
        onChange={onChange}
      />
    </I18nProvider>,
  );
  return onChange;
}

describe('service and channel filters', () => {
  it('show names for Partner Center’s codes and still choose the code', async () => {
    const onChange = showFilters('en-US');
    const service = screen.getByLabelText('Service');
    expect(screen.getByRole('option', { name: 'Microsoft 365 (Office 365)' })).toHaveValue('o365');
    expect(screen.getByRole('option', { name: 'Dynamics 365 (CRM)' })).toHaveValue('crm');
    // A code without a known name is shown as Partner Center sent it.
    expect(screen.getByRole('option', { name: 'azure-thing' })).toBeInTheDocument();
    await userEvent.selectOptions(service, 'Microsoft 365 (Office 365)');
    expect(onChange).toHaveBeenCalledWith({ service: 'o365' });
  });

  it('names the channels in French', async () => {
    showFilters('fr-FR');
    expect(await screen.findByRole('option', { name: 'Revendeur' })).toHaveValue('reseller');
    expect(screen.getByRole('option', { name: 'Direct' })).toHaveValue('direct');
  });
});
