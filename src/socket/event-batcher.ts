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

/**
 * Under a flood the pause is at least this many times what the last refresh took to draw, so
 * drawing takes at most a third of the time: a machine that needs 80 ms for a screen of new
 * rows refreshes every quarter second, and the frames in between stay short. A fast machine
 * is not held back (its drawing is shorter than the pauses above).
 */
export const DRAW_SHARE = 2;
/**
 * However slow the drawing, under a flood the chat refreshes at least this often, ms: twice a
 * second where four deck columns take 250 ms to draw, their lines going by faster than anyone
 * reads them, while the page stays quick to type and click in.
 */
export const MAX_FLOOD_FLUSH_MS = 500;

/** The last flush: when it ran, how many lines it carried, and how long since the one before. */
export interface LastFlush {
  at: number;
  size: number;
  /** ms since the flush before it (Infinity for the first). */
  since: number;
  /** How long the page was busy drawing recent flushes, ms (smoothed; 0 if not measured). */
  drawMs?: number;
}

/** How long to wait after `last` before the next flush may run. */
export function floodPause({ size, since, drawMs = 0 }: LastFlush): number {
  // A flush that came right after the one before says little about the rate: count a frame.
  const perSecond = (size * 1000) / Math.max(since, 16);
  const byDrawing = Math.min(MAX_FLOOD_FLUSH_MS, DRAW_SHARE * drawMs);
  if (size > HEAVY_FLOOD_LINES || perSecond > HEAVY_FLOOD_LINES_PER_SECOND)
    return Math.max(HEAVY_FLOOD_FLUSH_MS, byDrawing);
  if (size > FLOOD_LINES_PER_FLUSH || perSecond > FLOOD_LINES_PER_SECOND)
    return Math.max(FLOOD_FLUSH_MS, byDrawing);
  return 0;
}

/**
 * Measures how long the page stays busy after a flush: from the flush to the start of the
 * next frame (the store's update, React's render, style, layout and paint of the new rows).
 * Smoothed over recent flushes, so one slow frame does not set the pace alone.
 */
export function drawingTime(previous: number, flushedAt: number, nextFrameAt: number): number {
  const took = Math.max(0, nextFrameAt - flushedAt);
  return previous === 0 ? took : (previous + took) / 2;
}

/**
 * Lines stopped coming for this long while a flush waits out a flood's pause: the flood is over
 * (or resting), and what is waiting shows now instead of at the pause's end. Longer than the
 * socket worker's slowest flush (HIDDEN_FLUSH_MS), so a running flood never looks quiet.
 */
export const QUIET_MS = 120;

/**
 * Next animation frame, at most every FLOOD_FLUSH_MS while the last flush was a flood (every
 * HEAVY_FLOOD_FLUSH_MS after a heavy one, longer where drawing is slow). `lastFlush` says when
 * the last flush ran, how many items it carried, how long after the one before and how long
 * it took to draw; `lastArrival`, when the latest items came (a wait ends once they stop).
 */
export function pacedScheduler(
  lastFlush: () => LastFlush,
  frame: FlushScheduler = animationFrameScheduler,
  now: () => number = () => performance.now(),
  lastArrival?: () => number,
): FlushScheduler {
  return (callback) => {
    const last = lastFlush();
    const pause = floodPause(last);
    if (pause <= 0 || last.at + pause - now() <= 0) return frame(callback);
    let cancelFrame: (() => void) | null = null;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const flush = () => {
      cancelFrame = frame(callback);
    };
    // Until the pause's end, or until lines have stopped coming for QUIET_MS.
    const wait = () => {
      const left = last.at + pause - now();
      const quiet = lastArrival ? now() - lastArrival() : 0;
      if (left <= 0 || quiet >= QUIET_MS) return flush();
      const untilQuiet = lastArrival ? QUIET_MS - quiet : Infinity;
      timer = untilQuiet < left ? setTimeout(wait, untilQuiet) : setTimeout(flush, left);
    };
    wait();
    return () => {
      clearTimeout(timer);
      cancelFrame?.();
    };
  };
}

/** Flushes closer than this are one refresh (the same animation frame), ms. */
const SAME_FRAME_MS = 8;

/**
 * The refresh pace of one page: the flushes of all its streams are counted together, so the
 * streams of a deck refresh in the same frame under a flood (one long frame, not one for each),
 * and the drawing time measured after any of them paces them all.
 */
export class RefreshPace {
  private last: LastFlush = { at: 0, size: 0, since: Infinity, drawMs: 0 };
  private lastArrivalAt = 0;

  constructor(
    /** When the page's next frame starts (the drawing time is measured up to it); none: unmeasured. */
    private readonly nextFrame: FlushScheduler | null = animationFrameScheduler,
    private readonly now: () => number = () => performance.now(),
  ) {}

  /** Lines came from a socket (a pause ends once they stop). */
  arrived(): void {
    this.lastArrivalAt = this.now();
  }

  /** A stream handed `size` lines to its store just now. */
  flushed(size: number): void {
    const at = this.now();
    const { last } = this;
    const drawMs = last.drawMs ?? 0;
    const next: LastFlush =
      at - last.at < SAME_FRAME_MS
        ? { at, size: last.size + size, since: last.since, drawMs }
        : { at, size, since: at - last.at, drawMs };
    this.last = next;
    if (this.nextFrame && size > 0) {
      this.nextFrame(() => {
        next.drawMs = drawingTime(drawMs, at, this.now());
      });
    }
  }

  /** The last refresh, all streams counted. */
  lastFlush(): LastFlush {
    return this.last;
  }

  /** A stream's flush scheduler on this pace. */
  scheduler(frame: FlushScheduler = animationFrameScheduler): FlushScheduler {
    return pacedScheduler(
      () => this.last,
      frame,
      this.now,
      () => this.lastArrivalAt,
    );
  }
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
