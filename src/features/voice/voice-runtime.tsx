import { Trans, useLingui } from '@lingui/react/macro';
import { useEffect, useRef, useState } from 'react';
import type { ReadingSettingsState } from '../reading';
import type { StreamStore } from '../../store/stream-store';
import { ChatReader, type SpeechLike } from './chat-reader';
import { HighlightNotifier, type NotificationMaker } from './highlight-notifier';
import { isToNotify, isToRead, lineContext, watchNewLines, type LineContext } from './line-choice';
import { spokenLine } from './speech-text';
import type { LineWords, VoiceView } from './voice-and-notice';

/**
 * Read aloud and notify: loaded when Settings turn either on. Both follow the stream's new
 * lines (never those kept from before) and read the settings as they are at each line.
 */

interface Stores {
  store: StreamStore;
  settings: { getState(): ReadingSettingsState };
  view: VoiceView;
}

/** The rules for the current settings and accounts, compiled again only when either changes. */
function contextKeeper({ store, settings, view }: Stores): () => LineContext {
  let key: [unknown, unknown] = [null, null];
  let context: LineContext | null = null;
  return () => {
    const current = settings.getState().settings;
    const accounts = store.getState().accounts;
    if (!context || key[0] !== current || key[1] !== accounts) {
      context = lineContext(current, accounts, view);
      key = [current, accounts];
    }
    return context;
  };
}

/** The interface language (what `<html lang>` says, else the browser's). */
function interfaceLanguage(): string {
  return document.documentElement.lang || navigator.language || 'en';
}

/**
 * Reads the chosen lines aloud; while it speaks, shows `button` "Stop reading" (in the
 * dashboard's header).
 */
export function ReadAloud({ store, settings, view, wordsOf }: Stores & { wordsOf: LineWords }) {
  const { t } = useLingui();
  const [speaking, setSpeaking] = useState(false);
  const reader = useRef<ChatReader | null>(null);
  const wordsRef = useRef(wordsOf);
  useEffect(() => {
    wordsRef.current = wordsOf;
  }, [wordsOf]);
  useEffect(() => {
    const synth = globalThis.speechSynthesis as SpeechLike | undefined;
    if (!synth || typeof SpeechSynthesisUtterance === 'undefined') return;
    const chatReader = new ChatReader(synth, setSpeaking);
    reader.current = chatReader;
    const context = contextKeeper({ store, settings, view });
    const stop = watchNewLines(store, (lines) => {
      const current = settings.getState().settings;
      const which = current.readWhich;
      // The newest line worth reading: any other would be dropped by the pace anyway.
      for (let index = lines.length - 1; index >= 0; index--) {
        const line = lines[index]!;
        if (!isToRead(line, which, context())) continue;
        const text = spokenLine(line, {
          links: current.readLinks,
          sayOnly: which === 'say',
          emoteWords: wordsRef.current(line),
        });
        if (!text) continue;
        chatReader.offer(text, {
          voiceURI: current.readVoice,
          lang: interfaceLanguage(),
          rate: current.readRate,
          volume: current.readVolume,
        });
        return;
      }
    });
    return () => {
      stop();
      chatReader.stop();
      reader.current = null;
    };
  }, [store, settings, view]);
  // The button goes when the line ends: a keyboard user's focus moves on to the next control.
  const focusAfter = useRef<HTMLElement | null>(null);
  useEffect(() => {
    if (speaking || !focusAfter.current) return;
    if (document.activeElement === document.body || document.activeElement === null) {
      focusAfter.current.focus();
    }
    focusAfter.current = null;
  }, [speaking]);
  if (!speaking) return null;
  // An icon in a narrow dock (the header keeps to one line), with its words from 640 px on.
  return (
    <button
      type="button"
      aria-label={t`Stop reading`}
      title={t`Stop reading the line aloud`}
      onClick={() => reader.current?.stop()}
      onFocus={(event) => {
        const next = event.currentTarget.nextElementSibling;
        focusAfter.current = next instanceof HTMLElement ? next : null;
      }}
      onBlur={() => {
        focusAfter.current = null;
      }}
      className="flex h-8 shrink-0 items-center gap-1.5 rounded-md border border-violet-500/50 px-2 text-sm font-semibold text-violet-700 hover:bg-violet-500/10 focus-visible:outline-2 focus-visible:outline-violet-500 dark:text-violet-300"
    >
      <svg
        aria-hidden="true"
        viewBox="0 0 24 24"
        className="size-4"
        fill="none"
        stroke="currentColor"
        strokeWidth="2"
        strokeLinecap="round"
        strokeLinejoin="round"
      >
        <path d="M11 5 6 9H3v6h3l5 4z" />
        <rect x="15" y="9" width="6" height="6" rx="1" fill="currentColor" stroke="none" />
      </svg>
      <span className="hidden sm:inline">
        <Trans>Stop reading</Trans>
      </span>
    </button>
  );
}

/** Desktop notifications for mentions and highlights while the page is hidden. */
export function NotifyWhenHidden({ store, settings, view }: Stores) {
  useEffect(() => {
    if (typeof Notification === 'undefined') return;
    const make: NotificationMaker = (title, options) => new Notification(title, options);
    const notifier = new HighlightNotifier(make, (line) => {
      window.focus();
      store.getState().jumpToLine(line.seq);
    });
    const context = contextKeeper({ store, settings, view });
    return watchNewLines(store, (lines) => {
      if (document.visibilityState !== 'hidden' || Notification.permission !== 'granted') return;
      const line = lines.findLast((candidate) => isToNotify(candidate, context()));
      if (!line) return;
      const network = store.getState().accounts.find((account) => account.id === line.accountId);
      notifier.offer(line, {
        networkName:
          line.network === 'irc' ? 'IRC' : (network?.network.displayName ?? line.network),
        streamerMode: settings.getState().settings.streamerMode,
      });
    });
  }, [store, settings, view]);
  return null;
}

/** The parts Settings turned on. */
export default function VoiceRuntime({
  read,
  notify,
  ...stores
}: Stores & { read: boolean; notify: boolean; wordsOf: LineWords }) {
  return (
    <>
      {read && <ReadAloud {...stores} />}
      {notify && <NotifyWhenHidden {...stores} />}
    </>
  );
}
