// Messages between the page and the demo's emulator worker (emulator-worker.ts). Plain
// data only: they are structured-cloned across the thread boundary.

export interface WorkerInit {
  type: 'init';
  dataset: 'standard' | 'large';
}

export interface WorkerRequest {
  type: 'request';
  id: number;
  method: string;
  /** The path and query under the API base, e.g. `/v1/customers?size=50`. */
  url: string;
  headers: Record<string, string>;
}

export type ToWorker = WorkerInit | WorkerRequest;

export interface WorkerReply {
  id: number;
  status: number;
  headers: Record<string, string>;
  body: string | null;
}

/** What the transport needs of a Worker (a fake one in unit tests). */
export interface WorkerPort {
  postMessage(message: ToWorker): void;
  onmessage: ((event: MessageEvent<WorkerReply>) => void) | null;
}
