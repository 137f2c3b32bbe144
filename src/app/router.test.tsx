import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';

import { customerKeys } from '@/lib/api/query-keys';
import { server, setupEmulator } from '@/testing/msw-server';
import { renderApp } from '@/testing/render-app';

import { EDGE_CUSTOMERS, SEED_CUSTOMER_ID } from '../../emulators/partner-center/fixtures.js';

setupEmulator();

/** Every Partner Center path (with query) the app requested, in order. */
function recordRequests() {
  const paths: string[] = [];
  server.events.on('request:start', ({ request }) => {
    const url = new URL(request.url);
    paths.push(`${url.pathname.replace('/pc-api', '')}${url.search}`);
  });
  return paths;
}

afterEach(() => server.events.removeAllListeners());

const E1 = (id: string) => `/v1/customers/${id}/analytics/licenses/deployment`;

describe('the router owns the data path', () => {
  it('sends a customer id with spaces or capitals once, canonical, and shows the canonical URL', async () => {
    const requests = recordRequests();
    const { router } = renderApp(`/customers/%20${SEED_CUSTOMER_ID.toUpperCase()}%20?sort=product`);
    expect(
      await screen.findByRole('heading', { level: 1, name: 'DT DEMO CSP CUSTOMER 005' }),
    ).toBeInTheDocument();
    expect(router.state.location.pathname).toBe(`/customers/${SEED_CUSTOMER_ID}`);
    expect(router.state.location.search).toMatchObject({ sort: 'product' });
    const customerPaths = requests.filter((path) => path.startsWith('/v1/customers/'));
    expect(customerPaths).toEqual(
      expect.arrayContaining([`/v1/customers/${SEED_CUSTOMER_ID}`, E1(SEED_CUSTOMER_ID)]),
    );
    expect(customerPaths.every((path) => path.includes(SEED_CUSTOMER_ID))).toBe(true);
  });

  it('starts a customer’s data when its link is hovered, before the click', async () => {
    const user = userEvent.setup();
    const requests = recordRequests();
    renderApp('/customers');
    const first = (await screen.findAllByRole('link', { name: /onmicrosoft/ }))[0];
    if (!first) throw new Error('no customer link');
    const id = first.getAttribute('href')?.split('/').pop() ?? '';
    expect(requests).not.toContain(E1(id));
    await user.hover(first);
    await waitFor(() => expect(requests).toContain(E1(id)));
    await user.click(first);
    expect(await screen.findByRole('table')).toBeInTheDocument();
    // The click reused what the hover fetched.
    expect(requests.filter((path) => path === E1(id))).toHaveLength(1);
  });

  it('starts the page’s data in the loader: a preloaded route has it cached before rendering', async () => {
    const { router, queryClient } = renderApp('/customers');
    await router.preloadRoute({
      to: '/customers/$customerId',
      params: { customerId: EDGE_CUSTOMERS.edgeCases },
    });
    await waitFor(() =>
      expect(
        queryClient.getQueryState(customerKeys.licenseDeployment(EDGE_CUSTOMERS.edgeCases))?.status,
      ).toBe('success'),
    );
  });

  it('reads the latest trend point once, however often the tab is opened', async () => {
    const user = userEvent.setup();
    const requests = recordRequests();
    renderApp(`/customers/${EDGE_CUSTOMERS.edgeCases}?tab=trend`);
    await screen.findByRole('heading', { name: 'Month by month' }, { timeout: 8000 });
    await user.click(screen.getByRole('link', { name: 'Snapshot' }));
    await screen.findByRole('heading', { name: 'Licenses sold vs deployed' });
    await user.click(screen.getByRole('link', { name: 'Trend' }));
    await screen.findByRole('heading', { name: 'Month by month' });
    const latest = requests.filter(
      (path) =>
        path.startsWith('/v1/analytics/commercial/deployment/license') &&
        !path.includes('processedDateTime'),
    );
    expect(latest).toHaveLength(1);
  });

  it('never carries a setting it ignored into the tab links', async () => {
    renderApp(`/customers/${EDGE_CUSTOMERS.edgeCases}?sort=sideways&channel=reseller`);
    expect(await screen.findByText(/reset to their defaults: sort/)).toBeInTheDocument();
    const trend = await screen.findByRole('link', { name: 'Trend' });
    expect(trend).toHaveAttribute(
      'href',
      `/customers/${EDGE_CUSTOMERS.edgeCases}?channel=reseller&tab=trend`,
    );
  });
});
