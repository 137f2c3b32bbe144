import { http, HttpResponse } from 'msw';

import { firstPage, type PageStep } from '@/lib/api/page-walk';
import { getUnbilledLineItemsPage, unbilledLineItemsPath } from '@/lib/api/unbilled-line-items';
import { createEmulatorClient } from '@/testing/emulator-client';
import { server, setupEmulator } from '@/testing/msw-server';
import { TEST_BASE_URL } from '@/testing/render-app';

import { SUBSCRIPTION_CUSTOMERS } from '../../../../emulators/partner-center/subscription-fixtures.js';

import { getSubscription } from './get-subscription';
import { listSubscribedSkus } from './list-subscribed-skus';
import { listSubscriptions } from './list-subscriptions';

setupEmulator();

const CUSTOMER = 'd8202a51-69f9-4228-b900-d0e081af17d7';
// The docs' NCE get-by-id example (Microsoft 365 Business Basic), trimmed.
const docsSubscription = {
  id: 'a4c1340d-6911-4758-bba3-0c4c6007d161',
  offerId: 'CFQ7TTC0LH18:0001:CFQ7TTC0K971',
  offerName: 'Microsoft 365 Business Basic',
  friendlyName: 'Microsoft 365 Business Basic',
  productType: { id: 'OnlineServicesNCE', displayName: 'OnlineServicesNCE' },
  quantity: 15,
  unitType: 'Licenses',
  commitmentEndDate: '2022-01-13T00:00:00Z',
  status: 'expired',
  autoRenewEnabled: false,
  isTrial: false,
  billingType: 'license',
  billingCycle: 'monthly',
  termDuration: 'P1Y',
  refundableQuantity: {
    totalQuantity: 10,
    details: [{ quantity: 10, allowedUntilDateTime: '2021-01-24T20:39:17.182697Z' }],
  },
  attributes: { objectType: 'Subscription' },
};

describe('right-size endpoints', () => {
  it('follows links.next on the subscription list and skips an unreadable row', async () => {
    const pages: string[] = [];
    server.use(
      http.get(`${TEST_BASE_URL}/v1/customers/${CUSTOMER}/subscriptions`, ({ request }) => {
        const page = new URL(request.url).searchParams.get('page') ?? '1';
        pages.push(page);
        return HttpResponse.json(
          page === '1'
            ? {
                totalCount: 2,
                items: [docsSubscription, { id: 'broken', quantity: -3 }],
                links: { next: { uri: `/customers/${CUSTOMER}/subscriptions?page=2` } },
              }
            : { totalCount: 1, items: [{ ...docsSubscription, id: 'second', quantity: 2 }] },
        );
      }),
    );
    const list = await listSubscriptions(createEmulatorClient(), CUSTOMER);
    expect(pages).toEqual(['1', '2']);
    expect(list.subscriptions.map((s) => [s.id, s.quantity])).toEqual([
      ['a4c1340d-6911-4758-bba3-0c4c6007d161', 15],
      ['second', 2],
    ]);
    expect(list.skipped).toBe(1);
  });

  it('walks the emulator’s paged list (212 subscriptions, pages of 100) to the end', async () => {
    const list = await listSubscriptions(
      createEmulatorClient(),
      SUBSCRIPTION_CUSTOMERS.manySubscriptions,
    );
    expect(list.subscriptions).toHaveLength(212);
    expect(new Set(list.subscriptions.map((s) => s.id)).size).toBe(212);
    expect(list.skipped).toBe(0);
  });

  it('reads refundableQuantity batches from one subscription', async () => {
    server.use(
      http.get(`${TEST_BASE_URL}/v1/customers/${CUSTOMER}/subscriptions/:id`, () =>
        HttpResponse.json(docsSubscription),
      ),
    );
    const one = await getSubscription(createEmulatorClient(), CUSTOMER, docsSubscription.id);
    expect(one.refundableQuantity?.totalQuantity).toBe(10);
    expect(one.refundableQuantity?.details[0]?.allowedUntilDateTime.toISOString()).toBe(
      '2021-01-24T20:39:17.182Z',
    );
  });

  it('reads live assigned counts per Entra SKU', async () => {
    server.use(
      http.get(`${TEST_BASE_URL}/v1/customers/${CUSTOMER}/subscribedskus`, () =>
        HttpResponse.json({
          totalCount: 1,
          items: [
            {
              availableUnits: 5,
              activeUnits: 25,
              consumedUnits: 20,
              totalUnits: 25,
              productSku: {
                id: 'efccb6f7-5641-4e0e-bd10-b4976e1bf68e',
                name: 'Enterprise Mobility Suite',
                skuPartNumber: 'EMS',
              },
              capabilityStatus: 'Enabled',
            },
          ],
        }),
      ),
    );
    const skus = await listSubscribedSkus(createEmulatorClient(), CUSTOMER);
    expect(skus.items[0]).toMatchObject({ consumedUnits: 20, totalUnits: 25 });
  });

  it('walks the unbilled lines with the MS-ContinuationToken each link names', async () => {
    const tokens: (string | null)[] = [];
    server.use(
      http.get(`${TEST_BASE_URL}/v1/invoices/unbilled/lineitems`, ({ request }) => {
        const token = request.headers.get('MS-ContinuationToken');
        tokens.push(token);
        const line = {
          customerId: CUSTOMER,
          subscriptionId: `s-${tokens.length}`,
          chargeType: 'new',
          subtotal: '10',
          billableQuantity: '1',
          currency: 'EUR',
        };
        return HttpResponse.json({
          totalCount: 1,
          items: [line],
          links: token
            ? {}
            : {
                next: {
                  uri: '/invoices/unbilled/lineitems?provider=onetime&invoicelineitemtype=billinglineitems&currencycode=EUR&period=current&seekOperation=Next',
                  headers: [{ key: 'MS-ContinuationToken', value: 'AQAAAA==' }],
                },
              },
        });
      }),
    );
    const client = createEmulatorClient();
    let step: PageStep | null = firstPage(unbilledLineItemsPath('EUR'));
    const ids: string[] = [];
    while (step) {
      const page = await getUnbilledLineItemsPage(client, step);
      ids.push(...page.items.map((item) => item.subscriptionId));
      step = page.next;
    }
    expect(tokens).toEqual([null, 'AQAAAA==']);
    expect(ids).toEqual(['s-1', 's-2']);
  });
});
