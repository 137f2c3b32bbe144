// The app's lazily loaded chunks, for test files that render the app (render-app.tsx).

let appRendered = false;

export function markAppRendered(): void {
  appRendered = true;
}

/**
 * Waits for the app's lazy chunks if this test file rendered the app: importing the same
 * modules joins a download still in flight, so the file's environment is not torn down
 * under it. Files that never rendered the app do not pay for loading recharts.
 */
export async function settleAppChunks(): Promise<void> {
  if (!appRendered) return;
  await Promise.allSettled([
    import('@/features/license-deployment/components/deployment-chart'),
    import('@/features/deployment-trend/components/trend-view'),
    import('@/features/deployment-trend/components/trend-chart'),
    import('@/features/license-usage/components/usage-view'),
    import('@/features/license-usage/components/usage-chart'),
    import('@/features/portfolio/components/top-unused-chart'),
  ]);
}
