import {
  defaultRangeExtractor,
  useVirtualizer,
  type Range,
  type Virtualizer,
} from '@tanstack/react-virtual';
import {
  Suspense,
  lazy,
  memo,
  useCallback,
  useEffect,
  useId,
  useMemo,
  useRef,
  useState,
  type CSSProperties,
  type KeyboardEvent,
  type WheelEvent,
} from 'react';
import type { ImagePolicy } from '../../protocol/image-hosts';
import { useStream, useStreamStore } from '../../store/stream-context';
import type { LineFilter } from '../reading';
import { useRegexEngine, hasRegexEntry, useReadingSettings, indexAfter } from '../reading';
import type { HistoryLine } from '../../store/slices/history';
import { useStreamActions } from '../../session/stream-provider';
import { useFeatureLine } from '../featured';
import {
  ChatMessage,
  type ChatMessageOptions,
  type LineMarks,
  type RowActions,
} from './chat-message';
import { RowBoundary } from './row-boundary';
import { sharedReadingView, sharedRules } from './shared-reading';
import { useFollowNewest } from './use-follow-newest';
import { useHighlightAnnouncer } from './use-highlight-announcer';
import { useLogKeyboard } from './use-log-keyboard';
import { usePauseOnHover } from './use-pause-on-hover';

// A chatter's card is opened by few, and never in a busy overlay: loaded when first asked for.
const UserCard = lazy(() => import('./user-card').then((module) => ({ default: module.UserCard })));

/** A chosen search result stays marked this long. */
const FOUND_MARK_MS = 2_500;

/** How the chat is shown, from the page's settings (one place: see chatViewOptions). */
export interface ChatViewOptions {
  hideIrc: boolean;
  hidePm: boolean;
  compact: boolean;
  showPicture: boolean;
  fromBottom: boolean;
  /** Seconds after which a line fades out; null keeps lines. */
  fadeoutSeconds: number | null;
}

export interface ChatLogProps {
  /** Which hosts chat images and pictures may be fetched from. */
  images: ImagePolicy;
  view: ChatViewOptions;
  /** Widget mode: no jump-to-live control, no composer to go to. */
  widget?: boolean;
  /** Only lines this keeps are shown (a filtered deck column). */
  filter?: LineFilter;
  /** Rewrites the words of some lines (the app's third-party emotes). */
  decorateFor?: ChatMessageOptions['decorateFor'];
}

const ROW_ESTIMATE_PX = 30;
/** Measured row sizes kept before those of dropped lines are forgotten. */
const SIZES_KEPT = 2_000;
const KEYS_HINT = 'Up and Down move from line to line, Right reaches a line’s buttons.';
const KEYS_HINT_COMPOSER = `${KEYS_HINT} Enter opens a line’s actions; Escape goes to the message box.`;

