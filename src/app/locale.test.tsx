import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';

import { server, setupEmulator } from '@/testing/msw-server';
import { renderApp } from '@/testing/render-app';

import { SEED_CUSTOMER_ID } from '../../emulators/partner-center/fixtures.js';

setupEmulator();
afterEach(() => server.events.removeAllListeners());

function recordRequests() {
  const requests: { path: string; locale: string | null }[] = [];
  server.events.on('request:start', ({ request }) => {
    const url = new URL(request.url);
    requests.push({ path: url.pathname + url.search, locale: request.headers.get('X-Locale') });
  });
  return requests;
}

describe('the language', () => {
  it('refetches only the Partner Center text that follows it, in the new language', async () => {
    const user = userEvent.setup();
    const requests = recordRequests();
    const { router } = renderApp(`/customers/${SEED_CUSTOMER_ID}`);
    await screen.findByRole('table');
    // The portfolio was visited in this session too: thousands of rows, no localised text.
    await user.click(screen.getByRole('link', { name: '← All customers' }));
    await screen.findByText(/^All 308 customers loaded/, {}, { timeout: 8000 });
    const before = requests.length;
    await user.selectOptions(screen.getByLabelText('Language'), 'fr-FR');
    await waitFor(() =>
      expect(document.querySelector('[data-kpi="customers"] dt')).toHaveTextContent('Clients'),
    );
    router.history.back();
    await waitFor(() =>
      expect(
        requests
          .slice(before)
          .some((r) => r.path.endsWith('/analytics/licenses/deployment') && r.locale === 'fr-FR'),
      ).toBe(true),
    );
    const after = requests.slice(before);
    // Back on the customer, the snapshot (product names) came again in French; the
    // portfolio and the customer's details did not.
    expect(after.every((r) => r.locale === 'fr-FR')).toBe(true);
    expect(after.some((r) => r.path.includes('/commercial/deployment/license?top=5000'))).toBe(
      false,
    );
    expect(after.some((r) => r.path === `/pc-api/v1/customers/${SEED_CUSTOMER_ID}`)).toBe(false);
  });

  it('sets <html lang> to the language on screen, and again on a switch', async () => {
    const user = userEvent.setup();
    renderApp(`/customers/${SEED_CUSTOMER_ID}`);
    await screen.findByRole('table');
    expect(document.documentElement).toHaveAttribute('lang', 'en-US');
    await user.selectOptions(screen.getByLabelText('Language'), 'fr-FR');
    await waitFor(() => expect(document.documentElement).toHaveAttribute('lang', 'fr-FR'));
    expect(screen.getByRole('columnheader', { name: /Licences vendues/ })).toBeInTheDocument();
    await user.selectOptions(screen.getByLabelText('Langue'), 'en-US');
    await waitFor(() => expect(document.documentElement).toHaveAttribute('lang', 'en-US'));
  });
});
