import { useLayoutEffect, useRef, type ReactNode } from 'react';

/** Screens at least this wide open every collapsible section at first; phones start closed. */
export const WIDE_SCREEN_QUERY = '(min-width: 40.0625rem)';

/**
 * A section a phone user can fold away (filters, thresholds): a native details/summary, so
 * it works with the keyboard and screen readers without script. It starts open on a wide
 * screen (before the first paint, so nothing moves) and closed on a phone, where it would
 * push the data below the fold. The summary says what the section holds and its state.
 */
export function Collapsible({
  summary,
  className,
  children,
}: {
  summary: ReactNode;
  className?: string;
  children: ReactNode;
}) {
  const ref = useRef<HTMLDetailsElement>(null);
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element) return;
    const wide =
      typeof window.matchMedia !== 'function' || window.matchMedia(WIDE_SCREEN_QUERY).matches;
    if (wide) element.open = true;
  }, []);
  return (
    <details ref={ref} className={className ? `collapsible ${className}` : 'collapsible'}>
      <summary className="collapsible__summary">{summary}</summary>
      <div className="collapsible__body">{children}</div>
    </details>
  );
}
