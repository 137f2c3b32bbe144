import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';

import { emulatorResponse, server, setupEmulator } from '@/testing/msw-server';
import { renderApp, TEST_BASE_URL } from '@/testing/render-app';

import { deploymentRows } from '../../../emulators/partner-center/analytics-rows.js';
import { getDefaultDataset } from '../../../emulators/partner-center/dataset.js';
import { EDGE_CUSTOMERS, SEED_CUSTOMER_ID } from '../../../emulators/partner-center/fixtures.js';
import { snapshotDates } from '../../../emulators/partner-center/history.js';

setupEmulator();

const E3 = `${TEST_BASE_URL}/v1/analytics/commercial/deployment/license`;
const EDGE = EDGE_CUSTOMERS.edgeCases;
const WAIT = { timeout: 8000 };
const int = (n: number) => new Intl.NumberFormat('en-US').format(n);
const month = (iso: string) =>
  new Intl.DateTimeFormat('en-US', { year: 'numeric', month: 'short', timeZone: 'UTC' }).format(
    new Date(`${iso.slice(0, 10)}T00:00:00Z`),
  );

/** The emulator's figures for one customer at snapshot `index`, summed as the trend sums. */
function expectedPoint(customerId: string, index: number, product?: string) {
  const rows = deploymentRows(getDefaultDataset(), index).filter(
    (row) =>
      row.customerTenantId === customerId && (product === undefined || row.productName === product),
  );
  const sold = rows.reduce((sum, row) => sum + row.licensesSold, 0);
  const deployed = rows.reduce((sum, row) => sum + row.licensesDeployed, 0);
  const unused = rows.reduce(
    (sum, row) => sum + Math.max(0, row.licensesSold - row.licensesDeployed),
    0,
  );
  return { sold, deployed, unused, month: month(snapshotDates()[index] ?? '') };
}

function tableRows(name: string) {
  const section = screen.getByRole('heading', { name }).closest('section');
  return within(section as HTMLElement)
    .getAllByRole('row')
    .slice(1)
    .map((row) => Array.from(row.querySelectorAll('th, td'), (cell) => cell.textContent?.trim()));
}

/** E3 through the real core, slowed a little so concurrency can be observed. */
function observeMonthRequests() {
  const log = { requests: [] as (string | null)[], active: 0, maxActive: 0 };
  server.use(
    http.get(E3, async ({ request }) => {
      const url = new URL(request.url);
      log.requests.push(url.searchParams.get('processedDateTime'));
      log.active++;
      log.maxActive = Math.max(log.maxActive, log.active);
      await new Promise((resolve) => setTimeout(resolve, 15));
      log.active--;
      return emulatorResponse(request, url);
    }),
  );
  return log;
}

describe('customer trend tab', () => {
  it('draws 12 month-end points equal to the emulator’s history, at most 4 requests at a time', async () => {
    const log = observeMonthRequests();
    renderApp(`/customers/${EDGE}?tab=trend`);
    await waitFor(() => expect(tableRows('Month by month')).toHaveLength(12), WAIT);
    await waitFor(() => expect(screen.queryByText(/months loaded/)).not.toBeInTheDocument(), WAIT);
    const expected = Array.from({ length: 12 }, (_, index) => expectedPoint(EDGE, index));
    expect(tableRows('Month by month').map((row) => row.slice(0, 4))).toEqual(
      expected.map((p) => [p.month, int(p.sold), int(p.deployed), int(p.unused)]),
    );
    // The latest point is the snapshot: E1 and E3 agree for this customer.
    const snapshot = getDefaultDataset().byId.get(EDGE)?.licenses ?? [];
    expect(expected[0]?.sold).toBe(snapshot.reduce((sum, row) => sum + row.licensesSold, 0));
    expect(expected[0]?.deployed).toBe(
      snapshot.reduce((sum, row) => sum + row.licensesDeployed, 0),
    );
    expect(log.requests[0]).toBeNull();
    expect(log.requests.slice(1).sort()).toEqual(
      snapshotDates()
        .slice(1, 12)
        .map((date) => date.slice(0, 10))
        .sort(),
    );
    expect(log.maxActive).toBeLessThanOrEqual(4);
    expect(log.maxActive).toBeGreaterThan(1);
  });

  it('shows one product over 24 months and keeps the choice in the URL', async () => {
    const user = userEvent.setup();
    const { router } = renderApp(`/customers/${EDGE}?tab=trend&months=24`);
    await waitFor(() => expect(tableRows('Month by month')).toHaveLength(24), WAIT);
    await user.selectOptions(screen.getByLabelText('Product'), 'OFFICE 365 E3');
    await waitFor(() =>
      expect(router.state.location.search).toMatchObject({ product: 'OFFICE 365 E3', months: 24 }),
    );
    const rows = tableRows('Month by month');
    rows.forEach((row, index) => {
      const p = expectedPoint(EDGE, index, 'OFFICE 365 E3');
      const shown =
        p.sold === 0 && p.deployed === 0 && row[1] === 'not sold yet'
          ? [p.month, 'not sold yet']
          : [p.month, int(p.sold), int(p.deployed), int(p.unused)];
      expect(row.slice(0, shown.length)).toEqual(shown);
    });
  });

  it('says there is no history and hides the tab when Partner Center refuses processedDateTime', async () => {
    server.use(
      http.get(E3, ({ request }) => {
        if (new URL(request.url).searchParams.has('processedDateTime'))
          return HttpResponse.json(
            { code: 800002, description: 'Invalid request input.' },
            { status: 400 },
          );
        return undefined;
      }),
    );
    renderApp(`/customers/${EDGE}?tab=trend`);
    expect(
      await screen.findByRole('heading', { name: 'No history for this customer' }, WAIT),
    ).toBeVisible();
    const tabs = screen.getByRole('navigation', { name: 'Customer views' });
    expect(
      within(tabs)
        .getAllByRole('link')
        .map((link) => link.textContent),
    ).toEqual(['Snapshot', 'Usage', 'Right-size']);
  });

  it('reports no history for a customer absent from E3 (the seed customer, processed in 2017)', async () => {
    renderApp(`/customers/${SEED_CUSTOMER_ID}?tab=trend`);
    expect(
      await screen.findByRole('heading', { name: 'No history for this customer' }, WAIT),
    ).toBeVisible();
  });
});

