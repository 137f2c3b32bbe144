import type { AppConfig } from '@/lib/config';

// Demo mode: the Partner Center emulator runs inside the browser through an MSW service
// worker, so `npm start` and a static build need no account and no server. Imported
// dynamically, only in demo mode: the production bundle never downloads MSW otherwise.
export async function startDemoApi(config: AppConfig): Promise<void> {
  const [{ setupWorker }, { createPartnerCenterHandlers }, { getDataset }] = await Promise.all([
    import('msw/browser'),
    import('../../../emulators/partner-center/msw-handlers.js'),
    import('../../../emulators/partner-center/dataset.js'),
  ]);
  const dataset = getDataset(config.auth.mode === 'demo' ? config.auth.dataset : 'standard');
  const worker = setupWorker(
    ...createPartnerCenterHandlers({ baseUrl: config.partnerCenter.baseUrl, dataset }),
  );
  await worker.start({
    quiet: true,
    // Anything else (config.json, assets) goes to the network as usual.
    onUnhandledRequest: 'bypass',
    serviceWorker: { url: '/mockServiceWorker.js' },
  });
}
