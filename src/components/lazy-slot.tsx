import type { ReactNode } from 'react';

import type { LazyModule } from '@/lib/lazy-module';

/**
 * Where lazily loaded code (a chart) goes: the placeholder until it has arrived, then the
 * module's markup. The module is read HERE, inside whatever panel holds the slot, so a
 * download that fails is caught by that panel's boundary (with Retry) and the rest of the
 * view — the table beside the chart — keeps working.
 */
export function LazySlot<M>({
  module,
  placeholder,
  children,
}: {
  module: LazyModule<M>;
  placeholder: ReactNode;
  children: (module: M) => ReactNode;
}) {
  const loaded = module.useModule();
  return <>{loaded ? children(loaded) : placeholder}</>;
}
