import type { ReactNode } from 'react';

import { ErrorPanel } from './error-panel';
import { RefetchErrorNotice } from './refetch-error-notice';

/** What QueryState reads from a useQuery / useInfiniteQuery result. */
export interface QueryLike<T> {
  data: T | undefined;
  error: unknown;
  isError: boolean;
  /** A failed background refresh while older data is on screen. */
  isRefetchError: boolean;
  refetch: () => unknown;
}

export interface QueryStateProps<T> {
  query: QueryLike<T>;
  /** Shown until the first answer: a skeleton the size of what comes. */
  pending: ReactNode;
  /** When the answer holds nothing to show, what to say instead of `children`. */
  empty?: ((data: T) => ReactNode) | undefined;
  isEmpty?: ((data: T) => boolean) | undefined;
  onSignIn?: ((reason: 'mfa' | 'session') => void) | undefined;
  /** For errors whose action is "back to customers". */
  backLink?: ReactNode;
  /** The view, once there is data. Builds markup only (hooks belong to the caller). */
  children: (data: T) => ReactNode;
}

/**
 * The four states every data view has, decided in one place: pending → skeleton; failed with
 * nothing to show → the specific error panel with its actions and support ids; a refresh
 * failed → a notice above the data that stays; empty → the view's own words.
 */
export function QueryState<T>({
  query,
  pending,
  empty,
  isEmpty,
  onSignIn,
  backLink,
  children,
}: QueryStateProps<T>) {
  const retry = () => void query.refetch();
  if (query.data === undefined) {
    if (!query.isError) return <>{pending}</>;
    return (
      <ErrorPanel error={query.error} onRetry={retry} onSignIn={onSignIn} backLink={backLink} />
    );
  }
  const data = query.data;
  return (
    <>
      {query.isRefetchError ? <RefetchErrorNotice error={query.error} onRetry={retry} /> : null}
      {empty && isEmpty?.(data) ? empty(data) : children(data)}
    </>
  );
}
