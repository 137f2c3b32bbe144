import { onlineManager, QueryClient } from '@tanstack/react-query';
import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { z } from 'zod/mini';

import { portfolioQueryOptions } from '@/features/portfolio/api/get-portfolio';
import { mergeCustomerSeats } from '@/features/portfolio/lib/portfolio-fold';
import { MAX_PAGES } from '@/lib/api/page-walk';
import { createEmulatorClient } from '@/testing/emulator-client';
import { emulatorResponse, server, setupEmulator } from '@/testing/msw-server';
import { renderApp, TEST_BASE_URL } from '@/testing/render-app';

import { customerTotals } from '../../../e2e/support/portfolio-data';
import { deploymentRows } from '../../../emulators/partner-center/analytics-rows.js';
import { getDefaultDataset } from '../../../emulators/partner-center/dataset.js';

setupEmulator();

const E3 = `${TEST_BASE_URL}/v1/analytics/commercial/deployment/license`;

/** The emulator's E3 rows (one per customer and product), in the order it pages them. */
const e3Rows = (filter: (row: { serviceName: string }) => boolean = () => true) =>
  deploymentRows(getDefaultDataset(), 0).filter(filter);

/** What the portfolio must show, from the emulator's rows (counted as in e2e/support). */
function expectedCustomers(filter: (row: { serviceName: string }) => boolean = () => true) {
  return customerTotals(e3Rows(filter)).sort(
    (a, b) => b.unused - a.unused || a.name.localeCompare(b.name),
  );
}

/** Customers with at least one row among the first `count` rows the emulator pages. */
const customersInFirstRows = (count: number) =>
  new Set(
    e3Rows()
      .slice(0, count)
      .map((row) => row.customerTenantId),
  ).size;

/** The portfolio's walk: ungrouped E3, not the facets (grouped, top=1) nor a trend month. */
function isPortfolioRequest(url: URL) {
  return (
    !url.searchParams.has('groupby') &&
    url.searchParams.get('top') !== '1' &&
    !(url.searchParams.get('filter') ?? '').includes('customerTenantId')
  );
}

// jsdom re-renders a few hundred rows per page slowly; a page is a fraction of a second.
const LOADED = { timeout: 8000 };

const int = (n: number) => new Intl.NumberFormat('en-US').format(n);

function tableRows() {
  const table = screen.getByRole('table');
  return within(table)
    .getAllByRole('row')
    .slice(1)
    .filter((row) => row.querySelector('th'))
    .map((row) => Array.from(row.querySelectorAll('th a, td'), (cell) => cell.textContent?.trim()));
}

/** Serves E3 through the real emulator core, but with pages of `top` rows (paging in tests). */
function smallPages(top: number, fail?: { skip: number; status: number }) {
  const seen: string[] = [];
  const failedIds: string[] = [];
  server.use(
    http.get(E3, ({ request }) => {
      const url = new URL(request.url);
      if (isPortfolioRequest(url)) {
        url.searchParams.set('top', String(top));
        seen.push(url.searchParams.get('skip') ?? '0');
        if (fail && url.searchParams.get('skip') === String(fail.skip)) {
          fail = undefined; // once
          failedIds.push(request.headers.get('MS-CorrelationId') ?? '');
          return HttpResponse.json(
            { code: 800002, description: 'Invalid request input.', source: 'PartnerFD' },
            {
              status: 400,
              headers: { 'MS-CorrelationId': request.headers.get('MS-CorrelationId') ?? '' },
            },
          );
        }
      }
      return emulatorResponse(request, url);
    }),
  );
  return Object.assign(seen, { failedIds });
}

