import { useVirtualizer } from '@tanstack/react-virtual';
import {
  Suspense,
  lazy,
  useCallback,
  useEffect,
  useId,
  useMemo,
  useRef,
  useState,
  type KeyboardEvent,
  type WheelEvent,
} from 'react';
import type { ImagePolicy } from '../../protocol/image-hosts';
import { useStream } from '../../store/stream-context';
import type { LineFilter } from '../../store/line-filter';
import { compileReadingRules } from '../../store/reading-rules';
import { useReadingSettings } from '../../store/reading-settings-store';
import { ReadingViewBuilder, indexAfter } from '../../store/reading-view';
import { visibleMessages } from '../../store/selectors';
import type { HistoryLine } from '../../store/slices/history';
import { useStreamActions } from '../../session/stream-provider';
import { featuredLine, featuredStore } from '../../store/featured-store';
import { ChatMessage, type ChatMessageOptions, type RowActions } from './chat-message';
import { playHighlightTone } from './highlight-tone';
import { RowBoundary } from './row-boundary';
import { useFollowNewest } from './use-follow-newest';
import { useHighlightAnnouncer } from './use-highlight-announcer';
import { useLogKeyboard } from './use-log-keyboard';

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
}

const ROW_ESTIMATE_PX = 30;
const KEYS_HINT = 'Up and Down move from line to line, Right reaches a line’s buttons.';
const KEYS_HINT_COMPOSER = `${KEYS_HINT} Enter opens a line’s actions; Escape goes to the message box.`;

