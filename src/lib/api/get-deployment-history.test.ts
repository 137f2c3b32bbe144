import { http, HttpResponse } from 'msw';

import { E3_PATH } from '@/lib/api/commercial-deployment';
import { MAX_PAGES } from '@/lib/api/page-walk';
import { PartnerCenterError } from '@/lib/api/partner-center-error';
import { createEmulatorClient } from '@/testing/emulator-client';
import { emulatorResponse, server, setupEmulator } from '@/testing/msw-server';
import { TEST_BASE_URL } from '@/testing/render-app';

import { getDefaultDataset } from '../../../emulators/partner-center/dataset.js';

import { getDeploymentHistory } from './get-deployment-history';

setupEmulator();

const customerId = getDefaultDataset().customers[0]!.id;

/** The emulator's E3 answers with `@nextLink` replaced by `link(request URL, n)`. */
function patchNextLink(link: (url: URL, n: number) => string, { emulate = true } = {}) {
  const requests: { url: string; requestId: string | null }[] = [];
  server.use(
    http.get(`${TEST_BASE_URL}${E3_PATH}`, async ({ request }) => {
      requests.push({ url: request.url, requestId: request.headers.get('MS-RequestId') });
      // The endless chain skips the emulator (a hundred real answers take a minute here).
      const body = emulate
        ? ((await emulatorResponse(request).json()) as Record<string, unknown>)
        : { Value: [] };
      return HttpResponse.json({
        ...body,
        '@nextLink': link(new URL(request.url), requests.length),
      });
    }),
  );
  return requests;
}

const apiPath = (url: URL) => url.pathname.replace(new URL(TEST_BASE_URL).pathname, '');

describe('deployment history paging', () => {
  it('stops at a link back to the page just read, quoting the request that sent it', async () => {
    const requests = patchNextLink((url) => `${apiPath(url)}${url.search}`);
    const error = await getDeploymentHistory(createEmulatorClient(), customerId, null).catch(
      (caught: unknown) => caught,
    );
    expect(error).toBeInstanceOf(PartnerCenterError);
    expect(error).toMatchObject({ kind: 'paging', code: 'repeated-link' });
    expect(requests).toHaveLength(1);
    expect((error as PartnerCenterError).requestId).toBe(requests[0]!.requestId);
  });

  it('stops a link that goes back to an earlier page (a cycle of two)', async () => {
    const requests = patchNextLink(
      (url, n) => `${apiPath(url)}?${n % 2 === 1 ? 'skip=1' : url.search.slice(1)}`,
    );
    const error = await getDeploymentHistory(
      createEmulatorClient(),
      customerId,
      '2026-10-31',
    ).catch((caught: unknown) => caught);
    expect(error).toMatchObject({ kind: 'paging', code: 'repeated-link' });
    expect(requests).toHaveLength(2);
  });

  it(`gives up on a chain that never ends after ${MAX_PAGES} pages`, async () => {
    const requests = patchNextLink((url, n) => `${apiPath(url)}?page=${n}`, { emulate: false });
    const error = await getDeploymentHistory(createEmulatorClient(), customerId, null).catch(
      (caught: unknown) => caught,
    );
    expect(error).toMatchObject({ kind: 'paging', code: 'too-many-pages' });
    expect(requests).toHaveLength(MAX_PAGES);
    expect((error as PartnerCenterError).requestId).toBe(requests.at(-1)!.requestId);
  });
});
