import type { ReactNode } from 'react';

/** Nothing to show, said plainly: a title for whole-view cases, then what to do. */
export function EmptyState({
  title,
  large = false,
  status = false,
  children,
}: {
  title?: string;
  large?: boolean;
  /** Announce it (the view changed to this after loading). */
  status?: boolean;
  children: ReactNode;
}) {
  return (
    <section
      className={large ? 'empty-state empty-state--large' : 'empty-state'}
      role={status ? 'status' : undefined}
    >
      {title ? <h2>{title}</h2> : null}
      {children}
    </section>
  );
}
