import { handlePartnerCenterRequest } from '../../../emulators/partner-center/core.js';
import { getDataset } from '../../../emulators/partner-center/dataset.js';

import type { ToWorker, WorkerReply } from './worker-protocol';

// The demo's Partner Center: the emulator core in a dedicated worker. Building the dataset
// (20,000 customers for the large one) and answering requests happen off the main thread,
// and there is no service worker to register or hand-shake with on each visit.

interface Scope {
  onmessage: ((event: MessageEvent<ToWorker>) => void) | null;
  postMessage(message: WorkerReply): void;
}
const scope = globalThis as unknown as Scope;

let dataset: ReturnType<typeof getDataset> | undefined;

scope.onmessage = (event) => {
  const message = event.data;
  if (message.type === 'init') {
    dataset = getDataset(message.dataset);
    return;
  }
  const response = handlePartnerCenterRequest(
    { method: message.method, url: message.url, headers: message.headers },
    dataset ? { dataset } : {},
  );
  const reply: WorkerReply = {
    id: message.id,
    status: response.status,
    headers: response.headers,
    body: response.body ?? null,
  };
  // Fault hooks may ask for a slow answer (the "Partner Center is slow" demo).
  if (response.delayMs) setTimeout(() => scope.postMessage(reply), response.delayMs);
  else scope.postMessage(reply);
};
