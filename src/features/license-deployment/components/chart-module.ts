import { lazyModule } from '@/lib/lazy-module';

// The customer chart (recharts) is a separate chunk; the app starts its download at boot
// (main.tsx) so it is ready by the time the data is.
export const deploymentChartModule = lazyModule(() => import('./deployment-chart'));

export const preloadDeploymentChart = deploymentChartModule.preload;
