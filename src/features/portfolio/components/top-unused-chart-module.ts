import { lazyModule } from '@/lib/lazy-module';

// Same recharts chunk as the customer charts; only this small module is extra. The
// portfolio's route loader starts it, so it is there by the time the first page is.
export const topUnusedChartModule = lazyModule(() => import('./top-unused-chart'));
