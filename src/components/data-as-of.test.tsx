import { render, screen } from '@testing-library/react';

import { I18nProvider } from '@/lib/i18n/i18n-provider';

import { DataAsOf } from './data-as-of';

const now = new Date('2026-12-02T12:00:00Z');

describe('data as of', () => {
  it('warns beside the date when the data is older than a week', () => {
    render(
      <I18nProvider locale="en-US">
        <DataAsOf date={new Date('2017-03-14T03:25:16Z')} now={now} />
      </I18nProvider>,
    );
    expect(screen.getByText(/^Data as of/)).toHaveTextContent(/^Data as of 10 years ago \(/);
    expect(screen.getByRole('note')).toHaveTextContent(
      'Stale: Partner Center has not processed this data for more than 7 days',
    );
  });

  it('says nothing more for data from yesterday', () => {
    render(
      <I18nProvider locale="en-US">
        <DataAsOf date={new Date('2026-12-01T03:25:16Z')} now={now} />
      </I18nProvider>,
    );
    expect(screen.getByText(/^Data as of/)).toHaveTextContent(/^Data as of yesterday \(/);
    expect(screen.queryByRole('note')).not.toBeInTheDocument();
  });

  it('composes the sentence in French as French does', async () => {
    render(
      <I18nProvider locale="fr-FR">
        <DataAsOf date={new Date('2026-11-24T03:25:16Z')} now={now} />
      </I18nProvider>,
    );
    // Not "Données du la semaine dernière".
    expect(await screen.findByText(/^Données traitées/)).toHaveTextContent(
      /^Données traitées la semaine dernière \(/,
    );
    expect(screen.getByRole('note')).toHaveTextContent(/^Données anciennes/);
  });
});
