import { useCallback, useLayoutEffect, useRef, useState, type RefObject } from 'react';

/** Within this many px of the end, the log counts as following the newest line. */
export const AT_END_PX = 32;

export interface FollowNewest {
  /** The newest line seen when the reader paused, or null while following. */
  pausedAfterSeq: number | null;
  /** The reader scrolled away: stop following (keeps the first pause's line). */
  pause(): void;
  /** Back to the newest line, and following again. */
  jumpToLive(): void;
  /**
   * Something took `px` from the top of the view: scrolls by as much, so that what the reader
   * sees stays where it is on the screen (not a scroll of theirs: it neither pauses nor
   * resumes).
   */
  keepInPlace(px: number): void;
  /** For the scroll area: scrolls, and pointer or touch drags that may pause. */
  onScroll(): void;
  onPointerDown(): void;
  onPointerUp(): void;
}

/**
 * Following = the view sticks to the newest line. Only the reader stops it (wheel, keys, touch,
 * scrollbar); nothing the log does to itself can. A ref, not derived from the state: a render
 * for new lines can come before React applies a wheel's state update, and it must already see
 * the pause.
 *
 * Layout is never forced: every change of size (new lines, a row measured, the virtualizer's
 * own renders, the log resized) is caught by a resize observer, which runs after the browser's
 * own layout of the frame and before it paints, so the newest line is at the bottom edge when
 * painted. Without one (jsdom), the view goes to the end after each render of new lines.
 */
export function useFollowNewest(
  scrollRef: RefObject<HTMLElement | null>,
  lastSeq: number,
  /** Something in the log has the keyboard focus: the view holds still until it leaves. */
  held = false,
): FollowNewest {
  const following = useRef(true);
  const readerScrolling = useRef(false);
  // Where the view was last left (by a scroll, or by following): only a move up is the
  // reader's (a click on a line's button while a strip opens above the log also takes the end
  // away, and is not reading back).
  const lastTop = useRef(0);
  // The position keepInPlace left the view at: its scroll event is the log's, not the reader's.
  const keptAt = useRef<number | null>(null);
  const [pausedAfterSeq, setPausedAfterSeq] = useState<number | null>(null);
  const lastSeqRef = useRef(lastSeq);
  // eslint-disable-next-line react-hooks/refs -- the latest value for callbacks and effects, written each render (idempotent)
  lastSeqRef.current = lastSeq;
  /** The newest line the view was last taken to the end for. */
  const stuckAt = useRef<number | null>(null);

  const pause = useCallback(() => {
    const element = scrollRef.current;
    if (!element || element.scrollHeight <= element.clientHeight) return;
    following.current = false;
    setPausedAfterSeq((seen) => seen ?? lastSeqRef.current);
  }, [scrollRef]);
  const resume = useCallback(() => {
    following.current = true;
    setPausedAfterSeq(null);
  }, []);

  const onScroll = useCallback(() => {
    const element = scrollRef.current;
    if (!element) return;
    const kept = keptAt.current;
    keptAt.current = null;
    if (kept !== null && Math.abs(element.scrollTop - kept) < 1) return;
    const movedUp = element.scrollTop < lastTop.current - 1;
    lastTop.current = element.scrollTop;
    const distance = element.scrollHeight - element.scrollTop - element.clientHeight;
    if (distance <= AT_END_PX) {
      if (!following.current) resume();
    } else if (readerScrolling.current && following.current && movedUp) {
      pause();
    }
  }, [scrollRef, pause, resume]);

  // Something in the log has the keyboard focus: the view holds still until it leaves.
  const heldRef = useRef(held);
  // eslint-disable-next-line react-hooks/refs -- the latest value for callbacks and effects, written each render (idempotent)
  heldRef.current = held;
  const stick = useCallback(() => {
    const element = scrollRef.current;
    if (!following.current || heldRef.current || !element) return;
    const end = element.scrollHeight - element.clientHeight;
    if (element.scrollTop < end - 1) element.scrollTop = end;
    lastTop.current = element.scrollTop;
  }, [scrollRef]);

  // New lines rendered: while following, the newest line is at the bottom edge when painted.
  // Where the browser has a resize observer, it does this after the frame's own layout (new
  // lines lengthen the content; a log at its cap keeps its length and stays at the end);
  // reading the content's height here, right after React's commit, would force a layout of
  // the whole page for every render of a flood (a fifth of the main thread at 500 lines/s).
  useLayoutEffect(() => {
    if (typeof ResizeObserver === 'function') return;
    if (!following.current || heldRef.current || stuckAt.current === lastSeq) return;
    stuckAt.current = lastSeq;
    stick();
  });

  // Any other change of size, after the frame's layout.
  useLayoutEffect(() => {
    const element = scrollRef.current;
    if (!element || typeof ResizeObserver !== 'function') return;
    const observer = new ResizeObserver(stick);
    observer.observe(element);
    if (element.firstElementChild) observer.observe(element.firstElementChild);
    return () => observer.disconnect();
  }, [scrollRef, stick]);

  const jumpToLive = useCallback(() => {
    resume();
    const element = scrollRef.current;
    if (element) element.scrollTop = element.scrollHeight;
  }, [scrollRef, resume]);

  const keepInPlace = useCallback(
    (px: number) => {
      const element = scrollRef.current;
      if (!element || px <= 0) return;
      element.scrollTop += px;
      lastTop.current = element.scrollTop;
      keptAt.current = element.scrollTop;
    },
    [scrollRef],
  );

  const onPointerDown = useCallback(() => {
    readerScrolling.current = true;
  }, []);
  const onPointerUp = useCallback(() => {
    readerScrolling.current = false;
  }, []);

  return {
    pausedAfterSeq,
    pause,
    jumpToLive,
    keepInPlace,
    onScroll,
    onPointerDown,
    onPointerUp,
  };
}