/** The unified chat: every network's lines, virtualized, following the newest unless paused. */
export function ChatLog({ images, view, widget = false, filter, decorateFor }: ChatLogProps) {
  const { hideIrc, compact, showPicture, fromBottom, fadeoutSeconds } = view;
  const reading = useReadingSettings((state) => state.settings);
  const { streamerMode, timestamps } = reading;
  // Streamer mode: private messages never reach a captured window.
  const hidePm = view.hidePm || streamerMode;
  const messages = useStream((state) => state.messages);
  const accounts = useStream((state) => state.accounts);

  // The rules change with the settings or the stream's own names, not with every status; the
  // rules and the view are the stream's, shared by every log that shows it the same way.
  const store = useStreamStore();
  const ownNames = accounts.map((account) => `${account.network.name}:${account.name}`).join();
  const rulesAccounts = useRef(accounts);
  rulesAccounts.current = accounts;
  // A `/regex/` word runs in the pattern engine, loaded (once) when one is listed.
  const engineReady = useRegexEngine(
    hasRegexEntry(reading.highlightWords) || hasRegexEntry(reading.hiddenWords),
  );
  const rules = useMemo(
    () => sharedRules(store, reading, rulesAccounts.current, ownNames),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- ownNames stands for the accounts
    [
      store,
      reading.highlightWords,
      reading.highlightUsers,
      reading.highlightFirst,
      reading.hiddenWords,
      reading.hiddenUsers,
      reading.hideBotCommands,
      ownNames,
      engineReady,
    ],
  );
  const foldRepeats =
    reading.foldRepeats === 'everywhere' || (reading.foldRepeats === 'widgets' && widget);
  const [showHidden, setShowHidden] = useState(false);
  const builder = useMemo(
    () =>
      sharedReadingView(rules, {
        foldRepeats,
        showHidden: showHidden && !widget,
        hideIrc,
        hidePm,
        filter,
      }),
    [rules, foldRepeats, showHidden, widget, hideIrc, hidePm, filter],
  );
  const reader = useMemo(() => builder.update(messages), [builder, messages]);
  const lines = reader.lines;

  useEffect(() => {
    // The chime loads the first time it is needed (sound is off unless the streamer asks).
    if (!widget && reading.sound && reader.newHighlights > 0) {
      void import('./highlight-tone').then(({ playHighlightTone }) => playHighlightTone());
    }
  }, [reader, widget, reading.sound]);

  const [card, setCard] = useState<{ line: HistoryLine; from: HTMLElement } | null>(null);
  const openCard = useCallback(
    (line: HistoryLine, from: HTMLElement) => setCard({ line, from }),
    [],
  );
  // Back to the name that opened the card (its row still on screen), unless replying. Done
  // once the dialog has gone: while it is open, the rest of the page cannot take the focus.
  const returnFocus = useRef<{ element: HTMLElement; seq: number } | null>(null);
  const closeCard = useCallback(
    ({ replied }: { replied: boolean } = { replied: false }) => {
      returnFocus.current = replied || !card ? null : { element: card.from, seq: card.line.seq };
      setCard(null);
    },
    [card],
  );
  useEffect(() => {
    const target = returnFocus.current;
    if (card || !target) return;
    returnFocus.current = null;
    // The same name, even if its row was drawn again while the card was open.
    const nameOf = () =>
      target.element.isConnected
        ? target.element
        : scrollRef.current?.querySelector<HTMLElement>(`[data-seq="${target.seq}"] .author-name`);
    nameOf()?.focus();
    // Once more after the browser's own focus restoring for the closed dialog, if it moved it.
    const frame = requestAnimationFrame(() => {
      const name = nameOf();
      if (name && document.activeElement !== name) name.focus();
    });
    return () => cancelAnimationFrame(frame);
  }, [card]);

  const networkNames = useMemo(() => {
    const names = new Map<string, string>();
    for (const account of accounts) names.set(account.network.name, account.network.displayName);
    return names;
  }, [accounts]);
  const { replyTo } = useStreamActions();
  const featureLine = useFeatureLine();
  const rowActions = useMemo<RowActions | undefined>(() => {
    if (widget) return undefined;
    return {
      reply: replyTo,
      feature: (line, queue) => {
        const networkName =
          line.network === 'irc'
            ? 'IRC'
            : (networkNames.get(line.network) ?? titleCase(line.network));
        featureLine?.(line, { networkName, queue });
      },
    };
  }, [widget, replyTo, networkNames, featureLine]);
  const options = useMemo<ChatMessageOptions>(
    () => ({
      rowActions,
      compact,
      showPicture,
      images,
      networkName: (network) => networkNames.get(network) ?? titleCase(network),
      timestamps,
      streamerMode,
      openCard,
      decorateFor,
    }),
    [
      compact,
      showPicture,
      images,
      networkNames,
      timestamps,
      streamerMode,
      openCard,
      rowActions,
      decorateFor,
    ],
  );

  const scrollRef = useRef<HTMLDivElement>(null);
  const keysHintId = useId();
  // The log by keyboard: one Tab stop, lines by arrow keys; Escape goes to the message box.
  const askMessageFocus = useStream((state) => state.askMessageFocus);
  const hasComposer = !widget && !filter;
  const areaRef = useRef<HTMLDivElement>(null);
  const keyboard = useLogKeyboard(scrollRef, areaRef, lines, {
    // A line that is not drawn is far from the newest: the reader has left the end.
    reveal: (index) => {
      pause();
      virtualizer.scrollToIndex(index, { align: 'auto' });
    },
    leave: () => {
      jumpToLive();
      if (hasComposer) askMessageFocus();
      else scrollRef.current?.focus();
      return true;
    },
  });
  const lastSeq = lines.at(-1)?.seq ?? 0;
  const { pausedAfterSeq, pause, jumpToLive, onScroll, onPointerDown, onPointerUp } =
    useFollowNewest(scrollRef, lastSeq, keyboard.holding);
  // Following the newest line: neither paused by the reader nor held by the keyboard's focus.
  const following = pausedAfterSeq === null && !keyboard.holding;

  const virtualizerRef = useRef<Virtualizer<HTMLDivElement, Element> | null>(null);
  // While following, the rows drawn are those at the end, whatever the scroll position the
  // virtualizer last heard of: new lines are drawn in the same frame the log goes to the end.
  const endRange = useCallback((range: Range) => endRangeOf(range, virtualizerRef.current), []);
  const getItemKey = useCallback((index: number) => lines[index]!.seq, [lines]);
  const virtualizer = useVirtualizer({
    count: lines.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_ESTIMATE_PX,
    getItemKey,
    overscan: 4,
    // Otherwise the line with the keyboard focus stays drawn, wherever the log scrolls.
    rangeExtractor: following ? endRange : keyboard.rangeExtractor,
    // Paused, the first line in view stays where it is when lines are added or the history cap
    // trims the oldest. Following, the log keeps itself at the end (useFollowNewest), and
    // nothing moves the scroll position in between.
    anchorTo: following ? 'start' : 'end',
    initialRect: { width: 400, height: 600 },
    // Scroll-driven renders wait for the next frame instead of forcing a synchronous one each.
    useFlushSync: false,
  });
  virtualizerRef.current = virtualizer;

  // The virtualizer keeps every size it measured; those of lines the history cap has dropped
  // go, or a long stream's flood would keep them all.
  const oldestSeq = lines[0]?.seq ?? 0;
  useEffect(() => {
    const sizes = virtualizer.itemSizeCache;
    if (sizes.size <= SIZES_KEPT) return;
    for (const key of sizes.keys())
      if (typeof key === 'number' && key < oldestSeq) sizes.delete(key);
  }, [virtualizer, oldestSeq]);

  // While a line has the focus the log holds still: what arrives meanwhile is counted.
  const [heldAfterSeq, setHeldAfterSeq] = useState<number | null>(null);
  if (keyboard.holding && heldAfterSeq === null) setHeldAfterSeq(lastSeq);
  if (!keyboard.holding && heldAfterSeq !== null) setHeldAfterSeq(null);
  const waitingAfter = pausedAfterSeq ?? (keyboard.holding ? heldAfterSeq : null);
  const unseen = waitingAfter === null ? 0 : lines.length - indexAfter(lines, waitingAfter, seqOf);
  const { pausedByPointer, handlers: hoverHandlers } = usePauseOnHover({
    enabled: !widget && reading.pauseOnHover,
    pause,
    jumpToLive,
    paused: pausedAfterSeq !== null,
  });
  const announcement = useHighlightAnnouncer(reader, rules, !widget);

  // A search result was chosen: pause, bring its line into view, mark it for a moment.
  const jump = useStream((state) => state.jump);
  const [found, setFound] = useState<{ seq: number; nonce: number } | null>(null);
  const handledJump = useRef(0);
  useEffect(() => {
    if (!jump || jump.nonce === handledJump.current) return;
    const index = indexAfter(lines, jump.seq - 1, seqOf);
    const wanted = messages.find((line) => line.seq === jump.seq);
    if (
      lines[index]?.seq !== jump.seq &&
      wanted &&
      builder.keeps(wanted) &&
      rules.read(wanted).hidden &&
      !showHidden
    ) {
      // The line is hidden: show hidden lines, and jump once they are there.
      setShowHidden(true);
      return;
    }
    handledJump.current = jump.nonce;
    const target = Math.min(index, lines.length - 1);
    if (target < 0) return;
    pause();
    virtualizer.scrollToIndex(target, { align: 'center' });
    setFound({ seq: lines[target]!.seq, nonce: jump.nonce });
    const timer = setTimeout(() => setFound(null), FOUND_MARK_MS);
    return () => clearTimeout(timer);
  }, [jump, lines, messages, builder, rules, showHidden, widget, pause, virtualizer]);
  // Lines take the arrow keys, Home and End (see LogKeyboard); the log itself scrolls by page.
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.target === event.currentTarget && event.key === 'PageUp') pause();
  };
  const onWheel = (event: WheelEvent<HTMLDivElement>) => {
    if (event.deltaY < 0) pause();
  };

  const items = virtualizer.getVirtualItems();
  const showHiddenToggle = !widget && (reader.hidden > 0 || showHidden);
  return (
    <div ref={areaRef} {...hoverHandlers} className="relative flex min-h-0 flex-1 flex-col">
      {showHiddenToggle && (
        <div className="chat-notes flex shrink-0 flex-wrap items-center justify-end gap-x-3 gap-y-1 border-b border-zinc-200 px-3 py-1 text-xs dark:border-zinc-800">
          <button
            type="button"
            aria-pressed={showHidden}
            onClick={() => setShowHidden((shown) => !shown)}
            className="rounded-full border border-zinc-300 px-2.5 py-0.5 font-medium text-zinc-600 hover:bg-zinc-100 focus-visible:outline-2 focus-visible:outline-violet-500 dark:border-zinc-700 dark:text-zinc-300 dark:hover:bg-zinc-800"
          >
            {reader.hidden.toLocaleString()} hidden
          </button>
        </div>
      )}
      {/* One Tab stop (its tabindex is kept by LogKeyboard): lines by arrow keys. Announces
          nothing itself: highlights go through the one polite region below. */}
      {/* eslint-disable-next-line jsx-a11y/no-noninteractive-element-interactions */}
      <div
        ref={scrollRef}
        role="log"
        aria-label="Chat"
        aria-describedby={keysHintId}
        data-messages={lines.length}
        aria-live="off"
        onScroll={onScroll}
        onKeyDown={onKeyDown}
        onWheel={onWheel}
        onPointerDown={onPointerDown}
        onPointerUp={onPointerUp}
        onPointerCancel={onPointerUp}
        onTouchStart={onPointerDown}
        onTouchEnd={onPointerUp}
        className={`chat-scroll grow basis-0 overflow-y-auto overscroll-contain focus-visible:outline-2 focus-visible:-outline-offset-2 focus-visible:outline-violet-500 ${
          // Chat first: at least half the window, whatever else the page shows.
          widget ? 'min-h-0' : 'min-h-[50dvh]'
        }`}
      >
        <div className={`flex min-h-full flex-col ${fromBottom ? 'justify-end' : ''}`}>
          {lines.length === 0 && !widget ? (
            <p className="m-auto max-w-xs p-6 text-center text-sm text-zinc-500 dark:text-zinc-400">
              No messages yet. Chat from every network and the internal IRC appears here as it
              arrives.
            </p>
          ) : (
            <div className="relative w-full" style={{ height: virtualizer.getTotalSize() }}>
              {items.map((item) => {
                const message = lines[item.index]!;
                return (
                  <LogRow
                    key={item.key}
                    index={item.index}
                    start={item.start}
                    measure={virtualizer.measureElement}
                    message={message}
                    options={options}
                    reading={rules.read(message)}
                    repeats={reader.repeats.get(message.seq)}
                    found={found?.seq === message.seq}
                    fadeoutSeconds={fadeoutSeconds}
                    earlierAbove={!message.earlier && lines[item.index - 1]?.earlier === true}
                    earlierBelow={message.earlier === true && item.index === lines.length - 1}
                  />
                );
              })}
            </div>
          )}
        </div>
      </div>
      {/* Paused: said in a bar of its own under the log, never over a line. */}
      {!widget && waitingAfter !== null && (
        <div className="chat-paused flex shrink-0 items-center gap-2 border-t border-violet-500/30 bg-violet-500/10 px-3 py-1 text-xs">
          <span
            className="min-w-0 flex-1 truncate text-zinc-700 dark:text-zinc-300"
            title={
              keyboard.holding
                ? 'The chat holds still while a line has the keyboard focus.'
                : 'The chat holds still while you read back.'
            }
          >
            {keyboard.holding
              ? `Paused${hasComposer ? ' · Esc: message box' : ' on a line'}`
              : pausedByPointer
                ? 'Paused while the pointer is on chat'
                : 'Paused while you read'}
          </span>
          <button
            type="button"
            onClick={jumpToLive}
            className="shrink-0 rounded-full bg-violet-600 px-3 py-0.5 font-semibold text-white hover:bg-violet-500 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-violet-500"
          >
            {pausedByPointer && 'Paused: '}
            {unseen > 0
              ? `${unseen.toLocaleString()} new message${unseen === 1 ? '' : 's'}`
              : pausedByPointer
                ? 'no new messages'
                : 'Back to live'}
          </button>
        </div>
      )}
      <p id={keysHintId} hidden>
        {hasComposer ? KEYS_HINT_COMPOSER : KEYS_HINT}
      </p>
      {!widget && (
        <div aria-live="polite" aria-atomic="true" className="sr-only">
          {announcement}
        </div>
      )}
      {card && (
        <Suspense fallback={null}>
          <UserCard line={card.line} onClose={closeCard} canReply={!widget} images={images} />
        </Suspense>
      )}
    </div>
  );
}

