import type { AppConfig } from '@/lib/config';

import { createWorkerFetch } from './worker-fetch';

// Demo mode: the Partner Center emulator runs in a dedicated worker, and the HTTP client
// talks to it through a fetch of its own, so `npm start` and a static build need no account
// and no server. Imported dynamically, only in demo mode: the production bundle never
// downloads the emulator otherwise. (The demo used to run MSW in a service worker; its
// registration cost every visit a hand-shake and the emulator ran on the main thread.)
export function startDemoApi(config: AppConfig): typeof fetch {
  const worker = new Worker(new URL('./emulator-worker.ts', import.meta.url), {
    type: 'module',
    name: 'partner-center-emulator',
  });
  worker.postMessage({
    type: 'init',
    dataset: config.auth.mode === 'demo' ? config.auth.dataset : 'standard',
  });
  forgetOldServiceWorker();
  return createWorkerFetch(worker, config.partnerCenter.baseUrl);
}

/** A browser that ran an earlier demo still has its MSW service worker; it only slows visits. */
function forgetOldServiceWorker(): void {
  void navigator.serviceWorker
    ?.getRegistrations()
    .then((registrations) =>
      Promise.all(
        registrations
          .filter((registration) =>
            registration.active?.scriptURL.endsWith('/mockServiceWorker.js'),
          )
          .map((registration) => registration.unregister()),
      ),
    )
    .catch(() => undefined);
}
