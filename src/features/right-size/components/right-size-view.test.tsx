import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { z } from 'zod/mini';

import { createEmulatorClient } from '@/testing/emulator-client';
import { emulatorResponse, server, setupEmulator } from '@/testing/msw-server';
import { renderApp, TEST_BASE_URL } from '@/testing/render-app';

import { createPartnerCenterHandlers } from '../../../../emulators/partner-center/msw-handlers.js';
import { SUBSCRIPTION_CUSTOMERS as C } from '../../../../emulators/partner-center/subscription-fixtures.js';

setupEmulator();

// The emulator's raw answers (no app schema in between): what the table must show.
const raw = z.object({
  items: z.array(
    z.looseObject({
      id: z.string(),
      quantity: z.number(),
      status: z.string(),
      isTrial: z.boolean(),
      friendlyName: z.optional(z.string()),
      offerName: z.optional(z.string()),
      billingType: z.optional(z.string()),
    }),
  ),
});

async function emulatorSubscriptions(customerId: string) {
  const list = await createEmulatorClient().get(`/v1/customers/${customerId}/subscriptions`, raw);
  return list.items.filter(
    (s) => s.status === 'active' && !s.isTrial && (s.billingType ?? 'license') === 'license',
  );
}

function planRows() {
  const table = screen.getByTestId('right-size-plan');
  return within(table)
    .getAllByRole('row')
    .slice(1)
    .map((row) => {
      const cells = Array.from(row.querySelectorAll('th, td'));
      const text = (i: number) => cells[i]?.firstChild?.textContent?.trim() ?? '';
      return {
        id: row.getAttribute('data-subscription'),
        product: text(0),
        bought: text(5),
        renews: cells[3]?.textContent ?? '',
        action: cells[10]?.textContent ?? '',
        cost: text(9),
      };
    });
}

/**
 * The partner-wide billing walk is 5 pages of ~3 MB in the standard dataset; jsdom parses
 * that slowly, so these tests keep only the lines of the customer they open. The pages,
 * links and tokens stay the emulator's.
 */
function onlyBillingOf(customerId: string) {
  server.use(
    http.get(`${TEST_BASE_URL}/v1/invoices/unbilled/lineitems`, async ({ request }) => {
      const response = emulatorResponse(request);
      if (!response.ok) return response;
      const body = (await response.json()) as { items: { customerId: string }[] };
      body.items = body.items.filter((line) => line.customerId === customerId);
      return HttpResponse.json(body);
    }),
  );
}

const kpi = (id: string) => document.querySelector(`[data-kpi="${id}"] dd`)?.textContent;

describe('right-size tab (emulator)', () => {
  it(
    'lists every active paid subscription with its seats; all renew within 30 days',
    { timeout: 30_000 },
    async () => {
      onlyBillingOf(C.renewalSoon);
      const expected = await emulatorSubscriptions(C.renewalSoon);
      renderApp(`/customers/${C.renewalSoon}?tab=rightsize`);
      await screen.findByTestId('right-size-plan');
      const rows = planRows();
      expect(rows.map((r) => [r.id, r.bought]).sort()).toEqual(
        expected.map((s) => [s.id, String(s.quantity)]).sort(),
      );
      expect(rows.every((r) => r.renews.includes('renews within 30 days'))).toBe(true);
      // One product held as two subscriptions (annual + monthly) is one deployment row.
      const kiosk = rows.filter((r) => r.product === 'EXCHANGE ONLINE KIOSK');
      expect(kiosk).toHaveLength(2);
      // The billing walk ends, and its prices give the money KPIs in the customer's currency.
      await waitFor(() =>
        expect(screen.queryByText(/Reading billed prices/)).not.toBeInTheDocument(),
      );
      expect(kpi('unused-cost')).toMatch(/^€/);
      expect(screen.getByText(/Expires on .*: renew with \d+ seats/)).toBeInTheDocument();
    },
  );

  it(
    'offers a refund now while seats are inside their refund window',
    { timeout: 30_000 },
    async () => {
      onlyBillingOf(C.refundWindowOpen);
      renderApp(`/customers/${C.refundWindowOpen}?tab=rightsize`);
      expect(await screen.findAllByText(/Reduce by \d+ now — refund until/)).not.toHaveLength(0);
      await waitFor(() => expect(kpi('savings-now')).toMatch(/^€/), { timeout: 20_000 });
    },
  );

  it(
    'reads billed prices in another currency when the user picks it, and remembers it',
    { timeout: 30_000 },
    async () => {
      const user = userEvent.setup();
      onlyBillingOf(C.manySubscriptions);
      renderApp(`/customers/${C.manySubscriptions}?tab=rightsize`);
      await screen.findByTestId('right-size-plan');
      const field = screen.getByLabelText('Billing currency');
      await user.clear(field);
      await user.type(field, 'usd');
      await user.click(screen.getByRole('button', { name: 'Read prices in it' }));
      await waitFor(() => expect(kpi('unused-cost')).toMatch(/^\$/), { timeout: 20_000 });
      expect(localStorage.getItem('license-insights.right-size.v1:demo')).toContain(
        '"currency":"USD"',
      );
    },
  );

  it('403 on billing: money says which role is needed, the rest is intact', async () => {
    server.use(...createPartnerCenterHandlers({ baseUrl: TEST_BASE_URL, user: 'no-billing' }));
    const expected = await emulatorSubscriptions(C.renewalSoon);
    renderApp(`/customers/${C.renewalSoon}?tab=rightsize`);
    expect(await screen.findByTestId('right-size-billing-notice')).toHaveTextContent(
      /billing role \(Admin agent, Billing admin or Global admin\)/,
    );
    expect(planRows()).toHaveLength(expected.length);
    expect(kpi('unused-cost')).toBe('—');
  });

  it('403 on subscribedskus: falls back to analytics and says so', async () => {
    renderApp(`/customers/${C.subscribedSkusForbidden}?tab=rightsize`);
    expect(await screen.findByText(/Live assigned counts could not be read/)).toHaveTextContent(
      /GDAP role/,
    );
    const table = await screen.findByTestId('right-size-plan');
    expect(within(table).queryByText('assigned now')).not.toBeInTheDocument();
    expect(within(table).getAllByText(/^as of /).length).toBeGreaterThan(0);
  });

  it('maps an unmatched subscription by hand and remembers it for this partner', async () => {
    const user = userEvent.setup();
    renderApp(`/customers/${C.overAssigned}?tab=rightsize`);
    const list = await screen.findByTestId('right-size-unmatched');
    const select = within(list).getAllByRole('combobox')[0]!;
    const option = within(select).getAllByRole('option')[1]!;
    await user.selectOptions(select, option);
    await waitFor(() =>
      expect(localStorage.getItem('license-insights.right-size.v1:demo')).toContain(
        String(option.getAttribute('value')),
      ),
    );
    expect(screen.getByTestId('right-size-apart')).toHaveTextContent(/trial/);
    expect(screen.getByTestId('right-size-apart')).toHaveTextContent(/suspended/);
  });
});
