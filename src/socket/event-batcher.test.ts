import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ServerEvent } from '../protocol/events';
import {
  EventBatcher,
  FLOOD_FLUSH_MS,
  FLOOD_LINES_PER_FLUSH,
  FLOOD_LINES_PER_SECOND,
  HEAVY_FLOOD_LINES_PER_SECOND,
  floodPause,
  HEAVY_FLOOD_FLUSH_MS,
  HEAVY_FLOOD_LINES,
  DRAW_SHARE,
  MAX_FLOOD_FLUSH_MS,
  QUIET_MS,
  RefreshPace,
  drawingTime,
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

describe('floodPause', () => {
  it('does not pace chat that a person can read', () => {
    expect(floodPause({ at: 0, size: 1, since: 300 })).toBe(0);
    expect(floodPause({ at: 0, size: 3, since: 100 })).toBe(0);
    expect(floodPause({ at: 0, size: 1, since: Infinity })).toBe(0);
  });

  it(`refreshes every ${FLOOD_FLUSH_MS} ms above ${FLOOD_LINES_PER_SECOND} lines a second`, () => {
    // 150 lines a second, a frame's worth at a time.
    expect(floodPause({ at: 0, size: 3, since: 20 })).toBe(FLOOD_FLUSH_MS);
    expect(floodPause({ at: 0, size: 10, since: 50 })).toBe(FLOOD_FLUSH_MS);
  });

  it(`refreshes every ${HEAVY_FLOOD_FLUSH_MS} ms above ${HEAVY_FLOOD_LINES_PER_SECOND} lines a second, however small the flushes`, () => {
    // 500 lines a second on a machine that keeps up (8 a frame) or falls behind (25 a frame).
    expect(floodPause({ at: 0, size: 8, since: 16 })).toBe(HEAVY_FLOOD_FLUSH_MS);
    expect(floodPause({ at: 0, size: 25, since: 50 })).toBe(HEAVY_FLOOD_FLUSH_MS);
    expect(floodPause({ at: 0, size: 50, since: 100 })).toBe(HEAVY_FLOOD_FLUSH_MS);
  });

  it('counts flushes closer than a frame as a frame apart', () => {
    expect(floodPause({ at: 0, size: 1, since: 0 })).toBe(0);
  });

  it(`under a flood, waits ${DRAW_SHARE} times what the last refresh took to draw, up to ${MAX_FLOOD_FLUSH_MS} ms`, () => {
    // A fast machine keeps the usual pace.
    expect(floodPause({ at: 0, size: 100, since: 100, drawMs: 12 })).toBe(HEAVY_FLOOD_FLUSH_MS);
    expect(floodPause({ at: 0, size: 40, since: 300, drawMs: 12 })).toBe(FLOOD_FLUSH_MS);
    // A slow one refreshes less often, so that drawing takes a third of the time at most.
    expect(floodPause({ at: 0, size: 100, since: 100, drawMs: 80 })).toBe(160);
    expect(floodPause({ at: 0, size: 40, since: 300, drawMs: 60 })).toBe(120);
    expect(floodPause({ at: 0, size: 100, since: 100, drawMs: 400 })).toBe(MAX_FLOOD_FLUSH_MS);
  });

  it('never pauses ordinary chat, however slow the drawing', () => {
    expect(floodPause({ at: 0, size: 3, since: 500, drawMs: 400 })).toBe(0);
  });
});

describe('drawingTime', () => {
  it('is the time from the flush to the next frame, smoothed over the ones before', () => {
    expect(drawingTime(0, 1_000, 1_090)).toBe(90);
    expect(drawingTime(90, 2_000, 2_030)).toBe(60);
    expect(drawingTime(60, 3_000, 2_990)).toBe(30);
  });
});

describe('pacedScheduler', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('flushes on the next frame after an ordinary flush', () => {
    const frames = manualFrames();
    const schedule = pacedScheduler(
      () => ({ at: 0, size: 3, since: 500 }),
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
      () => ({ at: 1_000, size: FLOOD_LINES_PER_FLUSH + 1, since: 1_000 }),
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
      () => ({ at: 1_000, size: HEAVY_FLOOD_LINES + 1, since: 1_000 }),
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

  it(`ends a flood's pause once lines have stopped coming for ${QUIET_MS} ms`, () => {
    const frames = manualFrames();
    let now = 1_000;
    let arrived = 1_000;
    const schedule = pacedScheduler(
      () => ({ at: 1_000, size: 200, since: 100, drawMs: 125 }),
      frames.schedule,
      () => now,
      () => arrived,
    );
    const run = vi.fn();
    schedule(run);
    // Lines keep coming: it waits.
    for (let step = 0; step < 4; step += 1) {
      now += 20;
      arrived = now;
      vi.advanceTimersByTime(20);
      frames.frame();
      expect(run).not.toHaveBeenCalled();
    }
    // They stop: the waiting lines show QUIET_MS after the last, not at the pause's end (250).
    now += QUIET_MS;
    vi.advanceTimersByTime(QUIET_MS);
    frames.frame();
    expect(run).toHaveBeenCalledOnce();
    expect(now - 1_000).toBeLessThan(250);
  });

  it("waits out a flood's pause while lines keep coming", () => {
    const frames = manualFrames();
    let now = 1_000;
    const schedule = pacedScheduler(
      () => ({ at: 1_000, size: 200, since: 100, drawMs: 100 }),
      frames.schedule,
      () => now,
      () => now - 10,
    );
    const run = vi.fn();
    schedule(run);
    for (let step = 0; step < 9; step += 1) {
      now += 20;
      vi.advanceTimersByTime(20);
      frames.frame();
    }
    expect(run).not.toHaveBeenCalled();
    now += 20;
    vi.advanceTimersByTime(20);
    frames.frame();
    expect(run).toHaveBeenCalledOnce();
  });

  it('can be cancelled while it waits', () => {
    const frames = manualFrames();
    const schedule = pacedScheduler(
      () => ({ at: 0, size: 500, since: 100 }),
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

describe('RefreshPace', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('counts the flushes of two streams in one frame as one refresh, and measures its drawing', () => {
    const measured = manualFrames();
    let now = 1_000;
    const pace = new RefreshPace(measured.schedule, () => now);
    pace.flushed(3);
    now = 1_400;
    pace.flushed(60);
    now = 1_402;
    pace.flushed(50);
    expect(pace.lastFlush()).toMatchObject({ at: 1_402, size: 110, since: 400 });
    // The page was busy 90 ms after the refresh, until its next frame.
    now = 1_490;
    measured.frame();
    expect(pace.lastFlush().drawMs).toBeGreaterThan(80);
  });

  it("puts the streams' next refreshes in the same frame under a flood", () => {
    const frames = manualFrames();
    let now = 1_000;
    const pace = new RefreshPace(null, () => now);
    const a = pace.scheduler(frames.schedule);
    const b = pace.scheduler(frames.schedule);
    // Stream A flushes a flood's worth; stream B's lines come a little later.
    pace.flushed(HEAVY_FLOOD_LINES + 1);
    pace.arrived();
    const runA = vi.fn();
    const runB = vi.fn();
    a(runA);
    const later = (ms: number) => {
      now += ms;
      vi.advanceTimersByTime(ms);
    };
    later(30);
    pace.arrived();
    b(runB);
    // The flood goes on: lines keep coming until A's pause is over.
    for (let step = 0; step < 3; step += 1) {
      later(20);
      pace.arrived();
      expect(frames.pending).toHaveLength(0);
    }
    later(HEAVY_FLOOD_FLUSH_MS - 90);
    expect(frames.pending).toHaveLength(2);
    frames.frame();
    expect(runA).toHaveBeenCalledOnce();
    expect(runB).toHaveBeenCalledOnce();
  });
});
