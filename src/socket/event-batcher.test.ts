import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ServerEvent } from '../protocol/events';
import {
  EventBatcher,
  FLOOD_FLUSH_MS,
  FLOOD_LINES_PER_FLUSH,
  HEAVY_FLOOD_FLUSH_MS,
  HEAVY_FLOOD_LINES,
  pacedScheduler,
  type Batch,
  type FlushScheduler,
} from './event-batcher';

const line = (text: string): ServerEvent => ({
  type: 'chat',
  kind: 'text',
  network: 'irc',
  accountId: 0,
  from: { name: 'a' },
  text,
});

/** A scheduler whose "frames" run when the test says so. */
function manualFrames() {
  const pending: Array<() => void> = [];
  const schedule: FlushScheduler = (callback) => {
    pending.push(callback);
    return () => pending.splice(pending.indexOf(callback), 1);
  };
  return { schedule, frame: () => pending.splice(0).forEach((run) => run()), pending };
}

describe('EventBatcher', () => {
  it('hands over everything that came in one frame, once, in order', () => {
    const frames = manualFrames();
    const batches: Batch[] = [];
    const batcher = new EventBatcher((batch) => batches.push(batch), frames.schedule);
    batcher.pushEvent(line('a'));
    batcher.pushBatch([line('b'), line('c')], [{ ok: false, reason: 'not-json', detail: 'x' }]);
    expect(frames.pending).toHaveLength(1);
    frames.frame();
    expect(batches).toHaveLength(1);
    expect(batches[0]!.events.map((event) => event.type === 'chat' && event.text)).toEqual([
      'a',
      'b',
      'c',
    ]);
    expect(batches[0]!.drops).toHaveLength(1);
    frames.frame();
    expect(batches).toHaveLength(1);
  });

  it('flushes at once when asked (before a state change) and forgets everything on dispose', () => {
    const frames = manualFrames();
    const batches: Batch[] = [];
    const batcher = new EventBatcher((batch) => batches.push(batch), frames.schedule);
    batcher.pushEvent(line('a'));
    batcher.flush();
    expect(batches).toHaveLength(1);
    expect(frames.pending).toHaveLength(0);
    batcher.pushEvent(line('b'));
    batcher.dispose();
    frames.frame();
    expect(batches).toHaveLength(1);
  });

  it('hands over a batch that came alone as it came, and single events after it in order', () => {
    const frames = manualFrames();
    const batches: Batch[] = [];
    const batcher = new EventBatcher((batch) => batches.push(batch), frames.schedule);
    const whole = [line('a'), line('b')];
    batcher.pushBatch(whole, []);
    frames.frame();
    expect(batches[0]!.events).toBe(whole);
    batcher.pushBatch([line('c')], []);
    batcher.pushEvent(line('d'));
    batcher.pushEvent(line('e'));
    batcher.pushBatch([line('f')], []);
    frames.frame();
    expect(batches[1]!.events.map((event) => event.type === 'chat' && event.text)).toEqual([
      'c',
      'd',
      'e',
      'f',
    ]);
    expect(whole).toHaveLength(2);
  });

  it('takes a worker batch larger than a call takes arguments', () => {
    const frames = manualFrames();
    const batches: Batch[] = [];
    const batcher = new EventBatcher((batch) => batches.push(batch), frames.schedule);
    batcher.pushBatch(
      Array.from({ length: 200_000 }, () => line('x')),
      [],
    );
    frames.frame();
    expect(batches[0]!.events).toHaveLength(200_000);
  });
});

describe('pacedScheduler', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('flushes on the next frame after an ordinary flush', () => {
    const frames = manualFrames();
    const schedule = pacedScheduler(
      () => ({ at: 0, size: 3 }),
      frames.schedule,
      () => 10,
    );
    const run = vi.fn();
    schedule(run);
    frames.frame();
    expect(run).toHaveBeenCalledOnce();
  });

  it(`waits ${FLOOD_FLUSH_MS} ms after a flush of more than ${FLOOD_LINES_PER_FLUSH} lines`, () => {
    const frames = manualFrames();
    let now = 1_000;
    const schedule = pacedScheduler(
      () => ({ at: 1_000, size: FLOOD_LINES_PER_FLUSH + 1 }),
      frames.schedule,
      () => now,
    );
    const run = vi.fn();
    schedule(run);
    frames.frame();
    expect(run).not.toHaveBeenCalled();
    now += FLOOD_FLUSH_MS - 1;
    vi.advanceTimersByTime(FLOOD_FLUSH_MS - 1);
    frames.frame();
    expect(run).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    frames.frame();
    expect(run).toHaveBeenCalledOnce();
  });

  it(`waits ${HEAVY_FLOOD_FLUSH_MS} ms after a flush of more than ${HEAVY_FLOOD_LINES} lines`, () => {
    const frames = manualFrames();
    let now = 1_000;
    const schedule = pacedScheduler(
      () => ({ at: 1_000, size: HEAVY_FLOOD_LINES + 1 }),
      frames.schedule,
      () => now,
    );
    const run = vi.fn();
    schedule(run);
    now += HEAVY_FLOOD_FLUSH_MS - 1;
    vi.advanceTimersByTime(HEAVY_FLOOD_FLUSH_MS - 1);
    frames.frame();
    expect(run).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    frames.frame();
    expect(run).toHaveBeenCalledOnce();
  });

  it('can be cancelled while it waits', () => {
    const frames = manualFrames();
    const schedule = pacedScheduler(
      () => ({ at: 0, size: 500 }),
      frames.schedule,
      () => 0,
    );
    const run = vi.fn();
    const cancel = schedule(run);
    cancel();
    vi.advanceTimersByTime(FLOOD_FLUSH_MS);
    frames.frame();
    expect(run).not.toHaveBeenCalled();
  });
});
