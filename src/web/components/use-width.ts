import { useEffect, useRef, useState, type RefObject } from 'react';

/** The rendered width of an element (at least `min`), kept up to date as it resizes; `fallback` before it is measured. */
export function useWidth<T extends HTMLElement>(fallback = 600, min = 240): [RefObject<T | null>, number] {
  const ref = useRef<T>(null);
  const [width, setWidth] = useState(fallback);
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const measure = () => setWidth(Math.max(min, Math.round(el.getBoundingClientRect().width)) || fallback);
    measure();
    if (typeof ResizeObserver === 'undefined') return;
    const ro = new ResizeObserver(measure);
    ro.observe(el);
    return () => ro.disconnect();
  }, [fallback, min]);
  return [ref, width];
}
