import type { ServerEvent } from '../protocol/events';
import type { DroppedFrame } from './chat-socket';

/** While the tab is hidden animation frames stop; this timer flushes instead. */
export const HIDDEN_FLUSH_MS = 100;

export interface Batch {
  events: ServerEvent[];
  drops: DroppedFrame[];
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

/**
 * Collects parsed frames as they arrive and hands them over at most once per animation
 * frame, so a flood costs one store update per frame instead of one per message.
 */
export class EventBatcher {
  private batch: Batch = { events: [], drops: [] };
  private cancel: (() => void) | null = null;

  constructor(
    private readonly onFlush: (batch: Batch) => void,
    private readonly schedule: FlushScheduler = animationFrameScheduler,
  ) {}

  pushEvent(event: ServerEvent): void {
    this.batch.events.push(event);
    this.arm();
  }

  pushDrop(drop: DroppedFrame): void {
    this.batch.drops.push(drop);
    this.arm();
  }

  /** Hands over whatever is waiting now (before a state change, to keep order). */
  flush(): void {
    this.cancel?.();
    this.cancel = null;
    const batch = this.batch;
    if (batch.events.length === 0 && batch.drops.length === 0) return;
    this.batch = { events: [], drops: [] };
    this.onFlush(batch);
  }

  dispose(): void {
    this.cancel?.();
    this.cancel = null;
    this.batch = { events: [], drops: [] };
  }

  private arm(): void {
    if (!this.cancel) this.cancel = this.schedule(() => this.flush());
  }
}
