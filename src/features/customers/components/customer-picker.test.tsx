import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';

import { setupEmulator } from '@/testing/msw-server';
import { renderApp } from '@/testing/render-app';

import { getDefaultDataset } from '../../../../emulators/partner-center/dataset.js';

setupEmulator();

const customers = getDefaultDataset().customers;

function listedNames() {
  const list = screen.getByRole('region', { name: /customers/i });
  return within(list)
    .getAllByRole('link')
    .map((link) => link.querySelector('.customer-list__name')?.textContent);
}

describe('customer picker', () => {
  it('lists the first page and loads more through the continuation link', async () => {
    const user = userEvent.setup();
    renderApp('/customers');
    await screen.findByText('50 customers shown — more available');
    expect(listedNames()).toEqual(customers.slice(0, 50).map((c) => c.companyName));
    await user.click(screen.getByRole('button', { name: 'Load more customers' }));
    await screen.findByText('100 customers shown — more available');
    expect(listedNames()).toEqual(customers.slice(0, 100).map((c) => c.companyName));
  });

  it('searches company names and domains on the server and keeps the search in the URL', async () => {
    const user = userEvent.setup();
    const { router } = renderApp('/customers');
    await screen.findByText(/customers shown/);
    await user.type(screen.getByLabelText('Search customers'), 'dt demo');
    expect(
      await screen.findByRole('heading', { name: 'Customers matching “dt demo”' }),
    ).toBeInTheDocument();
    await waitFor(() => expect(listedNames()).toEqual(['DT DEMO CSP CUSTOMER 005']));
    expect(router.state.location.search).toEqual({ q: 'dt demo' });

    await user.clear(screen.getByLabelText('Search customers'));
    await user.type(screen.getByLabelText('Search customers'), 'dtdemocsp');
    await screen.findByRole('heading', { name: 'Customers matching “dtdemocsp”' });
    await waitFor(() => expect(listedNames()).toEqual(['DT DEMO CSP CUSTOMER 005']));
  });

  it('says so when nothing matches', async () => {
    const user = userEvent.setup();
    renderApp('/customers');
    await user.type(await screen.findByLabelText('Search customers'), 'zzzz-nobody');
    expect(
      await screen.findByText('No customer name or domain starts with “zzzz-nobody”.'),
    ).toBeInTheDocument();
  });

  it('offers to open a pasted customer id', async () => {
    const user = userEvent.setup();
    const { router } = renderApp('/customers');
    await user.type(
      await screen.findByLabelText('Search customers'),
      '{{4D3CF487-70F4-4E1E-9FF1-B2BFCE8D9F04}',
    );
    await user.keyboard('{Enter}');
    await waitFor(() =>
      expect(router.state.location.pathname).toBe(
        '/customers/4d3cf487-70f4-4e1e-9ff1-b2bfce8d9f04',
      ),
    );
  });
});
