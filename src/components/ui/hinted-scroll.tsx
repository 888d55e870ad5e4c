import { useRef, type ReactNode, type RefObject } from 'react';
import { useOverflowHint } from './use-overflow-hint';

/**
 * A scroll area that says "More below" while it has more to show, so nothing hides unseen in
 * a short dock. `as="aside"` makes it the page's complementary landmark.
 */
export function HintedScroll({
  as: Element = 'div',
  label,
  className,
  hintClassName = '',
  children,
}: {
  as?: 'div' | 'aside';
  label?: string;
  className: string;
  /** Extra classes for the hint (e.g. `lg:hidden` where the area never scrolls). */
  hintClassName?: string;
  children: ReactNode;
}) {
  const area = useRef<HTMLElement>(null);
  const moreBelow = useOverflowHint(area);
  return (
    <div className="relative flex shrink-0 flex-col lg:w-auto">
      <Element ref={area as RefObject<HTMLDivElement>} aria-label={label} className={className}>
        {children}
      </Element>
      {moreBelow && (
        <p
          aria-hidden="true"
          className={`pointer-events-none absolute inset-x-0 bottom-0 bg-gradient-to-t from-zinc-50 via-zinc-50/90 to-transparent pt-4 pb-0.5 text-center text-[11px] font-medium text-zinc-600 dark:from-[#0e0e12] dark:via-[#0e0e12]/90 dark:text-zinc-400 ${hintClassName}`}
        >
          More below ↓ scroll
        </p>
      )}
    </div>
  );
}
