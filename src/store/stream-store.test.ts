import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  makeAccount,
  makeChatEvent,
  makeIrcAccount,
  makeLiveStatus,
  makeOfflineStatus,
} from '../testing/factories';
import { liveAccountsOf, viewerTotalOf } from './selectors';
import { createStreamStore, type StreamStore } from './stream-store';

let store: StreamStore;

beforeEach(() => {
  sessionStorage.clear();
  store = createStreamStore();
});

afterEach(() => {
  vi.useRealTimers();
});

describe('status', () => {
  it('replaces the account list entirely and says whether the stream is live', () => {
    store.getState().applyServerEvents([makeLiveStatus()]);
    expect(store.getState().accounts.map((a) => a.id)).toEqual([0, 14, 17]);
    expect(store.getState().streamLive).toBe(true);
    store.getState().applyServerEvents([makeOfflineStatus()]);
    expect(store.getState().accounts.map((a) => a.id)).toEqual([0]);
    expect(store.getState().streamLive).toBe(false);
  });

  it('keeps viewer counts only for accounts that are still live', () => {
    store
      .getState()
      .applyServerEvents([makeLiveStatus(), { type: 'viewcount', accountId: 14, viewerCount: 12 }]);
    expect(store.getState().viewerCounts).toEqual({ 14: 12 });
    store.getState().applyServerEvents([makeOfflineStatus()]);
    expect(store.getState().viewerCounts).toEqual({});
  });
});

describe('viewer counts', () => {
  it('totals the known counts and stays unknown until one arrives', () => {
    store.getState().applyServerEvents([
      makeLiveStatus({
        accounts: [
          makeIrcAccount(),
          makeAccount(),
          makeAccount({ id: 20, network: { name: 'youtube', displayName: 'YouTube' } }),
        ],
      }),
    ]);
    const live = () => liveAccountsOf(store.getState().accounts);
    expect(viewerTotalOf(live(), store.getState().viewerCounts)).toBeUndefined();
    store.getState().applyServerEvents([
      { type: 'viewcount', accountId: 14, viewerCount: 10 },
      { type: 'viewcount', accountId: 20 },
    ]);
    expect(viewerTotalOf(live(), store.getState().viewerCounts)).toBe(10);
    store.getState().applyServerEvents([{ type: 'viewcount', accountId: 20, viewerCount: 5 }]);
    expect(viewerTotalOf(live(), store.getState().viewerCounts)).toBe(15);
  });
});

describe('messages', () => {
  it('adds a batch of lines in one update, in order, with increasing keys', () => {
    const listener = vi.fn();
    store.subscribe(listener);
    store
      .getState()
      .applyServerEvents([
        makeChatEvent({ text: 'a', markdown: 'a' }),
        makeChatEvent({ text: 'b', markdown: 'b' }),
        makeChatEvent({ text: 'c', markdown: 'c' }),
      ]);
    expect(listener).toHaveBeenCalledTimes(1);
    expect(store.getState().messages.map((m) => [m.seq, m.text])).toEqual([
      [1, 'a'],
      [2, 'b'],
      [3, 'c'],
    ]);
  });

  it('keeps at most the history limit, dropping the oldest', () => {
    store.getState().setHistoryLimit(5);
    for (let batch = 0; batch < 3; batch++) {
      store
        .getState()
        .applyServerEvents(
          Array.from({ length: 4 }, (_, i) => makeChatEvent({ text: `${batch}-${i}` })),
        );
    }
    expect(store.getState().messages.map((m) => m.text)).toEqual([
      '1-3',
      '2-0',
      '2-1',
      '2-2',
      '2-3',
    ]);
    expect(store.getState().messages.at(-1)?.seq).toBe(12);
  });
});
