import { useId, type ReactNode } from 'react';

import { ErrorBoundary } from './error-boundary';
import { ErrorPanel } from './error-panel';

/**
 * A titled card; the section is named by its heading for screen-reader navigation. What is
 * inside is isolated: a chart or table that fails to draw shows its error (with a retry)
 * and leaves the rest of the view working.
 */
export function Panel({
  title,
  header,
  id,
  children,
}: {
  title: ReactNode;
  /** An id to link to (the main table's, see main-table.ts); the section takes focus then. */
  id?: string;
  /** Shown beside the title (a subtitle, a toggle). */
  header?: ReactNode;
  children: ReactNode;
}) {
  const headingId = useId();
  const heading = (
    <h2 id={headingId} className="section-title">
      {title}
    </h2>
  );
  return (
    <section aria-labelledby={headingId} className="panel" id={id} tabIndex={id ? -1 : undefined}>
      {header ? (
        <div className="panel__header">
          {heading}
          {header}
        </div>
      ) : (
        heading
      )}
      <ErrorBoundary fallback={(error, reset) => <ErrorPanel error={error} onRetry={reset} />}>
        {children}
      </ErrorBoundary>
    </section>
  );
}
