import { useVirtualizer } from '@tanstack/react-virtual';
import { useMemo, useRef, type KeyboardEvent, type WheelEvent } from 'react';
import type { ImagePolicy } from '../../protocol/image-hosts';
import { useStream } from '../../store/stream-context';
import type { LineFilter } from '../../store/line-filter';
import { visibleMessages } from '../../store/selectors';
import { ChatMessage, type ChatMessageOptions } from './chat-message';
import { RowBoundary } from './row-boundary';
import { useFollowNewest } from './use-follow-newest';

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
  /** Widget mode: no jump-to-live control, nothing to focus. */
  widget?: boolean;
  /** Only lines this keeps are shown (a filtered deck column). */
  filter?: LineFilter;
}

const ROW_ESTIMATE_PX = 30;
const SCROLL_UP_KEYS = new Set(['ArrowUp', 'PageUp']);

/** The unified chat: every network's lines, virtualized, following the newest unless paused. */
export function ChatLog({ images, view, widget = false, filter }: ChatLogProps) {
  const { hideIrc, hidePm, compact, showPicture, fromBottom, fadeoutSeconds } = view;
  const messages = useStream((state) => state.messages);
  const accounts = useStream((state) => state.accounts);
  const lines = useMemo(() => {
    const visible = visibleMessages(messages, { hideIrc, hidePm });
    return filter ? visible.filter(filter) : visible;
  }, [messages, hideIrc, hidePm, filter]);
  const networkNames = useMemo(() => {
    const names = new Map<string, string>();
    for (const account of accounts) names.set(account.network.name, account.network.displayName);
    return names;
  }, [accounts]);
  const options = useMemo<ChatMessageOptions>(
    () => ({
      compact,
      showPicture,
      images,
      networkName: (network) => networkNames.get(network) ?? titleCase(network),
    }),
    [compact, showPicture, images, networkNames],
  );

  const scrollRef = useRef<HTMLDivElement>(null);
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
  });

  const lastSeq = lines.at(-1)?.seq ?? 0;
  const { pausedAfterSeq, pause, jumpToLive, onScroll, onPointerDown, onPointerUp } =
    useFollowNewest(scrollRef, lastSeq);

  const unseen = pausedAfterSeq === null ? 0 : countAfter(lines, pausedAfterSeq);
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key === 'End' || event.key === 'Escape') {
      event.preventDefault();
      jumpToLive();
    } else if (event.key === 'Home') {
      event.preventDefault();
      pause();
      virtualizer.scrollToIndex(0, { align: 'start' });
    } else if (SCROLL_UP_KEYS.has(event.key)) {
      pause();
    }
  };
  const onWheel = (event: WheelEvent<HTMLDivElement>) => {
    if (event.deltaY < 0) pause();
  };

  const items = virtualizer.getVirtualItems();
  const now = Date.now();
  return (
    <div className="relative flex min-h-0 flex-1 flex-col">
      {/* The log is a focusable scroll area; End and Escape return it to the newest line. */}
      {/* eslint-disable-next-line jsx-a11y/no-noninteractive-element-interactions */}
      <div
        ref={scrollRef}
        role="log"
        aria-label="Chat"
        data-messages={lines.length}
        aria-live={widget ? 'off' : 'polite'}
        tabIndex={widget ? -1 : 0}
        onScroll={onScroll}
        onKeyDown={onKeyDown}
        onWheel={onWheel}
        onPointerDown={onPointerDown}
        onPointerUp={onPointerUp}
        onPointerCancel={onPointerUp}
        onTouchStart={onPointerDown}
        onTouchEnd={onPointerUp}
        className="chat-scroll min-h-0 flex-1 overflow-y-auto overscroll-contain focus-visible:outline-2 focus-visible:-outline-offset-2 focus-visible:outline-violet-500"
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
                    ref={virtualizer.measureElement}
                    className={`chat-row absolute top-0 left-0 w-full ${fade ? 'fade-out' : ''}`}
                    style={{ transform: `translateY(${item.start}px)`, ...fade }}
                  >
                    <RowBoundary text={message.text} author={message.from.name}>
                      <ChatMessage message={message} options={options} />
                    </RowBoundary>
                  </div>
                );
              })}
            </div>
          )}
        </div>
      </div>
      {!widget && pausedAfterSeq !== null && (
        <button
          type="button"
          onClick={jumpToLive}
          className="absolute bottom-3 left-1/2 -translate-x-1/2 rounded-full bg-violet-600 px-4 py-1.5 text-sm font-semibold text-white shadow-lg shadow-black/30 hover:bg-violet-500 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-violet-400"
        >
          {unseen > 0
            ? `${unseen.toLocaleString()} new message${unseen === 1 ? '' : 's'}`
            : 'Back to live'}
        </button>
      )}
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
