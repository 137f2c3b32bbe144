import { createWorkerFetch } from './worker-fetch';
import type { ToWorker, WorkerPort, WorkerReply } from './worker-protocol';

/** A worker that records what it is sent and answers when told to. */
function fakeWorker() {
  const sent: ToWorker[] = [];
  const port: WorkerPort = {
    onmessage: null,
    postMessage: (message) => void sent.push(message),
  };
  const answer = (reply: WorkerReply) =>
    port.onmessage?.(new MessageEvent<WorkerReply>('message', { data: reply }));
  return { port, sent, answer };
}

describe('the demo’s worker transport', () => {
  it('sends a request under the API base to the worker as path, method and lower-case headers', async () => {
    const worker = fakeWorker();
    const network = vi.fn<typeof fetch>();
    const doFetch = createWorkerFetch(worker.port, '/pc-api', network);
    const pending = doFetch('/pc-api/v1/customers?size=50', {
      headers: new Headers({ 'MS-RequestId': 'r-1', 'X-Locale': 'fr-FR' }),
    });
    expect(worker.sent).toEqual([
      {
        type: 'request',
        id: 1,
        method: 'GET',
        url: '/v1/customers?size=50',
        headers: { 'ms-requestid': 'r-1', 'x-locale': 'fr-FR' },
      },
    ]);
    worker.answer({
      id: 1,
      status: 429,
      headers: { 'retry-after': '4', 'content-type': 'application/json' },
      body: '{"code":429}',
    });
    const response = await pending;
    expect(response.status).toBe(429);
    expect(response.headers.get('Retry-After')).toBe('4');
    expect(await response.json()).toEqual({ code: 429 });
    expect(network).not.toHaveBeenCalled();
  });

  it('leaves everything else to the network (config.json, a look-alike path)', async () => {
    const worker = fakeWorker();
    const network = vi.fn<typeof fetch>(() => Promise.resolve(new Response('{}')));
    const doFetch = createWorkerFetch(worker.port, '/pc-api', network);
    await doFetch('/config.json');
    await doFetch('/pc-apix/v1/customers');
    expect(network).toHaveBeenCalledTimes(2);
    expect(worker.sent).toEqual([]);
  });

  it('rejects with the abort reason when cancelled, and ignores a late answer', async () => {
    const worker = fakeWorker();
    const doFetch = createWorkerFetch(worker.port, '/pc-api', vi.fn());
    const controller = new AbortController();
    const pending = doFetch('/pc-api/v1/customers', { signal: controller.signal });
    controller.abort(new DOMException('Cancelled', 'AbortError'));
    await expect(pending).rejects.toMatchObject({ name: 'AbortError' });
    expect(() => worker.answer({ id: 1, status: 200, headers: {}, body: '{}' })).not.toThrow();
    const already = doFetch('/pc-api/v1/customers', { signal: controller.signal });
    await expect(already).rejects.toMatchObject({ name: 'AbortError' });
  });
});
