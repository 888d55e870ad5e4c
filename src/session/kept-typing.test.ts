import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ChatConnection } from '../socket/chat-socket';
import { memoryStorage } from '../config/page-storage';
import { createStreamStore } from '../store/stream-store';
import { keepTyping } from './kept-typing';
import { createStreamSession } from './stream-session';

const address = { server: 'https://ms.example', streamId: 7, token: 't' };
const key = 'chatdeck:draft:https://ms.example:7';

/** A connection that stays idle. */
const idle = (): ChatConnection => ({
  on: () => () => undefined,
  connectionState: { phase: 'idle' },
  start: () => undefined,
  send: () => false,
  retryNow: () => undefined,
  setOffline: () => undefined,
  close: () => undefined,
});

afterEach(() => {
  vi.restoreAllMocks();
  sessionStorage.clear();
});

describe('the typing a session keeps for this tab', () => {
  it('a draft survives a reload: the next session reads it back when it starts', () => {
    const before = createStreamSession(address, { connect: idle });
    const stop = before.start();
    before.actions.setDraft('half a thought');
    expect(JSON.parse(sessionStorage.getItem(key)!)).toMatchObject({
      state: { draft: 'half a thought' },
    });
    stop();

    const after = createStreamSession(address, { connect: idle });
    expect(after.store.getState().draft).toBe('');
    const stopAfter = after.start();
    expect(after.store.getState().draft).toBe('half a thought');
    stopAfter();
  });

  it('creating a session reads and writes no storage; stopping it stops the writing', () => {
    sessionStorage.setItem(key, JSON.stringify({ state: { draft: 'kept' }, version: 0 }));
    const getItem = vi.spyOn(Storage.prototype, 'getItem');
    const setItem = vi.spyOn(Storage.prototype, 'setItem');
    const session = createStreamSession(address, { connect: idle });
    session.store.getState().setDraft('typed');
    expect(getItem).not.toHaveBeenCalled();
    expect(setItem).not.toHaveBeenCalled();

    const stop = session.start();
    expect(session.store.getState().draft).toBe('kept');
    stop();
    session.store.getState().setDraft('after the stop');
    expect(JSON.parse(sessionStorage.getItem(key)!)).toMatchObject({ state: { draft: 'kept' } });
  });

  it('start, stop, start (React’s development mount) keeps what was typed between', () => {
    const session = createStreamSession(address, { connect: idle });
    session.start()();
    const stop = session.start();
    session.actions.setDraft('once');
    stop();
    const again = session.start();
    expect(session.store.getState().draft).toBe('once');
    again();
  });

  it('each stream keeps its own draft', () => {
    const one = createStreamSession(address, { connect: idle });
    const two = createStreamSession({ ...address, streamId: 8 }, { connect: idle });
    const stops = [one.start(), two.start()];
    one.actions.setDraft('to seven');
    two.actions.setDraft('to eight');
    for (const stop of stops) stop();
    const reloaded = createStreamSession(address, { connect: idle });
    reloaded.start()();
    expect(reloaded.store.getState().draft).toBe('to seven');
  });

  it('writes only when the typing changes, not with every chat line', () => {
    const storage = memoryStorage();
    const setItem = vi.spyOn(storage, 'setItem');
    const store = createStreamStore();
    keepTyping(store, 'k', storage);
    store.getState().setPacedWaiting(3);
    store.getState().askMessageFocus();
    expect(setItem).not.toHaveBeenCalled();
    store.getState().setDraft('a');
    store.getState().rememberSent('a');
    expect(setItem).toHaveBeenCalledTimes(2);
    expect(JSON.parse(storage.getItem('k')!)).toEqual({
      state: { draft: 'a', sentLines: ['a'], outbox: [] },
      version: 0,
    });
  });

  it('where the browser refuses storage, the typing stays on the page and nothing throws', () => {
    const store = createStreamStore();
    const stop = keepTyping(store, 'k', null);
    store.getState().setDraft('still here');
    expect(store.getState().draft).toBe('still here');
    stop();
    const full = memoryStorage();
    full.setItem = () => {
      throw new DOMException('full', 'QuotaExceededError');
    };
    keepTyping(store, 'k', full);
    expect(() => store.getState().setDraft('more')).not.toThrow();
  });

  it('ignores what is kept under its key that Chatdeck did not write', () => {
    for (const kept of ['not json', JSON.stringify({ state: { draft: 5 } }), '[]']) {
      const storage = memoryStorage();
      storage.setItem('k', kept);
      const store = createStreamStore();
      store.getState().setDraft('mine');
      keepTyping(store, 'k', storage);
      expect(store.getState().draft).toBe('mine');
    }
  });
});
