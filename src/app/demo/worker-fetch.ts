import type { WorkerPort, WorkerReply } from './worker-protocol';

// A `fetch` for the HTTP client in demo mode: requests under the API base go to the
// emulator worker and come back as real Responses (statuses, headers, bodies as the
// emulator wrote them); anything else goes to the network. The client stays the one owner
// of headers, retries and errors: this only replaces the wire.

export function createWorkerFetch(
  worker: WorkerPort,
  baseUrl: string,
  network: typeof fetch = (input, init) => fetch(input, init),
): typeof fetch {
  const prefix = new URL(baseUrl, location.href).href.replace(/\/+$/, '');
  const pending = new Map<number, (reply: WorkerReply) => void>();
  let nextId = 1;
  worker.onmessage = (event) => {
    const settle = pending.get(event.data.id);
    pending.delete(event.data.id);
    settle?.(event.data);
  };

  return (input, init) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    const absolute = new URL(url, location.href).href;
    if (!absolute.startsWith(`${prefix}/`)) return network(input, init);
    const signal = init?.signal ?? undefined;
    if (signal?.aborted) return Promise.reject(abortReason(signal));
    const headers: Record<string, string> = {};
    new Headers(init?.headers).forEach((value, key) => {
      headers[key] = value;
    });
    const id = nextId++;
    return new Promise<Response>((resolve, reject) => {
      const onAbort = () => {
        pending.delete(id);
        reject(abortReason(signal));
      };
      signal?.addEventListener('abort', onAbort, { once: true });
      pending.set(id, (reply) => {
        signal?.removeEventListener('abort', onAbort);
        resolve(new Response(reply.body, { status: reply.status, headers: reply.headers }));
      });
      worker.postMessage({
        type: 'request',
        id,
        method: init?.method ?? 'GET',
        url: absolute.slice(prefix.length),
        headers,
      });
    });
  };
}

function abortReason(signal: AbortSignal | undefined): unknown {
  return signal?.reason ?? new DOMException('The request was aborted.', 'AbortError');
}
