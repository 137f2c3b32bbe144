import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';

import { emulatorResponse, server, setupEmulator } from '@/testing/msw-server';
import { renderApp, TEST_BASE_URL } from '@/testing/render-app';

import { EDGE_CUSTOMERS, SEED_CUSTOMER_ID } from '../../../emulators/partner-center/fixtures.js';

setupEmulator();

function tableRows() {
  const table = screen.getByRole('table');
  return within(table)
    .getAllByRole('row')
    .slice(1)
    .map((row) =>
      Array.from(row.querySelectorAll('th, td'), (cell) => cell.firstChild?.textContent?.trim()),
    );
}

describe('customer view', () => {
  it('shows the seed customer’s three products with the right numbers, most unused first', async () => {
    renderApp(`/customers/${SEED_CUSTOMER_ID}`);
    expect(
      await screen.findByRole('heading', { level: 1, name: 'DT DEMO CSP CUSTOMER 005' }),
    ).toBeInTheDocument();
    await screen.findByRole('table');
    expect(tableRows()).toEqual([
      ['EXCHANGE ONLINE (PLAN 1)', '5', '0', '5', '0', '0.0%'],
      ['EXCHANGE ONLINE ARCHIVING FOR EXCHANGE ONLINE', '2', '0', '2', '0', '0.0%'],
      ['OFFICE 365 BUSINESS ESSENTIALS', '1', '0', '1', '0', '0.0%'],
    ]);
    const kpis = screen.getAllByRole('definition').map((dd) => dd.textContent);
    expect(kpis.slice(0, 5)).toEqual(['8', '0', '8', '0', '0.0%']);
    // Nothing over-assigned: sold − deployed is the unused figure, nothing to explain.
    expect(screen.queryByTestId('seat-arithmetic')).not.toBeInTheDocument();
    expect(screen.getByText(/Mar 14, 2017/)).toBeInTheDocument();
  });

  it('shows over-assigned seats apart and explains why sold − deployed is not unused', async () => {
    renderApp(`/customers/${EDGE_CUSTOMERS.edgeCases}`);
    await screen.findByRole('table');
    const kpi = (id: string) => document.querySelector(`[data-kpi="${id}"] dd`)?.textContent;
    // Per product: 25 + 5 + 6 unused = 36; 4 (0 sold) + 3 (10 sold, 13 deployed) = 7 over.
    expect([kpi('sold'), kpi('deployed'), kpi('unused'), kpi('overAssigned')]).toEqual([
      '102',
      '73',
      '36',
      '7',
    ]);
    expect(screen.getByTestId('seat-arithmetic')).toHaveTextContent(
      '102 sold − 73 deployed = 29, but 36 seats are unused on some products and 7 are over-assigned on others',
    );
    // 4 deployed of 0 sold reads as 4 over-assigned, not as a harmless "0 unused".
    const teams = tableRows().find((row) => row[0] === 'MICROSOFT TEAMS ESSENTIALS');
    expect(teams).toEqual(['MICROSOFT TEAMS ESSENTIALS', '0', '4', '0', '4', '—']);
    const header = screen.getByRole('columnheader', { name: /Over-assigned seats/ });
    expect(header).toBeInTheDocument();
  });

  it('keeps sort and filters in the URL', async () => {
    const user = userEvent.setup();
    const { router } = renderApp(`/customers/${SEED_CUSTOMER_ID}`);
    await screen.findByRole('table');
    await user.click(screen.getByRole('button', { name: /Product/ }));
    await waitFor(() =>
      expect(router.state.location.search).toMatchObject({ sort: 'product', dir: 'asc' }),
    );
    expect(tableRows().map((row) => row[0])).toEqual([
      'EXCHANGE ONLINE (PLAN 1)',
      'EXCHANGE ONLINE ARCHIVING FOR EXCHANGE ONLINE',
      'OFFICE 365 BUSINESS ESSENTIALS',
    ]);
    await user.selectOptions(screen.getByLabelText('Channel'), 'reseller');
    await waitFor(() =>
      expect(router.state.location.search).toMatchObject({ channel: 'reseller', sort: 'product' }),
    );
  });

  it('ignores a bad sort in the URL for real: says so and ranks by unused seats', async () => {
    renderApp(`/customers/${EDGE_CUSTOMERS.edgeCases}?sort=sideways`);
    expect(await screen.findByText(/were reset to their defaults: sort/)).toBeInTheDocument();
    await screen.findByRole('table');
    // POWER BI PRO has the most unused seats (25 sold, 0 deployed); by name it would be last.
    expect(tableRows()[0]?.[0]).toBe('POWER BI PRO');
  });

  it('skips and counts rows it cannot read, and shows the rest', async () => {
    server.use(
      http.get(`${TEST_BASE_URL}/v1/customers/:id/analytics/licenses/deployment`, () =>
        HttpResponse.json({
          totalCount: 3,
          items: [
            {
              productName: 'OFFICE 365 E3',
              licensesSold: '10',
              licensesDeployed: 4,
              serviceName: 'o365',
              channel: 'reseller',
              processedDateTime: '2018-10-14T00:00:00',
              extra: true,
            },
            { productName: 'BROKEN', licensesSold: 'ten', licensesDeployed: 1 },
            { licensesSold: 1, licensesDeployed: 1 },
          ],
          attributes: { objectType: 'Collection' },
        }),
      ),
    );
    renderApp(`/customers/${SEED_CUSTOMER_ID}`);
    await screen.findByRole('table');
    expect(tableRows()).toEqual([['OFFICE 365 E3', '10', '4', '6', '0', '40.0%']]);
    expect(
      screen.getByText('2 row(s) could not be read and are not shown; the rest is.'),
    ).toBeInTheDocument();
  });

  it('skips a row whose date cannot exist (month 13) and still shows the rest and its date', async () => {
    server.use(
      http.get(
        `${TEST_BASE_URL}/v1/customers/:id/analytics/licenses/deployment`,
        async ({ request }) => {
          const body = (await emulatorResponse(request).json()) as {
            items: Record<string, unknown>[];
          };
          body.items = body.items.map((item) =>
            item.productName === 'EXCHANGE ONLINE (PLAN 1)'
              ? { ...item, processedDateTime: '2024-13-01T00:00:00Z' }
              : item,
          );
          return HttpResponse.json(body);
        },
      ),
    );
    renderApp(`/customers/${SEED_CUSTOMER_ID}`);
    await screen.findByRole('table', {}, { timeout: 5000 });
    expect(tableRows()).toEqual([
      ['EXCHANGE ONLINE ARCHIVING FOR EXCHANGE ONLINE', '2', '0', '2', '0', '0.0%'],
      ['OFFICE 365 BUSINESS ESSENTIALS', '1', '0', '1', '0', '0.0%'],
    ]);
    expect(
      screen.getByText('1 row(s) could not be read and are not shown; the rest is.'),
    ).toBeInTheDocument();
    expect(screen.getByText(/Mar 14, 2017/)).toBeInTheDocument();
    expect(screen.queryByText('Something went wrong in this view')).not.toBeInTheDocument();
  });

  it('skips a row with a negative count instead of showing −50 % and invented spare seats', async () => {
    server.use(
      http.get(
        `${TEST_BASE_URL}/v1/customers/:id/analytics/licenses/deployment`,
        async ({ request }) => {
          const body = (await emulatorResponse(request).json()) as {
            items: Record<string, unknown>[];
          };
          body.items = body.items.map((item) =>
            item.productName === 'OFFICE 365 BUSINESS ESSENTIALS'
              ? { ...item, licensesSold: 10, licensesDeployed: -5 }
              : item.productName === 'EXCHANGE ONLINE ARCHIVING FOR EXCHANGE ONLINE'
                ? { ...item, licensesSold: '12345678901234567890' }
                : item,
          );
          return HttpResponse.json(body);
        },
      ),
    );
    renderApp(`/customers/${SEED_CUSTOMER_ID}`);
    await screen.findByRole('table');
    expect(tableRows()).toEqual([['EXCHANGE ONLINE (PLAN 1)', '5', '0', '5', '0', '0.0%']]);
    expect(
      screen.getByText('2 row(s) could not be read and are not shown; the rest is.'),
    ).toBeInTheDocument();
  });

  it('isolates a product name with a right-to-left override from its figures', async () => {
    const hostile = 'EXCHANGE \u202EONLINE (PLAN 1)';
    server.use(
      http.get(
        `${TEST_BASE_URL}/v1/customers/:id/analytics/licenses/deployment`,
        async ({ request }) => {
          const body = (await emulatorResponse(request).json()) as {
            items: Record<string, unknown>[];
          };
          body.items = body.items.map((item) =>
            item.productName === 'EXCHANGE ONLINE (PLAN 1)'
              ? { ...item, productName: hostile }
              : item,
          );
          return HttpResponse.json(body);
        },
      ),
    );
    renderApp(`/customers/${SEED_CUSTOMER_ID}`);
    await screen.findByRole('table', {}, { timeout: 5000 });
    const row = screen.getByText(hostile).closest('tr')!;
    expect(row.querySelector('th > bdi')).toHaveTextContent(hostile);
    expect(Array.from(row.querySelectorAll('td'), (cell) => cell.textContent)).toEqual([
      '5',
      '0',
      '5',
      '0',
      '0.0%',
    ]);
  });

  it('names the field when the answer does not fit at all', async () => {
    server.use(
      http.get(`${TEST_BASE_URL}/v1/customers/:id/analytics/licenses/deployment`, () =>
        HttpResponse.json({ totalCount: 1, value: [] }),
      ),
    );
    renderApp(`/customers/${SEED_CUSTOMER_ID}`);
    expect(
      await screen.findByRole('heading', {
        name: 'Partner Center returned data in an unexpected shape',
      }),
    ).toBeInTheDocument();
    expect(screen.getByText(/The field “items” did not contain/)).toBeInTheDocument();
  });

  it('explains a missing relationship (403 20002) with the ids for support', async () => {
    renderApp('/customers/7c1f2a4e-5b6d-4e8f-9a0b-1c2d3e4f5a04');
    expect(
      await screen.findByRole('heading', { name: 'No relationship with this customer' }),
    ).toBeInTheDocument();
    expect(screen.getByText('MS-CorrelationId')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Back to customers' })).toBeInTheDocument();
  });

  it('keeps the data on screen when a background refresh fails, with a notice', async () => {
    const { queryClient } = renderApp(`/customers/${SEED_CUSTOMER_ID}`);
    await screen.findByRole('table');
    server.use(
      http.get(`${TEST_BASE_URL}/v1/customers/:id/analytics/licenses/deployment`, () =>
        HttpResponse.json(
          { code: 900150, description: 'Role missing', source: 'PartnerFD' },
          { status: 403 },
        ),
      ),
    );
    await queryClient.refetchQueries();
    expect(await screen.findByText('Could not refresh:')).toBeInTheDocument();
    expect(screen.getByText(/Your Partner Center role cannot read analytics/)).toBeInTheDocument();
    expect(tableRows()).toHaveLength(3);
  });
});
