import { lazyModule } from '@/lib/lazy-module';

// The customer chart (recharts) is a separate chunk; the app starts its download at boot
// (main.tsx) so it is ready by the time the data is.
const chart = lazyModule(() => import('./deployment-chart'));

export const preloadDeploymentChart = chart.preload;
export const useDeploymentChartModule = chart.useModule;
