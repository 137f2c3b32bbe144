import { act, fireEvent, render, screen } from '@testing-library/react';
import { useEffect, useState } from 'react';
import { z } from 'zod/mini';

import type { PartnerCenterClient } from '@/lib/api/http-client';
import { PartnerCenterProvider } from '@/lib/api/partner-center-context';
import { I18nProvider } from '@/lib/i18n/i18n-provider';
import type { Locale } from '@/lib/i18n/locale';
import { loadMessages } from '@/lib/i18n/messages';
import {
  createTestClient,
  hangingResponse,
  jsonResponse,
  throttledResponse,
  type Responder,
} from '@/testing/test-client';

import { ErrorPanel } from './error-panel';
import { PartnerCenterStatus } from './partner-center-status';

// The strip over the real HTTP client (scripted fetch, fake timers), next to a view that
// shows its request's error panel, as the app's views do.

const schema = z.object({ ok: z.boolean() });

function View({ client, path }: { client: PartnerCenterClient; path: string }) {
  const [error, setError] = useState<unknown>(null);
  useEffect(() => {
    client.get(path, schema).then(() => undefined, setError);
  }, [client, path]);
  return error ? <ErrorPanel error={error} /> : <p>{path} loading</p>;
}

function renderStatus(respond: Responder, paths: string[], locale: Locale = 'en-US') {
  const { client, calls } = createTestClient(respond);
  render(
    <I18nProvider locale={locale}>
      <PartnerCenterProvider client={client}>
        <PartnerCenterStatus />
        {paths.map((path) => (
          <View key={path} client={client} path={path} />
        ))}
      </PartnerCenterProvider>
    </I18nProvider>,
  );
  return { calls };
}

/** In steps, so React commits (and starts the countdown's interval) as time goes by. */
async function advance(ms: number) {
  let left = ms;
  do {
    const step = Math.min(left, 250);
    await act(() => vi.advanceTimersByTimeAsync(step));
    left -= step;
  } while (left > 0);
}
const strip = () => screen.getByRole('status');
const analytics = (n: number) => `/v1/customers/c-${n}/analytics/licenses/deployment`;

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('Partner Center status strip', () => {
  it('says a request is slow, then which attempt follows the timeout; Cancel shows the panel at once', async () => {
    const { calls } = renderStatus(hangingResponse, ['/v1/customers']);
    await advance(4_999);
    expect(screen.queryByRole('status')).not.toBeInTheDocument();
    await advance(1);
    expect(strip()).toHaveTextContent('Partner Center is slow to answer — still waiting');
    await advance(26_000);
    expect(strip()).toHaveTextContent(
      'Partner Center did not answer in time — trying again (attempt 2 of 3)',
    );
    expect(calls).toHaveLength(2);
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    await advance(0);
    expect(
      screen.getByRole('heading', { name: 'Partner Center took too long to answer' }),
    ).toBeInTheDocument();
    expect(screen.queryByRole('status')).not.toBeInTheDocument();
    await advance(120_000);
    expect(calls).toHaveLength(2);
  });

  it('shows one countdown line per throttled family, whatever the number of requests', async () => {
    renderStatus(
      (call) =>
        call.url.includes('/v1/analytics/') ? throttledResponse(5) : throttledResponse(30),
      [analytics(1), analytics(2), analytics(3), '/v1/analytics/commercial/deployment/license'],
    );
    await advance(0);
    const lines = strip().querySelectorAll('p');
    expect(Array.from(lines, (line) => line.querySelector('span')?.textContent)).toEqual([
      'Partner Center is busy — retrying in 30 s (customer analytics)',
      'Partner Center is busy — retrying in 5 s (partner analytics)',
    ]);
    await advance(2_000);
    expect(strip()).toHaveTextContent('retrying in 28 s (customer analytics)');
    expect(strip()).toHaveTextContent('retrying in 3 s (partner analytics)');
  });

  it('Cancel of a family fails all its waiting requests with the busy panel, and only them', async () => {
    let throttledOnce = false;
    const { calls } = renderStatus(
      (call) => {
        if (call.url.includes('/v1/analytics/') && !throttledOnce) {
          throttledOnce = true;
          return throttledResponse(10);
        }
        return call.url.includes('/v1/analytics/')
          ? jsonResponse(200, { ok: true })
          : throttledResponse(60);
      },
      [analytics(1), analytics(2), '/v1/analytics/commercial/deployment/license'],
    );
    await advance(0);
    const customerLine = screen.getByText(/customer analytics/).closest('p') as HTMLElement;
    fireEvent.click(customerLine.querySelector('button') as HTMLButtonElement);
    await advance(0);
    expect(screen.getAllByRole('heading', { name: 'Partner Center is busy' })).toHaveLength(2);
    expect(strip()).toHaveTextContent('retrying in 10 s (partner analytics)');
    await advance(10_000);
    expect(screen.queryByRole('status')).not.toBeInTheDocument();
    expect(calls.map((call) => call.status)).toEqual([429, 429, 429, 200]);
  });

  it('speaks French', async () => {
    await loadMessages('fr-FR');
    renderStatus(
      (call, init) =>
        call.url.includes('/analytics/') ? throttledResponse(8) : hangingResponse(call, init),
      [analytics(1), '/v1/customers'],
      'fr-FR',
    );
    await advance(5_000);
    expect(strip()).toHaveTextContent(
      'L’Espace partenaires est surchargé — nouvel essai dans 3 s (analyses des clients)',
    );
    expect(strip()).toHaveTextContent(
      'L’Espace partenaires met du temps à répondre — attente en cours',
    );
    expect(screen.getAllByRole('button', { name: 'Annuler' })).toHaveLength(2);
    await advance(25_000);
    expect(strip()).toHaveTextContent(
      'L’Espace partenaires n’a pas répondu à temps — nouvel essai (tentative 2 sur 3)',
    );
  });
});
