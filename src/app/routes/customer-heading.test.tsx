import { screen, waitFor } from '@testing-library/react';
import { http } from 'msw';

import { emulatorResponse, server, setupEmulator } from '@/testing/msw-server';
import { renderApp, TEST_BASE_URL } from '@/testing/render-app';

import { SEED_CUSTOMER_ID } from '../../../emulators/partner-center/fixtures.js';

setupEmulator();

// The customer's name: its heading exists from the first frame (so the name arrives in
// space already reserved) and takes focus once the name is known, after navigation.

describe('customer heading', () => {
  it('is there before the name arrives, then shows the name and has focus', async () => {
    // The customer's record is held back until the test lets it go.
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    server.use(
      http.get(`${TEST_BASE_URL}/v1/customers/:id`, async ({ request }) => {
        await held;
        return emulatorResponse(request);
      }),
    );
    renderApp(`/customers/${SEED_CUSTOMER_ID}`);
    const heading = await screen.findByRole('heading', { level: 1 });
    expect(heading).toHaveAttribute('tabindex', '-1');
    expect(heading).toHaveTextContent('');
    expect(heading).not.toHaveFocus();
    release();
    await waitFor(() => expect(heading).toHaveTextContent('DT DEMO CSP CUSTOMER 005'));
    await waitFor(() => expect(heading).toHaveFocus());
  });

  it('takes focus again when another customer is opened', async () => {
    const { router } = renderApp(`/customers/${SEED_CUSTOMER_ID}`);
    const first = await screen.findByRole('heading', {
      level: 1,
      name: 'DT DEMO CSP CUSTOMER 005',
    });
    await waitFor(() => expect(first).toHaveFocus());
    first.blur();
    await router.navigate({ to: '/' });
    await screen.findByRole('heading', { level: 1, name: 'Portfolio' });
    await router.navigate({
      to: '/customers/$customerId',
      params: { customerId: SEED_CUSTOMER_ID },
    });
    const again = await screen.findByRole('heading', {
      level: 1,
      name: 'DT DEMO CSP CUSTOMER 005',
    });
    await waitFor(() => expect(again).toHaveFocus());
  });
});
