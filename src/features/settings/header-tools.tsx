import { Trans, useLingui } from '@lingui/react/macro';
import { Suspense, lazy, useCallback, useEffect, useRef, useState, type ReactNode } from 'react';
import { SearchPanel, useReadingSettings, useReadingSettingsStore } from '../reading';

// The dialogs load when first opened (the search panel too: reading's index loads it so):
// the first paint does not wait for them.
const SettingsDialog = lazy(() =>
  import('./settings-with-tools').then((module) => ({ default: module.SettingsWithTools })),
);

function HeaderIconButton({
  label,
  title,
  onClick,
  children,
  buttonRef,
  expanded,
}: {
  label: string;
  title: string;
  onClick: () => void;
  children: ReactNode;
  buttonRef?: React.Ref<HTMLButtonElement>;
  expanded?: boolean;
}) {
  return (
    <button
      ref={buttonRef}
      type="button"
      aria-label={label}
      title={title}
      aria-expanded={expanded}
      onClick={onClick}
      className="grid size-8 shrink-0 place-items-center rounded-md text-zinc-600 hover:bg-zinc-500/10 focus-visible:outline-2 focus-visible:outline-violet-500 dark:text-zinc-300"
    >
      <svg
        aria-hidden="true"
        viewBox="0 0 24 24"
        className="size-[18px]"
        fill="none"
        stroke="currentColor"
        strokeWidth="2"
        strokeLinecap="round"
        strokeLinejoin="round"
      >
        {children}
      </svg>
    </button>
  );
}

/** `button` "Settings" and the dialog it opens; focus comes back to the button. */
export function SettingsButton() {
  const { t } = useLingui();
  const [open, setOpen] = useState(false);
  const [closed, setClosed] = useState(0);
  const button = useRef<HTMLButtonElement>(null);
  const close = useCallback(() => {
    setOpen(false);
    setClosed((count) => count + 1);
  }, []);
  // Once the dialog has gone (while it is open the page behind cannot take the focus).
  useEffect(() => {
    if (closed > 0) button.current?.focus();
  }, [closed]);
  return (
    <>
      <HeaderIconButton
        label={t`Settings`}
        title={t`Settings: highlights, hiding, timestamps, streamer mode`}
        onClick={() => setOpen(true)}
        buttonRef={button}
      >
        <circle cx="12" cy="12" r="3" />
        <path d="M19.4 15a1.7 1.7 0 0 0 .3 1.8l.1.1a2 2 0 1 1-2.8 2.8l-.1-.1a1.7 1.7 0 0 0-1.8-.3 1.7 1.7 0 0 0-1 1.5V21a2 2 0 1 1-4 0v-.1a1.7 1.7 0 0 0-1.1-1.5 1.7 1.7 0 0 0-1.8.3l-.1.1a2 2 0 1 1-2.8-2.8l.1-.1a1.7 1.7 0 0 0 .3-1.8 1.7 1.7 0 0 0-1.5-1H3a2 2 0 1 1 0-4h.1a1.7 1.7 0 0 0 1.5-1.1 1.7 1.7 0 0 0-.3-1.8l-.1-.1a2 2 0 1 1 2.8-2.8l.1.1a1.7 1.7 0 0 0 1.8.3H9a1.7 1.7 0 0 0 1-1.5V3a2 2 0 1 1 4 0v.1a1.7 1.7 0 0 0 1 1.5 1.7 1.7 0 0 0 1.8-.3l.1-.1a2 2 0 1 1 2.8 2.8l-.1.1a1.7 1.7 0 0 0-.3 1.8V9a1.7 1.7 0 0 0 1.5 1H21a2 2 0 1 1 0 4h-.1a1.7 1.7 0 0 0-1.5 1z" />
      </HeaderIconButton>
      {open && (
        <Suspense fallback={null}>
          <SettingsDialog onClose={close} />
        </Suspense>
      )}
    </>
  );
}

/**
 * Search: `button` "Search" and Ctrl+F (Cmd+F) open the panel over the chat. Closing returns
 * the focus to the button, or to the log when a result was chosen.
 */
export function useChatSearch() {
  const { t } = useLingui();
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if ((event.ctrlKey || event.metaKey) && !event.altKey && event.key.toLowerCase() === 'f') {
        event.preventDefault();
        setOpen(true);
      }
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
  const close = useCallback((chosen: boolean) => {
    setOpen(false);
    if (chosen) document.querySelector<HTMLElement>('[role="log"]')?.focus();
    else button.current?.focus();
  }, []);
  const searchButton = (
    <HeaderIconButton
      label={t`Search`}
      title={t`Search chat (Ctrl+F)`}
      onClick={() => setOpen((shown) => !shown)}
      buttonRef={button}
      expanded={open}
    >
      <circle cx="11" cy="11" r="7" />
      <path d="m20 20-3.5-3.5" />
    </HeaderIconButton>
  );
  const searchPanel = open ? (
    <Suspense fallback={null}>
      <SearchPanel onClose={close} />
    </Suspense>
  ) : null;
  return { searchButton, searchPanel };
}

/** Said once, under the header: the kept reading settings could not be used. */
export function ReadingNotice() {
  const notice = useReadingSettings((state) => state.notice);
  const readingSettings = useReadingSettingsStore();
  const { i18n } = useLingui();
  if (!notice) return null;
  return (
    <p
      role="status"
      className="flex items-center gap-2 border-b border-amber-500/30 bg-amber-500/10 px-3 py-1.5 text-sm"
    >
      <span className="min-w-0 flex-1">{i18n._(notice)}</span>
      <button
        type="button"
        onClick={() => readingSettings.store.getState().dismissNotice()}
        className="shrink-0 rounded px-2 py-0.5 font-medium hover:bg-amber-500/20 focus-visible:outline-2 focus-visible:outline-violet-500"
      >
        <Trans>Dismiss</Trans>
      </button>
    </p>
  );
}
