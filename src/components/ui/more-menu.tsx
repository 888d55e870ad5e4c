import { useEffect, useRef, type ReactNode } from 'react';

/**
 * Secondary actions behind one small button, for headers that must stay on one line (an OBS
 * dock). A disclosure: Enter or Space opens it, Escape closes it and returns to the button.
 */
export function MoreMenu({ label, children }: { label: string; children: ReactNode }) {
  const details = useRef<HTMLDetailsElement>(null);
  useEffect(() => {
    const element = details.current;
    if (!element) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 'Escape' || !element.open) return;
      event.preventDefault();
      element.open = false;
      element.querySelector('summary')?.focus();
    };
    // Choosing an action closes the menu.
    const onClick = (event: MouseEvent) => {
      const target = event.target as Element | null;
      if (target?.closest('button') && !target.closest('summary')) element.open = false;
    };
    element.addEventListener('keydown', onKeyDown);
    element.addEventListener('click', onClick);
    return () => {
      element.removeEventListener('keydown', onKeyDown);
      element.removeEventListener('click', onClick);
    };
  }, []);
  return (
    <details ref={details} className="relative shrink-0">
      <summary
        aria-label={label}
        title={label}
        className="grid size-8 cursor-pointer list-none place-items-center rounded-md text-lg leading-none text-zinc-600 hover:bg-zinc-500/10 focus-visible:outline-2 focus-visible:outline-violet-500 dark:text-zinc-300 [&::-webkit-details-marker]:hidden"
      >
        <span aria-hidden="true">⋯</span>
      </summary>
      <div className="absolute top-full end-0 z-20 mt-1 flex min-w-40 flex-col rounded-lg border border-zinc-200 bg-white p-1 shadow-lg shadow-black/10 dark:border-zinc-700 dark:bg-zinc-900">
        {children}
      </div>
    </details>
  );
}
