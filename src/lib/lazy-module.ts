import { useEffect, useState } from 'react';

// Big, optional code (recharts is ~100 KiB gzip) lives in its own chunk. Its download must
// be able to start early (at boot, in parallel with sign-in and the first request) and,
// once loaded, be used synchronously: no Suspense fallback, no extra frame (perf-budget.md).

export interface LazyModule<M> {
  preload(): Promise<M>;
  /** The module once loaded, else null (and the load is started). */
  useModule(): M | null;
}

/** Downloads in flight, so a test run can let them finish before its environment goes. */
const inFlight = new Set<Promise<unknown>>();

/** Resolves once every module download started so far has settled. */
export async function settleLazyModules(): Promise<void> {
  await Promise.allSettled([...inFlight]);
}

export function lazyModule<M>(load: () => Promise<M>): LazyModule<M> {
  let loaded: M | null = null;
  let loading: Promise<M> | null = null;
  const preload = () => {
    if (!loading) {
      const started = load().then((module) => (loaded = module));
      inFlight.add(started);
      void started.finally(() => inFlight.delete(started)).catch(() => undefined);
      loading = started;
    }
    return loading;
  };
  function useModule(): M | null {
    const [module, setModule] = useState(loaded);
    useEffect(() => {
      if (module) return;
      let cancelled = false;
      void preload().then((value) => {
        if (!cancelled) setModule(value);
      });
      return () => {
        cancelled = true;
      };
    }, [module]);
    return module;
  }
  return { preload, useModule };
}