/**
 * One row of the log: its place (set by the virtualizer) and the line. Memoised: a render of
 * the log draws only rows whose line, marks or place changed, and a row that only moved keeps
 * its message as it was (ChatMessage is memoised too).
 */
const LogRow = memo(function LogRow({
  index,
  start,
  measure,
  message,
  options,
  reading,
  repeats,
  found,
  fadeoutSeconds,
  earlierAbove,
  earlierBelow,
}: {
  index: number;
  start: number;
  measure: (element: Element | null) => void;
  message: HistoryLine;
  options: ChatMessageOptions;
  fadeoutSeconds: number | null;
  earlierAbove: boolean;
  earlierBelow: boolean;
} & LineMarks) {
  // A widget's line fades out a set time after it arrived: the delay is what is left of that
  // time when the row is drawn.
  const [shownAt] = useState(Date.now);
  const style: CSSProperties = { transform: `translateY(${start}px)` };
  if (fadeoutSeconds !== null) {
    style.animationDelay = `${Math.max(0, message.receivedAt + fadeoutSeconds * 1000 - shownAt)}ms`;
  }
  return (
    <div
      data-index={index}
      data-seq={message.seq}
      ref={measure}
      className={`chat-row absolute top-0 left-0 w-full ${fadeoutSeconds !== null ? 'fade-out' : ''}`}
      style={style}
    >
      {earlierAbove && <EarlierDivider />}
      <RowBoundary text={message.text} author={message.from.name}>
        <ChatMessage
          message={message}
          options={options}
          reading={reading}
          repeats={repeats}
          found={found}
        />
      </RowBoundary>
      {earlierBelow && <EarlierDivider />}
    </div>
  );
});

