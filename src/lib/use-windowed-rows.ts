import { useVirtualizer } from '@tanstack/react-virtual';
import { useRef, useSyncExternalStore } from 'react';

// Long tables render only the rows in view (plus a margin), with spacer rows above and
// below so the scroll bar and native table semantics stay right. Short ones render whole:
// windowing a 20-row table would only cost Ctrl+F and printing. While printing, every
// table renders whole: paper has no scroll bar.

// Chrome fires beforeprint before it lays the page out for print media, so both are read.
let printRequested = false;
function subscribePrint(onChange: () => void) {
  if (typeof window.matchMedia !== 'function') return () => {};
  const query = window.matchMedia('print');
  const before = () => {
    printRequested = true;
    onChange();
  };
  const after = () => {
    printRequested = false;
    onChange();
  };
  query.addEventListener('change', onChange);
  window.addEventListener('beforeprint', before);
  window.addEventListener('afterprint', after);
  return () => {
    query.removeEventListener('change', onChange);
    window.removeEventListener('beforeprint', before);
    window.removeEventListener('afterprint', after);
  };
}
function isPrinting() {
  return (
    printRequested ||
    (typeof window.matchMedia === 'function' && window.matchMedia('print').matches)
  );
}

export function useWindowedRows<T>(
  rows: readonly T[],
  { from, rowHeight }: { from: number; rowHeight: number },
) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const printing = useSyncExternalStore(subscribePrint, isPrinting, () => false);
  const windowed = rows.length >= from && !printing;
  // The virtualizer is read during render by design (it re-renders on scroll); the React
  // Compiler rightly skips memoising this hook, which is what we want.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: windowed ? rows.length : 0,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => rowHeight,
    overscan: 12,
  });
  const items = windowed ? virtualizer.getVirtualItems() : null;
  const visible = items
    ? items.flatMap((item) => {
        const row = rows[item.index];
        return row === undefined ? [] : [{ row, index: item.index }];
      })
    : rows.map((row, index) => ({ row, index }));
  const padTop = items?.[0]?.start ?? 0;
  const padBottom =
    items && items.length > 0
      ? virtualizer.getTotalSize() - (items[items.length - 1]?.end ?? 0)
      : 0;
  return { scrollRef, windowed, visible, padTop, padBottom };
}
