import { useRef, type ReactNode, type RefObject } from 'react';
import { useOverflowHint } from './use-overflow-hint';

/**
 * A scroll area that shows, while it has more below, a fade at its bottom edge: in a strip of
 * its own under the area (always kept, so nothing moves), never drawn over what it holds.
 * `as="aside"` makes it the page's complementary landmark.
 */
export function HintedScroll({
  as: Element = 'div',
  label,
  className,
  frameClassName = '',
  children,
}: {
  as?: 'div' | 'aside';
  label?: string;
  className: string;
  /** Classes for the frame around the area and its strip (its size in the page's layout). */
  frameClassName?: string;
  children: ReactNode;
}) {
  const area = useRef<HTMLElement>(null);
  const moreBelow = useOverflowHint(area);
  return (
    <div className={`flex min-h-0 flex-col ${frameClassName}`}>
      <Element ref={area as RefObject<HTMLDivElement>} aria-label={label} className={className}>
        {children}
      </Element>
      <div
        aria-hidden="true"
        data-scroll-hint=""
        data-more-below={moreBelow || undefined}
        className={`scroll-hint h-2 shrink-0 ${moreBelow ? 'bg-gradient-to-b from-zinc-400/45 to-transparent dark:from-zinc-500/45' : ''}`}
      />
    </div>
  );
}
