import { http, HttpResponse } from 'msw';

import { server, setupEmulator } from '@/testing/msw-server';

import {
  commercialDeploymentPath,
  E3_PATH,
  getCommercialDeploymentStep,
} from './commercial-deployment';
import { createPartnerCenterClient } from './http-client';
import { firstPage, type PageStep } from './page-walk';
import { PartnerCenterError } from './partner-center-error';

// Hostile `@nextLink`s through the real HTTP client and MSW: whatever the configured base,
// a link that would leave it is refused before anything is sent, so the token goes nowhere.

setupEmulator();

const HOSTILE_LINKS = [
  '/v1/../../evil',
  '/v1/%2e%2e/%2e%2e/config.json',
  '/v1/%2E%2E/%2E%2E/config.json',
  `${E3_PATH}/../../../../evil`,
  '/v1/..%2f..%2fevil',
  '/v1/..\\..\\evil',
  '/v1/.\t./.\t./config.json',
  'https://api.partnercenter.microsoft.com/v1/../../evil',
  'https://evil.example/v1/%2e%2e/%2e%2e/config.json',
  '//evil.example/v1/analytics',
  '/evil',
];
const BASES = [
  '/pc-api',
  'https://api.partnercenter.microsoft.com',
  'https://gateway.example/partner-center',
];

function clientFor(baseUrl: string) {
  let ids = 0;
  return createPartnerCenterClient({
    baseUrl,
    scope: 'https://api.partnercenter.microsoft.com/user_impersonation',
    timeoutMs: 30_000,
    getLocale: () => 'en-US',
    getCorrelationId: () => 'corr-1',
    newId: () => `req-${++ids}`,
    auth: {
      mode: 'msal',
      getAccessToken: () => Promise.resolve('secret-token'),
      signInAgain: () => Promise.resolve(),
    },
  });
}

/** Every request MSW sees, answered with one E3 page whose @nextLink is `link`. */
function serveLink(link: string) {
  const seen: { url: string; authorization: string | null }[] = [];
  server.use(
    http.all('*', ({ request }) => {
      seen.push({ url: request.url, authorization: request.headers.get('Authorization') });
      if (!new URL(request.url).pathname.endsWith(E3_PATH))
        return new HttpResponse(null, { status: 404 });
      return HttpResponse.json({ Value: [], '@nextLink': link, TotalCount: 0 });
    }),
  );
  return seen;
}

async function walk(baseUrl: string) {
  const client = clientFor(baseUrl);
  let step: PageStep | null = firstPage(commercialDeploymentPath({ top: 10 }));
  while (step) step = (await getCommercialDeploymentStep(client, step)).next;
}

describe('paging links', () => {
  describe.each(BASES)('with the API base %s', (base) => {
    it.each(HOSTILE_LINKS)('refuses %j without sending anything with the token', async (link) => {
      const seen = serveLink(link);
      const error = await walk(base).catch((caught: unknown) => caught);
      expect(error).toBeInstanceOf(PartnerCenterError);
      // The ids are those of the request whose answer carried the link.
      expect(error).toMatchObject({ kind: 'paging', code: 'unsafe-link', requestId: 'req-1' });
      expect(seen).toHaveLength(1);
      const first = new URL(seen[0]!.url);
      expect(`${first.origin}${first.pathname}`).toBe(
        `${new URL(base, location.href).href.replace(/\/$/, '')}${E3_PATH}`,
      );
      expect(seen.filter((request) => request.authorization !== null)).toHaveLength(1);
    });
  });

  it('still follows a link to the next page of the API, host-relative or absolute', async () => {
    let answers = 0;
    const seen: string[] = [];
    server.use(
      http.all('*', ({ request }) => {
        seen.push(request.url);
        answers++;
        const next =
          answers === 1 ? `https://api.partnercenter.microsoft.com${E3_PATH}?skip=1` : null;
        return HttpResponse.json({ Value: [], '@nextLink': next });
      }),
    );
    await walk('https://gateway.example/partner-center');
    expect(seen).toEqual([
      `https://gateway.example/partner-center${E3_PATH}?top=10`,
      `https://gateway.example/partner-center${E3_PATH}?skip=1`,
    ]);
  });
});
