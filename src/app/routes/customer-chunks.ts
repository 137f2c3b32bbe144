import { lazyModule } from '@/lib/lazy-module';

// Trend, usage and right-size are opened less often than the snapshot: their code stays out of the
// first route's bundle. The route loader starts their download with the data (a tab that
// downloads its code only when it renders would add a waterfall), and the tabs render them
// without Suspense.
export const trendModule = lazyModule(
  () => import('@/features/deployment-trend/components/trend-view'),
);
export const usageModule = lazyModule(
  () => import('@/features/license-usage/components/usage-view'),
);
export const rightSizeModule = lazyModule(
  () => import('@/features/right-size/components/right-size-view'),
);