describe('portfolio', () => {
  it('ranks every customer by unused seats with the emulator’s numbers and totals', async () => {
    renderApp('/');
    expect(await screen.findByText(/^All 308 customers loaded/, {}, LOADED)).toBeInTheDocument();
    const expected = expectedCustomers();
    expect(tableRows().slice(0, 5)).toEqual(
      expected.slice(0, 5).map((c) => [
        c.name,
        int(c.sold),
        int(c.deployed),
        int(c.unused),
        int(c.overAssigned),
        new Intl.NumberFormat('en-US', {
          style: 'percent',
          minimumFractionDigits: 1,
          maximumFractionDigits: 1,
        }).format(c.deployed / c.sold),
      ]),
    );
    const sold = expected.reduce((sum, c) => sum + c.sold, 0);
    const unused = expected.reduce((sum, c) => sum + c.unused, 0);
    expect(document.querySelector('[data-kpi="customers"] dd')).toHaveTextContent('308');
    expect(document.querySelector('[data-kpi="sold"] dd')).toHaveTextContent(int(sold));
    expect(document.querySelector('[data-kpi="unused"] dd')).toHaveTextContent(int(unused));
    const over = expected.reduce((sum, c) => sum + c.overAssigned, 0);
    expect(document.querySelector('[data-kpi="overAssigned"] dd')).toHaveTextContent(int(over));
    const deployed = expected.reduce((sum, c) => sum + c.deployed, 0);
    expect(screen.getByTestId('seat-arithmetic')).toHaveTextContent(
      `${int(sold)} sold − ${int(deployed)} deployed = ${int(sold - deployed)}, but ${int(unused)} seats are unused on some products and ${int(over)} are over-assigned on others`,
    );
    expect(screen.getByText(/Nov 23, 2026/)).toBeInTheDocument();
  });

  it('answers “who wastes most” with a top-10 chart whose summary names them and their seats', async () => {
    const user = userEvent.setup();
    renderApp('/');
    await screen.findByText(/^All 308 customers loaded/, {}, LOADED);
    const top = expectedCustomers().slice(0, 10);
    expect(screen.getByRole('heading', { name: 'Most unused seats: top 10' })).toBeVisible();
    const figure = await screen.findByRole('figure', {
      name: /^Bar chart of the 10 customers with the most unused seats/,
    });
    expect(figure).toHaveAccessibleName(
      `Bar chart of the 10 customers with the most unused seats: ${top
        .map((c) => `${c.name} (${int(c.unused)})`)
        .join(', ')}.`,
    );
    // It follows the list: sorted by name, the chart still ranks by unused seats; searched,
    // it shows what the search found.
    await user.click(screen.getByRole('button', { name: /^Customer/ }));
    expect(figure).toHaveAccessibleName(expect.stringContaining(`: ${top[0]?.name} (`));
    await user.type(screen.getByLabelText('Filter customers'), 'Lamna Healthcare — Cas');
    await waitFor(() =>
      expect(screen.getByRole('heading', { name: 'Most unused seats: top 1' })).toBeVisible(),
    );
  });

  it('counts every customer’s unused and over-assigned seats as its own view does (E1)', async () => {
    const client = createEmulatorClient();
    const e1 = z.object({
      items: z.array(z.object({ licensesSold: z.number(), licensesDeployed: z.number() })),
    });
    const queryClient = new QueryClient();
    const data = await queryClient.fetchInfiniteQuery({
      ...portfolioQueryOptions(client, {}),
      pages: MAX_PAGES,
    });
    const portfolio = mergeCustomerSeats(data.pages);
    expect(portfolio).toHaveLength(308);
    // The customer view's figures, from each customer's own E1 answer (a few demo customers
    // answer E1 with a fault on purpose: nothing to compare there).
    const differing: string[] = [];
    let compared = 0;
    for (const customer of portfolio) {
      const known = getDefaultDataset().byId.get(customer.id);
      if (known?.fault) continue;
      // A customer whose E1 is empty, missing or refused shows the analytics' own rows
      // (source-gaps.test.tsx): compare with those.
      const answer = known?.e1Fault
        ? { items: known.licenses }
        : await client.get(`/v1/customers/${customer.id}/analytics/licenses/deployment`, e1);
      compared++;
      const sum = (seats: (i: (typeof answer.items)[number]) => number) =>
        answer.items.reduce((total, item) => total + Math.max(0, seats(item)), 0);
      const unused = sum((i) => i.licensesSold - i.licensesDeployed);
      const over = sum((i) => i.licensesDeployed - i.licensesSold);
      if (customer.unused !== unused || customer.overAssigned !== over)
        differing.push(customer.name);
    }
    expect(compared).toBeGreaterThan(300);
    expect(differing).toEqual([]);
    expect(portfolio.find((c) => c.name === 'Lamna Healthcare — Cas Limites')).toMatchObject({
      unused: 36,
      overAssigned: 7,
    });
    // And on screen: the customer found by name reads 36 unused and 7 over-assigned.
    const user = userEvent.setup();
    renderApp('/');
    await screen.findByText(/^All 308 customers loaded/, {}, LOADED);
    await user.type(screen.getByLabelText('Filter customers'), 'Lamna Healthcare — Cas');
    await waitFor(() =>
      expect(tableRows()).toEqual([
        ['Lamna Healthcare — Cas Limites', '102', '73', '36', '7', '71.6%'],
      ]),
    );
  });

  it('follows @nextLink page after page in the background until every customer is in', async () => {
    const skips = smallPages(2000);
    renderApp('/');
    expect(await screen.findByText(/^All 308 customers loaded/, {}, LOADED)).toBeInTheDocument();
    // 11,207 customer × product rows in pages of 2,000.
    expect([...skips]).toEqual(['0', '2000', '4000', '6000', '8000', '10000']);
    expect(tableRows()[0]?.[0]).toBe(expectedCustomers()[0]?.name);
  });

  it('stops on a failed page with the ids for support, keeps what it has, and resumes', async () => {
    const user = userEvent.setup();
    const skips = smallPages(2000, { skip: 4000, status: 400 });
    const loaded = customersInFirstRows(4000);
    renderApp('/');
    expect(
      await screen.findByText(
        `Loading stopped after ${loaded} customers`,
        { exact: false },
        LOADED,
      ),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('heading', { name: 'Partner Center rejected the request' }),
    ).toBeVisible();
    // The id the failed request carried, for Microsoft support.
    expect(skips.failedIds[0]).toMatch(/^[0-9a-f-]{36}$/);
    expect(screen.getByText(skips.failedIds[0] ?? '')).toBeInTheDocument();
    expect(document.querySelector('[data-kpi="customers"] dd')).toHaveTextContent(String(loaded));
    await user.click(screen.getByRole('button', { name: 'Resume loading' }));
    expect(await screen.findByText(/^All 308 customers loaded/, {}, LOADED)).toBeInTheDocument();
    expect([...skips]).toEqual(['0', '2000', '4000', '4000', '6000', '8000', '10000']);
    // The figures after resuming are the whole portfolio's, nothing counted twice.
    const unused = expectedCustomers().reduce((sum, c) => sum + c.unused, 0);
    expect(document.querySelector('[data-kpi="unused"] dd')).toHaveTextContent(int(unused));
  });

  it('stops at a @nextLink that repeats a page, with each customer once and the ids', async () => {
    const portfolioRequests: string[] = [];
    let badLinkRequestId = '';
    server.use(
      http.get(E3, async ({ request }) => {
        const url = new URL(request.url);
        if (!isPortfolioRequest(url)) return emulatorResponse(request);
        url.searchParams.set('top', '2000');
        portfolioRequests.push(url.searchParams.get('skip') ?? '0');
        const response = emulatorResponse(request, url);
        if (url.searchParams.get('skip') !== '2000') return response;
        // The second page links to itself.
        badLinkRequestId = request.headers.get('MS-RequestId') ?? '';
        const body = (await response.json()) as Record<string, unknown>;
        const self = `/v1/analytics/commercial/deployment/license${url.search}`;
        return HttpResponse.json({ ...body, '@nextLink': self });
      }),
    );
    renderApp('/');
    const loaded = customersInFirstRows(4000);
    expect(
      await screen.findByText(
        `Loading stopped after ${loaded} customers`,
        { exact: false },
        LOADED,
      ),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('heading', { name: 'Partner Center sent a broken paging chain' }),
    ).toBeVisible();
    expect(screen.getByText(/repeating or too-long chain of “next page” links/)).toBeVisible();
    expect(badLinkRequestId).toMatch(/^[0-9a-f-]{36}$/);
    expect(screen.getByText(badLinkRequestId)).toBeInTheDocument();
    expect(portfolioRequests).toEqual(['0', '2000']);
    expect(document.querySelector('[data-kpi="customers"] dd')).toHaveTextContent(String(loaded));
  });

  it('skips a customer whose date cannot exist or whose count is negative, and shows the rest', async () => {
    const [impossible, negative] = expectedCustomers();
    server.use(
      http.get(E3, async ({ request }) => {
        const sample = new URL(request.url).searchParams.get('top') === '1';
        const body = (await emulatorResponse(request).json()) as {
          Value: Record<string, unknown>[];
        };
        body.Value = body.Value.map((row) =>
          // The processing date's sample row (top=1) too: it would have blanked the view.
          row.customerTenantId === impossible?.id || sample
            ? { ...row, processedDateTime: '2024-13-01T00:00:00Z' }
            : row.customerTenantId === negative?.id
              ? { ...row, licensesSold: 10, licensesDeployed: -5 }
              : row,
        );
        return HttpResponse.json(body);
      }),
    );
    const bad = e3Rows().filter(
      (row) => row.customerTenantId === impossible?.id || row.customerTenantId === negative?.id,
    ).length;
    renderApp('/');
    expect(await screen.findByText(/^All 306 customers loaded/, {}, LOADED)).toBeInTheDocument();
    expect(
      screen.getByText(`${int(bad)} row(s) could not be read and are not shown; the rest is.`),
    ).toBeInTheDocument();
    expect(
      screen.getByText('Partner Center did not say when this data was processed.'),
    ).toBeVisible();
    const names = tableRows().map((row) => row[0]);
    expect(names).not.toContain(impossible?.name);
    expect(names).not.toContain(negative?.name);
    expect(names[0]).toBe(expectedCustomers()[2]?.name);
    expect(screen.queryByText('Something went wrong in this view')).not.toBeInTheDocument();
  });

  it('resumes from the page that failed once back online, without reloading the others', async () => {
    const skips: string[] = [];
    let outage = false;
    server.use(
      http.get(E3, ({ request }) => {
        const url = new URL(request.url);
        if (!isPortfolioRequest(url)) return emulatorResponse(request);
        url.searchParams.set('top', '2000');
        const skip = url.searchParams.get('skip') ?? '0';
        skips.push(skip);
        if (skip === '4000' && !skips.slice(0, -1).includes('4000')) {
          // The connection drops while the third page is on its way.
          outage = true;
          onlineManager.setOnline(false);
        }
        return outage ? HttpResponse.error() : emulatorResponse(request, url);
      }),
    );
    // Only the clock: the outage lasts longer than the portfolio's 5 minutes of freshness.
    vi.useFakeTimers({ toFake: ['Date'] });
    try {
      renderApp('/');
      const loaded = customersInFirstRows(4000);
      expect(
        await screen.findByText(
          `Loading stopped after ${loaded} customers`,
          { exact: false },
          LOADED,
        ),
      ).toBeInTheDocument();
      vi.setSystemTime(Date.now() + 10 * 60_000);
      outage = false;
      act(() => onlineManager.setOnline(true));
      expect(await screen.findByText(/^All 308 customers loaded/, {}, LOADED)).toBeInTheDocument();
      // Three attempts at the third page during the outage, then on from there.
      expect(skips).toEqual(['0', '2000', '4000', '4000', '4000', '4000', '6000', '8000', '10000']);
    } finally {
      onlineManager.setOnline(true);
      vi.useRealTimers();
    }
  });

  it('isolates a name with a right-to-left override from the figures beside it', async () => {
    const [first] = expectedCustomers();
    const hostile = `Contoso \u202E1 Ltd`;
    server.use(
      http.get(E3, async ({ request }) => {
        const body = (await emulatorResponse(request).json()) as {
          Value: Record<string, unknown>[];
        };
        body.Value = body.Value.map((row) =>
          row.customerTenantId === first?.id ? { ...row, customerName: hostile } : row,
        );
        return HttpResponse.json(body);
      }),
    );
    renderApp('/');
    await screen.findByText(/^All 308 customers loaded/, {}, LOADED);
    const link = screen.getByRole('link', { name: hostile });
    const row = link.closest('tr')!;
    // The name sits in an isolating element: the override ends with it.
    expect(link.querySelector('bdi')).toHaveTextContent(hostile);
    expect(Array.from(row.querySelectorAll('td'), (cell) => cell.textContent)).toEqual([
      int(first!.sold),
      int(first!.deployed),
      int(first!.unused),
      int(first!.overAssigned),
      new Intl.NumberFormat('en-US', {
        style: 'percent',
        minimumFractionDigits: 1,
        maximumFractionDigits: 1,
      }).format(first!.deployed / first!.sold),
    ]);
  });

  it('filters by service on the server and opens a customer with the same filter', async () => {
    const user = userEvent.setup();
    const filters: (string | null)[] = [];
    server.events.on('request:start', ({ request }) => {
      const url = new URL(request.url);
      if (isPortfolioRequest(url)) filters.push(url.searchParams.get('filter'));
    });
    const { router } = renderApp('/');
    await screen.findByText(/^All 308 customers loaded/, {}, LOADED);
    await user.selectOptions(screen.getByLabelText('Service'), 'crm');
    const crm = expectedCustomers((row) => row.serviceName === 'crm');
    expect(await screen.findByText(`All ${crm.length} customers loaded.`)).toBeInTheDocument();
    expect(filters).toContain("serviceName eq 'crm'");
    expect(router.state.location.search).toMatchObject({ service: 'crm' });
    expect(tableRows()[0]?.slice(0, 4)).toEqual([
      crm[0]?.name,
      int(crm[0]?.sold ?? 0),
      int(crm[0]?.deployed ?? 0),
      int(crm[0]?.unused ?? 0),
    ]);
    await user.click(screen.getByRole('link', { name: crm[0]?.name ?? '' }));
    await waitFor(() => expect(router.state.location.pathname).toBe(`/customers/${crm[0]?.id}`));
    expect(router.state.location.search).toMatchObject({ service: 'crm' });
    server.events.removeAllListeners();
  });

  it('flags customers by the thresholds, remembers them, and filters to flagged ones', async () => {
    const user = userEvent.setup();
    const { router } = renderApp('/');
    await screen.findByText(/^All 308 customers loaded/, {}, LOADED);
    const expected = expectedCustomers();
    const flagged = (below: number, spare: number) =>
      expected.filter((c) => c.sold > 0 && (c.deployed / c.sold) * 100 < below && c.unused > spare);
    // The defaults flag a minority worth a look (22 %, not the 56 % of 80 % / 5), and say so.
    const byDefault = flagged(70, 5).length;
    expect(byDefault / expected.length).toBeGreaterThan(0.1);
    expect(byDefault / expected.length).toBeLessThan(0.25);
    expect(screen.getByLabelText(/Flagged only/)).toHaveAccessibleName(
      `Flagged only (${byDefault})`,
    );
    expect(screen.getByTestId('flag-rule')).toHaveTextContent(
      `Flagged: deployed below 70 % with more than 5 unused seats — ${byDefault} of 308 customers (${new Intl.NumberFormat('en-US', { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(byDefault / 308)})`,
    );
    const percent = screen.getByLabelText('deployed below (%)');
    await user.clear(percent);
    await user.type(percent, '50');
    const spare = screen.getByLabelText('unless spare seats are at most');
    await user.clear(spare);
    await user.type(spare, '100');
    const strict = flagged(50, 100);
    expect(document.querySelector('[data-kpi="flagged"] dd')).toHaveTextContent(
      String(strict.length),
    );
    expect(
      JSON.parse(localStorage.getItem('license-insights.portfolio-thresholds.v1') ?? ''),
    ).toEqual({
      belowPercent: 50,
      ignoreSpare: 100,
    });
    await user.click(screen.getByLabelText(/Flagged only/));
    await waitFor(() => expect(router.state.location.search).toMatchObject({ flagged: true }));
    expect(tableRows().map((row) => row[0])).toEqual(strict.map((c) => c.name));
    expect(screen.getAllByText('Flagged')).toHaveLength(strict.length);
  });

  it('searches names without caring about accents or case, and keeps the search in the URL', async () => {
    const user = userEvent.setup();
    const { router } = renderApp('/');
    await screen.findByText(/^All 308 customers loaded/, {}, LOADED);
    await user.type(screen.getByLabelText('Filter customers'), 'lamna healthcare — cas');
    await waitFor(() =>
      expect(tableRows().map((row) => row[0])).toEqual(['Lamna Healthcare — Cas Limites']),
    );
    expect(router.state.location.search).toMatchObject({ q: 'lamna healthcare — cas' });
  });

  it('tells apart a customer whose data Partner Center stopped processing (2017)', async () => {
    const user = userEvent.setup();
    renderApp('/');
    await screen.findByText(/^All 308 customers loaded/, {}, LOADED);
    await user.type(screen.getByLabelText('Filter customers'), 'DT DEMO CSP');
    await waitFor(() =>
      expect(tableRows().map((row) => row[0])).toEqual(['DT DEMO CSP CUSTOMER 005']),
    );
    const badge = screen.getByText('Data from Mar 2017');
    expect(badge).toHaveAttribute('title', expect.stringMatching(/^Stale: .*Mar 14, 2017/));
    // A customer processed with the rest carries no such mark.
    await user.clear(screen.getByLabelText('Filter customers'));
    await user.type(screen.getByLabelText('Filter customers'), 'Lamna Healthcare — Cas');
    await waitFor(() => expect(tableRows()).toHaveLength(1));
    expect(screen.queryByText(/^Data from/)).not.toBeInTheDocument();
  });

  it('says a service Partner Center cannot match is unknown, not that there is no data', async () => {
    const user = userEvent.setup();
    // The facets (which services exist) come after the empty portfolio answer.
    let release = () => {};
    const facetsHeld = new Promise<void>((resolve) => (release = resolve));
    let portfolioAnswered = false;
    server.use(
      http.get(E3, async ({ request }) => {
        const url = new URL(request.url);
        if (url.searchParams.has('groupby')) await facetsHeld;
        else if (isPortfolioRequest(url)) portfolioAnswered = true;
        return emulatorResponse(request, url);
      }),
    );
    const { router } = renderApp('/?service=zzz');
    await waitFor(() => expect(portfolioAnswered).toBe(true));
    await screen.findByLabelText('Service');
    expect(screen.queryByText(/customers loaded/)).not.toBeInTheDocument();
    expect(screen.queryByText('No license data yet')).not.toBeInTheDocument();
    release();
    expect(
      await screen.findByText(/Partner Center has no service called “zzz”/, {}, LOADED),
    ).toBeInTheDocument();
    expect(screen.queryByText(/customers loaded/)).not.toBeInTheDocument();
    expect(screen.queryByText('No license data yet')).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Show all customers' }));
    expect(await screen.findByText(/^All 308 customers loaded/, {}, LOADED)).toBeInTheDocument();
    expect(router.state.location.search).not.toHaveProperty('service');
  });

  it('comes back from a customer to the list as it was, and marks where the user is', async () => {
    const user = userEvent.setup();
    const { router } = renderApp('/?q=lamna&sort=customer&dir=asc');
    await screen.findByText(/^All 308 customers loaded/, {}, LOADED);
    const nav = screen.getByRole('navigation', { name: /main/i });
    expect(within(nav).getByRole('link', { current: 'page' })).toHaveTextContent(/portfolio/i);
    await user.click(await screen.findByRole('link', { name: 'Lamna Healthcare — Cas Limites' }));
    await waitFor(() => expect(router.state.location.pathname).toMatch(/^\/customers\//));
    // A customer's page is neither the portfolio nor the picker page.
    expect(within(nav).queryByRole('link', { current: 'page' })).not.toBeInTheDocument();
    await user.click(screen.getByRole('link', { name: '← All customers' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/'));
    expect(router.state.location.search).toMatchObject({
      q: 'lamna',
      sort: 'customer',
      dir: 'asc',
    });
    expect(screen.getByLabelText('Filter customers')).toHaveValue('lamna');
  });

  it('falls back to defaults for a bad URL and says which settings were ignored', async () => {
    renderApp('/?sort=bogus&flagged=maybe&service=o365');
    expect(
      await screen.findByText(/were reset to their defaults: sort, flagged/),
    ).toBeInTheDocument();
    expect(await screen.findByLabelText('Service')).toHaveValue('o365');
    // The defaults really apply: ranked by unused seats, all customers, not flagged only.
    const o365 = expectedCustomers((row) => row.serviceName === 'o365');
    await screen.findByText(`All ${o365.length} customers loaded.`, {}, LOADED);
    expect(
      tableRows()
        .map((row) => row[0])
        .slice(0, 3),
    ).toEqual(o365.slice(0, 3).map((c) => c.name));
    expect(screen.getByLabelText(/Flagged only/)).not.toBeChecked();
  });
});
