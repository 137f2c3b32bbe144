import { http, HttpResponse } from 'msw';

import { PartnerCenterError } from '@/lib/api/partner-center-error';
import { createEmulatorClient } from '@/testing/emulator-client';
import { emulatorResponse, server, setupEmulator } from '@/testing/msw-server';
import { TEST_BASE_URL } from '@/testing/render-app';

import { firstPageParam, listCustomers } from './list-customers';

setupEmulator();

describe('customer list paging', () => {
  it('stops when links.next hands back the continuation token it was just sent', async () => {
    const sent: { token: string | null; requestId: string | null }[] = [];
    server.use(
      http.get(`${TEST_BASE_URL}/v1/customers`, async ({ request }) => {
        const token = request.headers.get('MS-ContinuationToken');
        sent.push({ token, requestId: request.headers.get('MS-RequestId') });
        const body = (await emulatorResponse(request).json()) as {
          links: { next?: { headers: { key: string; value: string }[] } };
        };
        // From the second page on, the "next" link repeats the page it came from.
        if (token && body.links.next)
          body.links.next.headers = [{ key: 'MS-ContinuationToken', value: token }];
        return HttpResponse.json(body);
      }),
    );
    const client = createEmulatorClient();
    const signal = new AbortController().signal;
    const first = await listCustomers(client, firstPageParam(''), signal);
    const second = await listCustomers(client, first.next!, signal);
    expect(second.customers).toHaveLength(50);
    const error = await listCustomers(client, second.next!, signal).catch(
      (caught: unknown) => caught,
    );
    expect(error).toBeInstanceOf(PartnerCenterError);
    expect(error).toMatchObject({
      kind: 'paging',
      code: 'repeated-link',
      requestId: sent[1]!.requestId,
    });
    expect(sent).toHaveLength(2);
  });

  it('refuses a links.next that leaves the API before sending anything', async () => {
    let requests = 0;
    server.use(
      http.get(`${TEST_BASE_URL}/v1/customers`, async ({ request }) => {
        requests++;
        const body = (await emulatorResponse(request).json()) as Record<string, unknown>;
        return HttpResponse.json({ ...body, links: { next: { uri: '/v1/../../config.json' } } });
      }),
    );
    const error = await listCustomers(
      createEmulatorClient(),
      firstPageParam(''),
      new AbortController().signal,
    ).catch((caught: unknown) => caught);
    expect(error).toMatchObject({ kind: 'paging', code: 'unsafe-link' });
    expect(requests).toBe(1);
  });
});
