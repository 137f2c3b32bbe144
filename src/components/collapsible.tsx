import { useLayoutEffect, useRef, type ReactNode } from 'react';

/** Screens at least this wide open every collapsible section at first; phones start closed. */
export const WIDE_SCREEN_QUERY = '(min-width: 40.0625rem)';

/**
 * A section a phone user can fold away (filters, thresholds): a native details/summary, so
 * it works with the keyboard and screen readers without script. On a wide screen it is
 * open (set before the first paint, so nothing moves) and its summary hidden, as if it were
 * not collapsible; on a phone it starts closed, where it would push the data below the
 * fold, and the summary says what the section holds and its state.
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
    if (typeof window.matchMedia !== 'function') {
      element.open = true;
      return;
    }
    // On a wide screen the summary is hidden (panels.css): the section must then be open,
    // also when a phone-sized window is widened.
    const query = window.matchMedia(WIDE_SCREEN_QUERY);
    const openWhenWide = () => {
      if (query.matches) element.open = true;
    };
    openWhenWide();
    query.addEventListener('change', openWhenWide);
    return () => query.removeEventListener('change', openWhenWide);
  }, []);
  return (
    <details ref={ref} className={className ? `collapsible ${className}` : 'collapsible'}>
      <summary className="collapsible__summary">{summary}</summary>
      <div className="collapsible__body">{children}</div>
    </details>
  );
}
