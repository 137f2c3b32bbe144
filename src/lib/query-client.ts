import { QueryClient } from '@tanstack/react-query';

declare module '@tanstack/react-query' {
  interface Register {
    queryMeta: {
      /** Holds Partner Center display text that follows X-Locale: refetched on a language change. */
      localised?: boolean;
    };
  }
}

// The rest of the data policy. Retries are the HTTP client's job (it knows Retry-After,
// token refresh and which statuses are safe), so React Query never retries on top.
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        retry: false,
        // Partner Center's analytics are processed daily; a few minutes of reuse is safe
        // and spares the 500-requests-per-minute customer throttle.
        staleTime: 5 * 60_000,
        gcTime: 30 * 60_000,
        refetchOnWindowFocus: false,
      },
    },
  });
}
