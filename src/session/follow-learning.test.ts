import { IDBFactory } from 'fake-indexeddb';
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createStreamStore } from '../store/stream-store';
import { makeChatEvent } from '../testing/factories';
import { knownChatters } from './known-chatters';
import { LEARNING_TICK_MS, followLearning } from './follow-learning';

const T = Date.UTC(2026, 0, 1);

/** A window whose page can be hidden and shown. */
function fakeWindow() {
  const document = new EventTarget() as EventTarget & { visibilityState: string };
  document.visibilityState = 'visible';
  const show = (state: 'visible' | 'hidden') => {
    document.visibilityState = state;
    document.dispatchEvent(new Event('visibilitychange'));
  };
  return { win: { document } as unknown as Window, show };
}

describe('followLearning', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval', 'setTimeout', 'clearTimeout'] });
  });
  afterEach(() => vi.useRealTimers());

  it('counts only while connected and shown, and says the time in the store', async () => {
    let now = T;
    const book = knownChatters('https://ms.example', 1, null, {
      learnMs: () => 60 * 60_000,
      now: () => now,
    });
    const store = createStreamStore({ chatters: book });
    const { win, show } = fakeWindow();
    const read = book.open();
    const stop = followLearning(store, book, read, win);
    await read;
    // Not connected yet: nothing counts.
    now += 10 * 60_000;
    vi.advanceTimersByTime(LEARNING_TICK_MS);
    expect(store.getState().followedMs).toBe(0);

    store.getState().setConnection({ phase: 'connected', since: now });
    now += 15 * 60_000;
    vi.advanceTimersByTime(LEARNING_TICK_MS);
    expect(store.getState().followedMs).toBe(15 * 60_000);

    // Hidden: the time stands still; shown again, it goes on.
    show('hidden');
    now += 30 * 60_000;
    vi.advanceTimersByTime(LEARNING_TICK_MS);
    expect(store.getState().followedMs).toBe(15 * 60_000);
    show('visible');
    now += 5 * 60_000;
    vi.advanceTimersByTime(LEARNING_TICK_MS);
    expect(store.getState().followedMs).toBe(20 * 60_000);

    // Disconnected: stands still too.
    store.getState().setConnection({ phase: 'offline' });
    now += 60 * 60_000;
    vi.advanceTimersByTime(LEARNING_TICK_MS);
    expect(store.getState().followedMs).toBe(20 * 60_000);

    stop();
    store.getState().setConnection({ phase: 'connected', since: now });
    now += 60 * 60_000;
    expect(book.followedMs()).toBe(20 * 60_000);
  });

  it('marks first-time chatters only once learned', async () => {
    let now = T;
    const book = knownChatters('https://ms.example', 1, new IDBFactory(), {
      learnMs: () => 60 * 60_000,
      now: () => now,
    });
    const store = createStreamStore({ chatters: book });
    const read = book.open();
    const stop = followLearning(store, book, read);
    await read;
    store.getState().setConnection({ phase: 'connected', since: now });
    const line = (id: string) => makeChatEvent({ from: { id, name: `name${id}` } });
    store.getState().addMessages([line('1')], now);
    now += 60 * 60_000;
    store.getState().addMessages([line('2'), line('1')], now);
    expect(store.getState().messages.map((message) => message.firstTime ?? false)).toEqual([
      false,
      true,
      false,
    ]);
    stop();
  });
});