/** The unified chat: every network's lines, virtualized, following the newest unless paused. */
export function ChatLog({ images, view, widget = false, filter }: ChatLogProps) {
  const { hideIrc, compact, showPicture, fromBottom, fadeoutSeconds } = view;
  const reading = useReadingSettings((state) => state.settings);
  const { streamerMode, timestamps } = reading;
  // Streamer mode: private messages never reach a captured window.
  const hidePm = view.hidePm || streamerMode;
  const messages = useStream((state) => state.messages);
  const accounts = useStream((state) => state.accounts);
  const kept = useMemo(() => {
    const visible = visibleMessages(messages, { hideIrc, hidePm });
    return filter ? visible.filter(filter) : visible;
  }, [messages, hideIrc, hidePm, filter]);

  // The rules change with the settings or the stream's own names, not with every status.
  const ownNames = accounts.map((account) => `${account.network.name}:${account.name}`).join();
  const rulesAccounts = useRef(accounts);
  rulesAccounts.current = accounts;
  const rules = useMemo(
    () => compileReadingRules(reading, rulesAccounts.current),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- ownNames stands for the accounts
    [
      reading.highlightWords,
      reading.highlightUsers,
      reading.highlightFirst,
      reading.hiddenWords,
      reading.hiddenUsers,
      reading.hideBotCommands,
      ownNames,
    ],
  );
  const foldRepeats =
    reading.foldRepeats === 'everywhere' || (reading.foldRepeats === 'widgets' && widget);
  const [showHidden, setShowHidden] = useState(false);
  const builder = useMemo(
    () => new ReadingViewBuilder(rules, { foldRepeats, showHidden: showHidden && !widget }),
    [rules, foldRepeats, showHidden, widget],
  );
  const reader = useMemo(() => builder.update(kept), [builder, kept]);
  const lines = reader.lines;

  useEffect(() => {
    if (!widget && reading.sound && reader.newHighlights > 0) playHighlightTone();
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
  const rowActions = useMemo<RowActions | undefined>(() => {
    if (widget) return undefined;
    return {
      reply: replyTo,
      feature: (line, queue) => {
        const networkName =
          line.network === 'irc'
            ? 'IRC'
            : (networkNames.get(line.network) ?? titleCase(line.network));
        const featured = featuredLine(line, { server: images.origin ?? '', networkName });
        const store = featuredStore().getState();
        if (queue) store.enqueue(featured);
        else store.feature(featured);
      },
    };
  }, [widget, replyTo, networkNames, images]);
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
    }),
    [compact, showPicture, images, networkNames, timestamps, streamerMode, openCard, rowActions],
  );

  const scrollRef = useRef<HTMLDivElement>(null);
  const keysHintId = useId();
  // The log by keyboard: one Tab stop, lines by arrow keys; Escape goes to the message box.
  const askMessageFocus = useStream((state) => state.askMessageFocus);
  const hasComposer = !widget && !filter;
  const areaRef = useRef<HTMLDivElement>(null);
  const keyboard = useLogKeyboard(scrollRef, areaRef, lines, {
    reveal: (index) => virtualizer.scrollToIndex(index, { align: 'auto' }),
    leave: () => {
      jumpToLive();
      if (hasComposer) askMessageFocus();
      else scrollRef.current?.focus();
      return true;
    },
  });
  const virtualizer = useVirtualizer({
    count: lines.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_ESTIMATE_PX,
    getItemKey: (index) => lines[index]!.seq,
    overscan: 4,
    // Keep the first line in view where it is when lines are added or the history cap trims
    // the oldest; following the newest line is done below, by the log itself.
    anchorTo: 'end',
    initialRect: { width: 400, height: 600 },
    // Scroll-driven renders wait for the next frame instead of forcing a synchronous one each.
    useFlushSync: false,
    // The line with the keyboard focus stays drawn, wherever the log scrolls.
    rangeExtractor: keyboard.rangeExtractor,
  });

  const lastSeq = lines.at(-1)?.seq ?? 0;
  const { pausedAfterSeq, pause, jumpToLive, onScroll, onPointerDown, onPointerUp } =
    useFollowNewest(scrollRef, lastSeq, keyboard.holding);
  // While a line has the focus the log holds still: what arrives meanwhile is counted.
  const [heldAfterSeq, setHeldAfterSeq] = useState<number | null>(null);
  if (keyboard.holding && heldAfterSeq === null) setHeldAfterSeq(lastSeq);
  if (!keyboard.holding && heldAfterSeq !== null) setHeldAfterSeq(null);
  const waitingAfter = pausedAfterSeq ?? (keyboard.holding ? heldAfterSeq : null);
  const unseen = waitingAfter === null ? 0 : countAfter(lines, waitingAfter);
  const announcement = useHighlightAnnouncer(reader, rules, !widget);

  // A search result was chosen: pause, bring its line into view, mark it for a moment.
  const jump = useStream((state) => state.jump);
  const [found, setFound] = useState<{ seq: number; nonce: number } | null>(null);
  const handledJump = useRef(0);
  useEffect(() => {
    if (!jump || jump.nonce === handledJump.current) return;
    const index = indexAfter(lines, jump.seq - 1, (line) => line.seq);
    const wanted = kept.find((line) => line.seq === jump.seq);
    if (lines[index]?.seq !== jump.seq && wanted && rules.read(wanted).hidden && !showHidden) {
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
  }, [jump, lines, kept, rules, showHidden, widget, pause, virtualizer]);
  // Lines take the arrow keys, Home and End (see LogKeyboard); the log itself scrolls by page.
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.target === event.currentTarget && event.key === 'PageUp') pause();
  };
  const onWheel = (event: WheelEvent<HTMLDivElement>) => {
    if (event.deltaY < 0) pause();
  };

  const items = virtualizer.getVirtualItems();
  const now = Date.now();
  const showHiddenToggle = !widget && (reader.hidden > 0 || showHidden);
  return (
    <div ref={areaRef} className="relative flex flex-1 flex-col">
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
                const fade =
                  fadeoutSeconds === null
                    ? undefined
                    : {
                        animationDelay: `${Math.max(0, message.receivedAt + fadeoutSeconds * 1000 - now)}ms`,
                      };
                return (
                  <div
                    key={item.key}
                    data-index={item.index}
                    data-seq={message.seq}
                    ref={virtualizer.measureElement}
                    className={`chat-row absolute top-0 left-0 w-full ${fade ? 'fade-out' : ''}`}
                    style={{ transform: `translateY(${item.start}px)`, ...fade }}
                  >
                    {!message.earlier && lines[item.index - 1]?.earlier && <EarlierDivider />}
                    <RowBoundary text={message.text} author={message.from.name}>
                      <ChatMessage
                        message={message}
                        options={options}
                        reading={rules.read(message)}
                        repeats={reader.repeats.get(message.seq)}
                        found={found?.seq === message.seq}
                      />
                    </RowBoundary>
                    {message.earlier && item.index === lines.length - 1 && <EarlierDivider />}
                  </div>
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
              : 'Paused while you read'}
          </span>
          <button
            type="button"
            onClick={jumpToLive}
            className="shrink-0 rounded-full bg-violet-600 px-3 py-0.5 font-semibold text-white hover:bg-violet-500 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-violet-500"
          >
            {unseen > 0
              ? `${unseen.toLocaleString()} new message${unseen === 1 ? '' : 's'}`
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

/** How many lines have a seq above `seq` (lines are in seq order). */
function countAfter(lines: readonly { seq: number }[], seq: number): number {
  let low = 0;
  let high = lines.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (lines[mid]!.seq <= seq) low = mid + 1;
    else high = mid;
  }
  return lines.length - low;
}

function titleCase(name: string): string {
  return name.charAt(0).toUpperCase() + name.slice(1);
}
