import { useEffect, useState } from 'react';

// recharts is ~100 KiB gzip, so it is a separate chunk. Its download must start at boot
// (the app calls preloadDeploymentChart()), in parallel with sign-in and the data request:
// waiting for the first render to request it made the view slower (perf-budget.md). Once
// loaded, the module is used synchronously — no Suspense fallback, no extra frame.

import type * as DeploymentChartModule from './deployment-chart';

type ChartModule = typeof DeploymentChartModule;

let loaded: ChartModule | null = null;
let loading: Promise<ChartModule> | null = null;

export function preloadDeploymentChart(): Promise<ChartModule> {
  loading ??= import('./deployment-chart').then((module) => (loaded = module));
  return loading;
}

export function useDeploymentChartModule(): ChartModule | null {
  const [module, setModule] = useState(loaded);
  useEffect(() => {
    if (module) return;
    let cancelled = false;
    void preloadDeploymentChart().then((value) => {
      if (!cancelled) setModule(value);
    });
    return () => {
      cancelled = true;
    };
  }, [module]);
  return module;
}
