import { Trans } from '@lingui/react/macro';
import { useEffect, useId, useRef, type ReactNode } from 'react';

/**
 * A modal dialog on the browser's own `<dialog>`: focus moves into it and stays there,
 * Escape closes it, the page behind is inert. Named by its title.
 */
export function ModalDialog({
  title,
  titleAdornment,
  onClose,
  children,
  className = '',
}: {
  title: string;
  /** Shown before the title (an icon or picture); not part of the name. */
  titleAdornment?: ReactNode;
  onClose: () => void;
  children: ReactNode;
  className?: string;
}) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const closeRef = useRef(onClose);
  useEffect(() => {
    closeRef.current = onClose;
  });
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    // What had the focus before (the control that opened it), taken back once it closes.
    const opener = focusedElement();
    if (!dialog.open) dialog.showModal();
    // Escape: the browser fires `cancel`; the owner decides (it unmounts the dialog).
    const onCancel = (event: Event) => {
      event.preventDefault();
      closeRef.current();
    };
    // A click on the backdrop (the dialog element itself, outside its box) closes it too.
    const onClick = (event: MouseEvent) => {
      if (event.target === dialog) closeRef.current();
    };
    dialog.addEventListener('cancel', onCancel);
    dialog.addEventListener('click', onClick);
    return () => {
      dialog.removeEventListener('cancel', onCancel);
      dialog.removeEventListener('click', onClick);
      if (dialog.open) dialog.close();
      returnFocus(opener);
      // Once more after the owner's render, had the opener gone with it.
      requestAnimationFrame(() => returnFocus(opener));
    };
  }, []);
  return (
    <dialog
      ref={ref}
      aria-labelledby={titleId}
      className={`modal-dialog m-auto max-h-[min(90dvh,46rem)] w-[min(34rem,calc(100vw-1.5rem))] overflow-hidden rounded-xl border border-zinc-200 bg-white p-0 text-zinc-900 shadow-2xl backdrop:bg-black/50 dark:border-zinc-700 dark:bg-zinc-900 dark:text-zinc-100 ${className}`}
    >
      <div className="flex max-h-[inherit] flex-col">
        <div className="flex items-center gap-2 border-b border-zinc-200 px-4 py-3 dark:border-zinc-800">
          {titleAdornment}
          <h2 id={titleId} className="min-w-0 flex-1 truncate text-base font-semibold">
            {title}
          </h2>
        </div>
        <div className="min-h-0 flex-1 overflow-y-auto overscroll-contain">{children}</div>
      </div>
    </dialog>
  );
}

/** Where the focus goes when what opened a dialog is gone: the message box, where there is one. */
const FOCUS_HOME = 'data-focus-home';

function focusedElement(): HTMLElement | null {
  const active = document.activeElement;
  return active instanceof HTMLElement && active !== document.body ? active : null;
}

/**
 * After a dialog: the focus, if it fell to the page's body (the browser gives it back to the
 * opener only while that is still there), goes to the opener, else to the message box.
 */
function returnFocus(opener: HTMLElement | null): void {
  const active = focusedElement();
  if (active?.isConnected && !active.closest('dialog:not([open])')) return;
  const home = document.querySelector<HTMLElement>(`[${FOCUS_HOME}]`);
  const target = opener?.isConnected ? opener : home;
  target?.focus();
  if (focusedElement() === null) home?.focus();
}

/** The dialog's "Done" button, in a footer that stays in view while the dialog scrolls. */
export function DialogDone({ onDone }: { onDone: () => void }) {
  return (
    <div className="sticky bottom-0 flex justify-end border-t border-zinc-200 bg-white px-4 py-3 dark:border-zinc-800 dark:bg-zinc-900">
      <button
        type="button"
        onClick={onDone}
        className="rounded-lg bg-violet-600 px-4 py-1.5 text-sm font-semibold text-white hover:bg-violet-500 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-violet-500"
      >
        <Trans>Done</Trans>
      </button>
    </div>
  );
}
