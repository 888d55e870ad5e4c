import { Trans, useLingui } from '@lingui/react/macro';
import { useVirtualizer, type Range, type Virtualizer } from '@tanstack/react-virtual';
import {
  Suspense,
  lazy,
  useCallback,
  useId,
  useRef,
  useLayoutEffect,
  useState,
  type KeyboardEvent,
  type WheelEvent,
} from 'react';
import type { ImagePolicy } from '../../protocol/image-hosts';
import { useStream } from '../../store/stream-context';
import type { HistoryLine } from '../../store/slices/history';
import { indexAfter, useReadingSettings, type LineFilter } from '../reading';
import type { ChatMessageOptions } from './chat-message';
import type { ChatViewOptions } from './chat-view-options';
import { LogRow, endRangeOf, useForgetDroppedSizes } from './log-row';
import { PausedBar } from './paused-bar';
import { useFollowNewest } from './use-follow-newest';
import { useHighlightAnnouncer } from './use-highlight-announcer';
import { useLogKeyboard } from './use-log-keyboard';
import { useLogReading } from './use-log-reading';
import { usePauseOnHover } from './use-pause-on-hover';
import { useRowOptions } from './use-row-options';
import { useSearchJump } from './use-search-jump';
import { useUserCard } from './use-user-card';
import { LearningNote, useLearning } from './learning-note';

// A chatter's card is opened by few, and never in a busy overlay: loaded when first asked for.
const UserCard = lazy(() => import('./user-card').then((module) => ({ default: module.UserCard })));

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
  /** Says while the device still learns who chats (the dashboard's; a deck column has no room). */
  learningNote?: boolean;
}

const ROW_ESTIMATE_PX = 30;

/** The unified chat: every network's lines, virtualized, following the newest unless paused. */
export function ChatLog({
  images,
  view,
  widget = false,
  filter,
  decorateFor,
  learningNote = false,
}: ChatLogProps) {
  const { t, i18n } = useLingui();
  const { hideIrc, compact, showPicture, fromBottom, fadeoutSeconds } = view;
  const reading = useReadingSettings((state) => state.settings);
  const { streamerMode, timestamps } = reading;
  // Streamer mode: private messages never reach a captured window.
  const hidePm = view.hidePm || streamerMode;
  const messages = useStream((state) => state.messages);
  const accounts = useStream((state) => state.accounts);
  const [showHidden, setShowHidden] = useState(false);
  const { rules, builder, reader } = useLogReading({
    reading,
    accounts,
    messages,
    widget,
    hideIrc,
    hidePm,
    filter,
    showHidden,
  });
  const lines = reader.lines;
  const hiddenCount = i18n.number(reader.hidden);

  const scrollRef = useRef<HTMLDivElement>(null);
  const { card, openCard, closeCard } = useUserCard(scrollRef, {
    toMessageBox: !widget && !filter,
  });

  const options = useRowOptions({
    widget,
    accounts,
    images,
    compact,
    showPicture,
    timestamps,
    streamerMode,
    openCard,
    decorateFor,
  });

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
  const { pausedAfterSeq, pause, jumpToLive, keepInPlace, onScroll, onPointerDown, onPointerUp } =
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

  useForgetDroppedSizes(virtualizer, lines[0]?.seq ?? 0);

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
  const found = useSearchJump({
    lines,
    messages,
    builder,
    rules,
    showHidden,
    setShowHidden,
    pause,
    virtualizer,
  });
  // Lines take the arrow keys, Home and End (see LogKeyboard); the log itself scrolls by page.
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.target === event.currentTarget && event.key === 'PageUp') pause();
  };
  const onWheel = (event: WheelEvent<HTMLDivElement>) => {
    if (event.deltaY < 0) pause();
  };

  const pausedBarShown = !widget && waitingAfter !== null;
  const pausedBarRef = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    if (pausedBarShown) keepInPlace(pausedBarRef.current?.offsetHeight ?? 0);
  }, [pausedBarShown, keepInPlace]);

  const items = virtualizer.getVirtualItems();
  const showHiddenToggle = !widget && (reader.hidden > 0 || showHidden);
  const learning = useLearning() && learningNote && !widget;
  return (
    <div ref={areaRef} {...hoverHandlers} className="relative flex min-h-0 flex-1 flex-col">
      {(showHiddenToggle || learning) && (
        <div className="chat-notes flex shrink-0 flex-wrap items-center justify-end gap-x-3 gap-y-1 border-b border-zinc-200 px-3 py-1 text-xs dark:border-zinc-800">
          {learning && <LearningNote />}
          {showHiddenToggle && (
            <button
              type="button"
              aria-pressed={showHidden}
              onClick={() => setShowHidden((shown) => !shown)}
              className="rounded-full border border-zinc-300 px-2.5 py-0.5 font-medium text-zinc-600 hover:bg-zinc-100 focus-visible:outline-2 focus-visible:outline-violet-500 dark:border-zinc-700 dark:text-zinc-300 dark:hover:bg-zinc-800"
            >
              {t`${hiddenCount} hidden`}
            </button>
          )}
        </div>
      )}
      {/* Paused: said in a bar of its own above the log, never over a line; the log scrolls by
          its height as it appears, so the lines stay where they are on the screen. */}
      {pausedBarShown && (
        <PausedBar
          ref={pausedBarRef}
          holding={keyboard.holding}
          hasComposer={hasComposer}
          pausedByPointer={pausedByPointer}
          unseen={unseen}
          onLive={jumpToLive}
        />
      )}
      {/* One Tab stop (its tabindex is kept by LogKeyboard): lines by arrow keys. Announces
          nothing itself: highlights go through the one polite region below. */}
      {/* eslint-disable-next-line jsx-a11y/no-noninteractive-element-interactions */}
      <div
        ref={scrollRef}
        role="log"
        aria-label={t`Chat`}
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
              <Trans>
                No messages yet. Chat from every network and the internal IRC appears here as it
                arrives.
              </Trans>
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
      <p id={keysHintId} hidden>
        {hasComposer
          ? t`Up and Down move from line to line, Right reaches a line’s buttons. Enter opens a line’s actions; Escape goes to the message box.`
          : t`Up and Down move from line to line, Right reaches a line’s buttons.`}
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

const seqOf = (line: HistoryLine) => line.seq;
