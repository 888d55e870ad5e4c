import type { ServerEvent } from '../protocol/events';
import type { UnreadFrame } from './chat-socket';

/** While the tab is hidden animation frames stop; this timer flushes instead. */
export const HIDDEN_FLUSH_MS = 100;

export interface Batch {
  events: ServerEvent[];
  drops: UnreadFrame[];
}

/** Schedules `callback` once, soon; returns a cancel function. */
export type FlushScheduler = (callback: () => void) => () => void;

/** Next animation frame, or the fallback timer if frames are not coming (hidden tab). */
export const animationFrameScheduler: FlushScheduler = (callback) => {
  let done = false;
  const run = () => {
    if (done) return;
    done = true;
    cancelAnimationFrame(frame);
    clearTimeout(timer);
    callback();
  };
  const frame = requestAnimationFrame(run);
  const timer = setTimeout(run, HIDDEN_FLUSH_MS);
  return () => {
    done = true;
    cancelAnimationFrame(frame);
    clearTimeout(timer);
  };
};

/** About one frame's worth of time, where animation frames do not exist. */
export const timerScheduler: FlushScheduler = (callback) => {
  const timer = setTimeout(callback, 16);
  return () => clearTimeout(timer);
};

/**
 * A flush that carried more lines than this, or lines coming faster than FLOOD_LINES_PER_SECOND,
 * is a flood: the next waits FLOOD_FLUSH_MS. Nobody reads 30 lines a frame, and a screen of new
 * rows costs the same whether 30 or 300 lines came, so under a flood the chat refreshes 20 times
 * a second and every frame stays short.
 */
export const FLOOD_LINES_PER_FLUSH = 30;
export const FLOOD_LINES_PER_SECOND = 120;
export const FLOOD_FLUSH_MS = 50;
/**
 * More than this in one flush, or faster than HEAVY_FLOOD_LINES_PER_SECOND (a screen of rows
 * goes by in well under a tenth of a second): the next waits HEAVY_FLOOD_FLUSH_MS, 10 refreshes
 * a second. Lines that would have been on screen for less than a refresh are never drawn while
 * following (they are there when the reader scrolls back), so a slow machine that falls behind
 * draws fewer rows, not more frames late, and catches up.
 */
export const HEAVY_FLOOD_LINES = 80;
export const HEAVY_FLOOD_LINES_PER_SECOND = 300;
export const HEAVY_FLOOD_FLUSH_MS = 100;

/** The last flush: when it ran, how many lines it carried, and how long since the one before. */
export interface LastFlush {
  at: number;
  size: number;
  /** ms since the flush before it (Infinity for the first). */
  since: number;
}

/** How long to wait after `last` before the next flush may run. */
export function floodPause({ size, since }: LastFlush): number {
  // A flush that came right after the one before says little about the rate: count a frame.
  const perSecond = (size * 1000) / Math.max(since, 16);
  if (size > HEAVY_FLOOD_LINES || perSecond > HEAVY_FLOOD_LINES_PER_SECOND)
    return HEAVY_FLOOD_FLUSH_MS;
  if (size > FLOOD_LINES_PER_FLUSH || perSecond > FLOOD_LINES_PER_SECOND) return FLOOD_FLUSH_MS;
  return 0;
}

/**
 * Next animation frame, at most every FLOOD_FLUSH_MS while the last flush was a flood (every
 * HEAVY_FLOOD_FLUSH_MS after a heavy one). `lastFlush` says when the last flush ran, how many
 * items it carried, and how long after the one before.
 */
export function pacedScheduler(
  lastFlush: () => LastFlush,
  frame: FlushScheduler = animationFrameScheduler,
  now: () => number = () => performance.now(),
): FlushScheduler {
  return (callback) => {
    const last = lastFlush();
    const pause = floodPause(last);
    const wait = pause > 0 ? last.at + pause - now() : 0;
    if (wait <= 0) return frame(callback);
    let cancelFrame: (() => void) | null = null;
    const timer = setTimeout(() => {
      cancelFrame = frame(callback);
    }, wait);
    return () => {
      clearTimeout(timer);
      cancelFrame?.();
    };
  };
}

/**
 * Collects parsed frames as they arrive and hands them over at most once per animation
 * frame, so a flood costs one store update per frame instead of one per message. A batch that
 * comes whole (a worker's) is kept as it is: handed over alone it is the same array.
 */
export class EventBatcher {
  private chunks: ServerEvent[][] = [];
  private drops: UnreadFrame[] = [];
  private cancel: (() => void) | null = null;

  constructor(
    private readonly onFlush: (batch: Batch) => void,
    private readonly schedule: FlushScheduler = animationFrameScheduler,
  ) {}

  pushEvent(event: ServerEvent): void {
    this.pushBatch([event], []);
  }

  pushDrop(drop: UnreadFrame): void {
    this.pushBatch([], [drop]);
  }

  /** Adds a batch collected elsewhere (the socket worker's), keeping its order. */
  pushBatch(events: ServerEvent[], drops: readonly UnreadFrame[]): void {
    if (events.length > 0) this.chunks.push(events);
    // A loop, not push(...drops): a batch can hold more items than a call takes arguments.
    for (const drop of drops) this.drops.push(drop);
    if (events.length > 0 || drops.length > 0) this.cancel ??= this.schedule(() => this.flush());
  }

  /** Hands over whatever is waiting now (before a state change, to keep order). */
  flush(): void {
    this.cancel?.();
    this.cancel = null;
    const { chunks, drops } = this;
    if (chunks.length === 0 && drops.length === 0) return;
    this.chunks = [];
    this.drops = [];
    this.onFlush({ events: chunks.length === 1 ? chunks[0]! : chunks.flat(), drops });
  }

  dispose(): void {
    this.cancel?.();
    this.cancel = null;
    this.chunks = [];
    this.drops = [];
  }
}
