import { lazyModule } from '@/lib/lazy-module';

// Same recharts chunk as the snapshot chart; only this small module is extra.
export const trendChartModule = lazyModule(() => import('./trend-chart'));
