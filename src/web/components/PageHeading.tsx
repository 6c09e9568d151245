import { useEffect, useRef, type ReactNode } from 'react';
import { useTitle } from './use-title';

type Props = { children: ReactNode; title: string };

/**
 * The page's one <h1>. It takes focus when the page opens, so a screen reader announces the new
 * page after client-side navigation. `title` is the document title (kept free of citizen data).
 */
export function PageHeading({ children, title }: Props) {
  const ref = useRef<HTMLHeadingElement>(null);
  useTitle(title);
  useEffect(() => {
    ref.current?.focus({ preventScroll: true });
  }, []);
  return (
    <h1 ref={ref} tabIndex={-1} className="page-heading">
      {children}
    </h1>
  );
}
