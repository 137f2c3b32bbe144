import { useEffect, useState } from 'react';

// Big, optional code (recharts is ~100 KiB gzip) lives in its own chunk. Its download must
// be able to start early (at boot, in a route loader, on hover) and, once loaded, be used
// synchronously: no Suspense fallback, no extra frame (a Suspense reveal is throttled by up
// to 300 ms in React 19).
//
// A chunk can fail to download (a deploy in progress, a flaky network). Then useModule
// throws a ChunkLoadError during render, so the nearest error boundary shows it with Retry;
// retrying remounts the component, and since a failed load is forgotten, it downloads again.
// Chromium keeps a failed module fetch in its module map, so importing the same URL again
// fails at once without a request: the retry imports the chunk's URL (named in the error)
// with a `?retry=n` query, a new module record that the browser really downloads.

export class ChunkLoadError extends Error {
  constructor(cause: unknown) {
    super('A part of the app could not be downloaded', { cause });
    this.name = 'ChunkLoadError';
  }
}

export interface LazyModule<M> {
  /** Starts (or joins) the download. Rejects with a ChunkLoadError; the next call retries. */
  preload(): Promise<M>;
  /** The module once loaded, else null (and the load is started). Throws a failed load. */
  useModule(): M | null;
}

export function lazyModule<M>(load: () => Promise<M>): LazyModule<M> {
  let loaded: M | null = null;
  let loading: Promise<M> | null = null;
  let failedUrl: string | null = null;
  let retries = 0;
  const preload = () => {
    if (loaded) return Promise.resolve(loaded);
    loading ??= (failedUrl ? importAgain<M>(failedUrl, ++retries) : load()).then(
      (module) => (loaded = module),
      (cause: unknown) => {
        loading = null;
        failedUrl ??= chunkUrl(cause);
        throw new ChunkLoadError(cause);
      },
    );
    return loading;
  };
  function useModule(): M | null {
    const [state, setState] = useState<{ module: M | null; error: unknown }>(() => ({
      module: loaded,
      error: null,
    }));
    useEffect(() => {
      if (state.module || state.error) return;
      let cancelled = false;
      preload().then(
        (module) => !cancelled && setState({ module, error: null }),
        (error: unknown) => !cancelled && setState({ module: null, error }),
      );
      return () => {
        cancelled = true;
      };
    }, [state]);
    if (state.error) throw state.error;
    return state.module;
  }
  return { preload, useModule };
}

/** The script a failed dynamic import names ("Failed to fetch dynamically imported module: <url>"). */
export function chunkUrl(cause: unknown): string | null {
  const message = cause instanceof Error ? cause.message : '';
  const match = /(https?:\/\/[^\s'"]+?\.js)\b/.exec(message);
  if (!match?.[1]) return null;
  try {
    // Only this app's own code: never import a script from another origin.
    return new URL(match[1]).origin === globalThis.location?.origin ? match[1] : null;
  } catch {
    return null;
  }
}

function importAgain<M>(url: string, attempt: number): Promise<M> {
  return import(/* @vite-ignore */ `${url}?retry=${attempt}`) as Promise<M>;
}
