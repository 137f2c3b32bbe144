import type { AppConfig } from '@/lib/config';

// Demo mode: the Partner Center emulator runs inside the browser through an MSW service
// worker, so `npm start` and a static build need no account and no server. Imported
// dynamically, only in demo mode: the production bundle never downloads MSW otherwise.
export async function startDemoApi(config: AppConfig): Promise<void> {
  const [{ setupWorker }, { createPartnerCenterHandlers }] = await Promise.all([
    import('msw/browser'),
    import('../../../emulators/partner-center/msw-handlers.js'),
  ]);
  const worker = setupWorker(
    ...createPartnerCenterHandlers({ baseUrl: config.partnerCenter.baseUrl }),
  );
  await worker.start({
    quiet: true,
    // Anything else (config.json, assets) goes to the network as usual.
    onUnhandledRequest: 'bypass',
    serviceWorker: { url: '/mockServiceWorker.js' },
  });
}
