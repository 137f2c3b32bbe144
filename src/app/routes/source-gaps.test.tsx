import { screen, within } from '@testing-library/react';

import { setupEmulator } from '@/testing/msw-server';
import { renderApp } from '@/testing/render-app';

import { getDefaultDataset } from '../../../emulators/partner-center/dataset.js';
import { SOURCE_GAP_CUSTOMERS } from '../../../emulators/partner-center/fixtures.js';

// E1 (the per-customer deployment report) and E3 (the analytics) disagreeing, as Partner
// Center has been reported to: the view shows the source that has rows and says which.

setupEmulator();

const LOADED = { timeout: 8000 };

function licensesOf(id: string) {
  const customer = getDefaultDataset().byId.get(id);
  if (!customer) throw new Error(`no emulator customer ${id}`);
  return customer.licenses;
}

function productColumn() {
  return within(screen.getByRole('table'))
    .getAllByRole('row')
    .slice(1)
    .map((row) => row.querySelector('th, td')?.firstChild?.textContent?.trim());
}

describe('when E1 has nothing for a customer the analytics know', () => {
  it.each([
    ['an empty collection', SOURCE_GAP_CUSTOMERS.e1Empty, /returned no rows for this customer/],
    ['404', SOURCE_GAP_CUSTOMERS.e1NotFound, /answered “not found” for this customer/],
    ['400', SOURCE_GAP_CUSTOMERS.e1BadRequest, /refused the request for this customer/],
  ])('E1 answers %s: the analytics rows are shown, and said to be', async (_, id, notice) => {
    renderApp(`/customers/${id}`);
    expect(await screen.findByText(notice, {}, LOADED)).toHaveTextContent(
      /these figures come from its license analytics/,
    );
    const licenses = licensesOf(id);
    expect(productColumn().sort()).toEqual(licenses.map((l) => l.productName).sort());
    const sold = licenses.reduce((sum, l) => sum + l.licensesSold, 0);
    expect(document.querySelector('[data-kpi="sold"] dd')).toHaveTextContent(String(sold));
    expect(screen.queryByText('No licenses to show')).not.toBeInTheDocument();
  });
});

describe('when the analytics have not processed a customer E1 lists', () => {
  it('the snapshot shows E1 as usual and the trend says why it has nothing', async () => {
    const id = SOURCE_GAP_CUSTOMERS.notYetInAnalytics;
    const { router } = renderApp(`/customers/${id}`);
    await screen.findByRole('table', {}, LOADED);
    expect(productColumn()).toEqual([
      'MICROSOFT 365 BUSINESS STANDARD',
      'EXCHANGE ONLINE (PLAN 1)',
    ]);
    expect(document.querySelector('[data-source="analytics"]')).toBeNull();

    await router.navigate({
      to: '/customers/$customerId',
      params: { customerId: id },
      search: { tab: 'trend' },
    });
    expect(
      await screen.findByRole('heading', { name: 'Not in the license analytics yet' }, LOADED),
    ).toBeInTheDocument();
    expect(screen.getByText(/lists 2 products for this customer/)).toBeInTheDocument();
  });
});

describe('when neither source knows the customer', () => {
  it('keeps the not-found panel', async () => {
    renderApp('/customers/00000000-0000-4000-8000-00000000abcd');
    expect(await screen.findByRole('heading', { name: /not found/i }, LOADED)).toBeInTheDocument();
    expect(document.querySelector('[data-source="analytics"]')).toBeNull();
  });
});
