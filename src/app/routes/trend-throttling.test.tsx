import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http } from 'msw';

import { emulatorResponse, server, setupEmulator } from '@/testing/msw-server';
import { renderApp, TEST_BASE_URL } from '@/testing/render-app';

import { throttled } from '../../../emulators/partner-center/core.js';
import { EDGE_CUSTOMERS } from '../../../emulators/partner-center/fixtures.js';

// The trend asks E3 for one month per request. Under Partner Center's throttle the client
// holds the whole family at one gate: a bounded number of requests is sent (no queued month
// runs into the 429 its siblings already got), and Cancel stops the queue, not just the
// requests already waiting. Time is faked (advancing with real time, so MSW and React run)
// and jumped over each Retry-After.

setupEmulator();

const E3 = `${TEST_BASE_URL}/v1/analytics/commercial/deployment/license`;
const EDGE = EDGE_CUSTOMERS.edgeCases;
const WAIT = { timeout: 8000 };
const WINDOW_MS = 60_000;

beforeEach(() =>
  vi.useFakeTimers({
    shouldAdvanceTime: true,
    toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date'],
  }),
);
afterEach(() => vi.useRealTimers());

/**
 * E3 through the emulator, throttled like Partner Center: `quota` month requests per
 * 60-second window get an answer, the others a 429 with Retry-After until the window ends.
 */
function throttleMonths(quota: number) {
  const log = { months: 0, throttled: 0 };
  let windowStart: number | null = null;
  let used = 0;
  server.use(
    http.get(E3, ({ request }) => {
      const url = new URL(request.url);
      if (!url.searchParams.has('processedDateTime')) return emulatorResponse(request, url);
      log.months++;
      const now = Date.now();
      if (windowStart === null || now >= windowStart + WINDOW_MS) [windowStart, used] = [now, 0];
      if (used++ < quota) return emulatorResponse(request, url);
      log.throttled++;
      const seconds = Math.ceil((windowStart + WINDOW_MS - now) / 1000);
      const answer = throttled({ method: 'GET', url: request.url, headers: {} }, seconds);
      return new Response(answer.body, { status: answer.status, headers: answer.headers });
    }),
  );
  return log;
}

const monthRows = () => {
  const heading = screen.queryByRole('heading', { name: 'Month by month' });
  const section = heading?.closest('section');
  return section ? within(section as HTMLElement).getAllByRole('row').length - 1 : 0;
};
const countdown = () => screen.queryByText(/Partner Center is busy — retrying in \d+ s/);

describe('trend under Partner Center throttling', () => {
  // The app's first load (lazy chunks, the emulator's dataset) takes seconds of real time.
  it(
    'sends each throttled month again only when the family’s gate reopens',
    { timeout: 30_000 },
    async () => {
      const log = throttleMonths(2);
      renderApp(`/customers/${EDGE}?tab=trend`);
      const failed = () => document.querySelector('.notice--error');
      const over = () => monthRows() === 12 || failed() !== null;
      for (let window = 0; window < 10 && !over(); window++) {
        await waitFor(() => expect(over() || countdown() !== null).toBe(true), WAIT);
        // One countdown line for all the waiting months, not one per request.
        // eslint-disable-next-line vitest/no-conditional-expect -- only while one is shown
        if (countdown()) expect(screen.getAllByText(/retrying in/)).toHaveLength(1);
        await act(() => vi.advanceTimersByTimeAsync(WINDOW_MS + 1000));
      }
      // No month gave up (ran out of attempts) on the way.
      expect(failed()).toBeNull();
      await waitFor(() => expect(monthRows()).toBe(12), WAIT);
      // 11 past months, 2 per window: 6 windows. Each window sends only the (at most 4) months
      // waiting at the gate: 2 answered, the rest throttled (2, 2, 2, 2, 1, 0); months started
      // while the gate is closed wait unsent. Holding only the throttled request itself sends
      // 6 per window instead (the 2 freed slots start months straight into the 429).
      expect(log.months - log.throttled).toBe(11);
      expect(log.throttled).toBe(9);
      expect(screen.queryByText(/could not/i)).not.toBeInTheDocument();
    },
  );

  it('Cancel fails every month still waiting and sends no more requests', async () => {
    const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime });
    const log = throttleMonths(0);
    renderApp(`/customers/${EDGE}?tab=trend`);
    await waitFor(() => expect(countdown()).not.toBeNull(), WAIT);
    // The 4 months in flight got their 429; the 7 others never left the queue.
    expect(log.months).toBe(4);
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    await waitFor(
      () =>
        expect(document.querySelector('.notice--error')).toHaveTextContent(
          /Could not refresh: Partner Center is busy/,
        ),
      WAIT,
    );
    // Past the Retry-After: nothing more was sent, every month is settled, nothing counts down.
    await act(() => vi.advanceTimersByTimeAsync(2 * WINDOW_MS));
    expect(log.months).toBe(4);
    expect(countdown()).toBeNull();
    expect(screen.queryByText(/months loaded/)).not.toBeInTheDocument();
  });
});