/**
 * The rows at the end of the log: from the first one within a screen of the end (less the
 * overscan) to the last, by the virtualizer's own measurements.
 */
function endRangeOf(
  range: Range,
  virtualizer: Virtualizer<HTMLDivElement, Element> | null,
): number[] {
  const { count, overscan } = range;
  if (count === 0) return [];
  const items = virtualizer?.measurementsCache;
  const height = virtualizer?.scrollRect?.height;
  if (!items || items.length !== count || height === undefined) return defaultRangeExtractor(range);
  const end = items[count - 1]!.end;
  let first = count - 1;
  while (first > 0 && end - items[first]!.start < height) first -= 1;
  const from = Math.max(0, first - overscan);
  return Array.from({ length: count - from }, (_, at) => from + at);
}

/** Between the lines kept from before this page (above) and the live ones (below). */
function EarlierDivider() {
  return (
    <div
      role="separator"
      aria-label="Earlier"
      title="The lines above were kept on this device from before this page opened."
      className="flex items-center gap-2 px-3 py-1 text-[0.7rem] font-semibold tracking-wide text-zinc-500 uppercase dark:text-zinc-400"
    >
      <span className="h-px flex-1 bg-zinc-300 dark:bg-zinc-700" />
      Earlier
      <span className="h-px flex-1 bg-zinc-300 dark:bg-zinc-700" />
    </div>
  );
}

const seqOf = (line: HistoryLine) => line.seq;

function titleCase(name: string): string {
  return name.charAt(0).toUpperCase() + name.slice(1);
}