describe('customer usage tab', () => {
  it('answers sold → deployed → used per product from E1 and E4', async () => {
    renderApp(`/customers/${EDGE}?tab=usage`);
    await screen.findByRole('heading', { name: 'Per product' }, WAIT);
    const customer = getDefaultDataset().byId.get(EDGE);
    const usage = await (
      await fetch(`${TEST_BASE_URL}/v1/customers/${EDGE}/analytics/licenses/usage`)
    ).json();
    const items = usage.items as {
      productName: string;
      licensesActive: number;
      workloadName: string;
    }[];
    const used = (product: string) =>
      Math.max(0, ...items.filter((i) => i.productName === product).map((i) => i.licensesActive));
    const office = customer?.licenses.find((row) => row.productName === 'OFFICE 365 E3');
    const row = tableRows('Per product').find((cells) => cells[0] === 'OFFICE 365 E3');
    expect(row?.slice(0, 4)).toEqual([
      'OFFICE 365 E3',
      int(office?.licensesSold ?? -1),
      int(office?.licensesDeployed ?? -1),
      int(used('OFFICE 365 E3')),
    ]);
    // Dynamics has no workload usage: said, not shown as 0 % used.
    expect(
      tableRows('Per product').find((cells) => cells[0] === 'DYNAMICS 365 SALES ENTERPRISE'),
    ).toEqual(['DYNAMICS 365 SALES ENTERPRISE', '15', '9', 'no usage tracked']);
    expect(tableRows('Per product and workload')).toHaveLength(items.length);
    const totalUsed = [...new Set(items.map((i) => i.productName))].reduce(
      (sum, p) => sum + used(p),
      0,
    );
    expect(document.querySelector('[data-kpi="used"] dd')).toHaveTextContent(int(totalUsed));
    // Usage % counts only the seats of products with usage tracking; the rest stand apart.
    const trackedNames = new Set(items.map((i) => i.productName));
    const licenses = customer?.licenses ?? [];
    const tracked = licenses
      .filter((l) => trackedNames.has(l.productName))
      .reduce((sum, l) => sum + l.licensesDeployed, 0);
    const untracked = licenses.reduce((sum, l) => sum + l.licensesDeployed, 0) - tracked;
    expect(untracked).toBeGreaterThan(0);
    expect(document.querySelector('[data-kpi="usage"] dd')).toHaveTextContent(
      new Intl.NumberFormat('en-US', {
        style: 'percent',
        minimumFractionDigits: 1,
        maximumFractionDigits: 1,
      }).format(totalUsed / tracked),
    );
    expect(document.querySelector('[data-kpi="untracked"] dd')).toHaveTextContent(int(untracked));
    expect(screen.getByTestId('usage-basis')).toHaveTextContent(
      `${int(totalUsed)} used of the ${int(tracked)} seats deployed on products with usage tracking; the ${int(untracked)} deployed seats`,
    );
  });

  it('says when the usage data is from and exports it as CSV like the other tabs', async () => {
    const user = userEvent.setup();
    const files: { name: string; blob: Blob }[] = [];
    const created = vi.fn((blob: Blob) => {
      files.push({ name: '', blob });
      return 'blob:usage';
    });
    Object.assign(URL, { createObjectURL: created, revokeObjectURL: vi.fn() });
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      const last = files.at(-1);
      if (last) last.name = this.download;
    });
    try {
      renderApp(`/customers/${EDGE}?tab=usage`);
      await screen.findByRole('heading', { name: 'Per product' }, WAIT);
      expect(screen.getByText(/Data as of/)).toHaveTextContent(/Nov 23, 2026/);
      await user.click(screen.getByRole('button', { name: 'Export CSV' }));
      expect(files).toHaveLength(1);
      expect(files[0]?.name).toBe('license-usage_Lamna-Healthcare-Cas-Limites_2026-11-23.csv');
      const lines = (await files[0]!.blob.text()).replace(/^\uFEFF/, '').split('\r\n');
      expect(lines[0]).toBe(
        'customerId,customerName,productName,usageTracked,licensesSold,licensesDeployed,' +
          'usedSeats,workloadName,activeUsers,licensedUsers,workloadUsagePercent,processedDateTime',
      );
      expect(lines).toContain(
        `${EDGE},Lamna Healthcare — Cas Limites,DYNAMICS 365 SALES ENTERPRISE,no,15,9,,,,,,2026-11-23T03:25:16.360Z`,
      );
    } finally {
      click.mockRestore();
    }
  });

  it('shows a specific message for a customer without a relationship (403 20002)', async () => {
    renderApp(`/customers/${EDGE_CUSTOMERS.noRelationship}?tab=usage`);
    expect(
      await screen.findByRole('heading', { name: 'No relationship with this customer' }, WAIT),
    ).toBeVisible();
  });
});
