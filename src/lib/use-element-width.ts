import { useLayoutEffect, useRef, useState } from 'react';

/**
 * The rendered width of an element, kept up to date: charts choose their layout (labels
 * beside or above the bars, how much of a name fits) from the space they really have.
 * `fallback` is used before the first measurement and where ResizeObserver is missing.
 */
export function useElementWidth<E extends HTMLElement>(fallback: number) {
  const ref = useRef<E>(null);
  const [width, setWidth] = useState(fallback);
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element) return;
    const measure = () => {
      const next = Math.round(element.getBoundingClientRect().width);
      if (next > 0) setWidth(next);
    };
    measure();
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  return [ref, width] as const;
}
