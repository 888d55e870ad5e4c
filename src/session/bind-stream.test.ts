import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ConnectionState } from '../protocol/connection-state';
import type { ServerEvent } from '../protocol/events';
import type { ClientCommand } from '../protocol/wire';
import type { ChatConnection, ChatSocketListeners } from '../socket/chat-socket';
import type { FlushScheduler } from '../socket/event-batcher';
import { createStreamStore, type StreamStore } from '../store/stream-store';
import { makeChatEvent, makeLiveStatus, makeOfflineStatus } from '../testing/factories';
import { VIEWER_COUNT_EVERY_MS, bindStream } from './bind-stream';
import { Outbox } from './outbox/outbox';

/** A connection the test drives: it says what the server says, and records what is sent. */
class FakeConnection implements ChatConnection {
  connectionState: ConnectionState = { phase: 'idle' };
  sent: ClientCommand[] = [];
  calls: string[] = [];
  private listeners: { [K in keyof ChatSocketListeners]: Set<ChatSocketListeners[K]> } = {
    state: new Set(),
    event: new Set(),
    drop: new Set(),
    batch: new Set(),
    unsent: new Set(),
  };
  on<K extends keyof ChatSocketListeners>(kind: K, listener: ChatSocketListeners[K]) {
    const set = this.listeners[kind] as Set<ChatSocketListeners[K]>;
    set.add(listener);
    return () => set.delete(listener);
  }
  listenerCount(): number {
    return Object.values(this.listeners).reduce((sum, set) => sum + set.size, 0);
  }
  start() {
    this.calls.push('start');
  }
  send(command: ClientCommand) {
    if (this.connectionState.phase !== 'connected') return false;
    this.sent.push(command);
    return true;
  }
  retryNow() {
    this.calls.push('retryNow');
  }
  setOffline(offline: boolean) {
    this.calls.push(`offline ${offline}`);
  }
  close() {
    this.calls.push('close');
  }
  state(next: ConnectionState) {
    this.connectionState = next;
    for (const listener of this.listeners.state) listener(next);
  }
  event(event: ServerEvent) {
    for (const listener of this.listeners.event) listener(event);
  }
  batch(events: ServerEvent[]) {
    for (const listener of this.listeners.batch) listener({ events, drops: [] });
  }
}

let store: StreamStore;
let connection: FakeConnection;
let outbox: Outbox;
let frames: Array<() => void>;
const schedule: FlushScheduler = (callback) => {
  frames.push(callback);
  return () => frames.splice(frames.indexOf(callback), 1);
};
const nextFrame = () => frames.splice(0).forEach((run) => run());

beforeEach(() => {
  vi.useFakeTimers();
  sessionStorage.clear();
  store = createStreamStore();
  connection = new FakeConnection();
  outbox = new Outbox(store, (command) => connection.send(command));
  frames = [];
});

afterEach(() => {
  vi.useRealTimers();
});

describe('bindStream', () => {
  it('starts the connection and applies server events once per frame', () => {
    const unbind = bindStream(connection, store, outbox, { schedule });
    expect(connection.calls).toEqual(['start']);
    connection.state({ phase: 'connected', since: 1 });
    connection.event(makeChatEvent({ text: 'a' }));
    connection.event(makeChatEvent({ text: 'b' }));
    expect(store.getState().messages).toHaveLength(0);
    nextFrame();
    expect(store.getState().messages.map((line) => line.text)).toEqual(['a', 'b']);
    unbind();
  });

  it("applies a worker's batches together, once per frame, as they came", () => {
    const unbind = bindStream(connection, store, outbox, { schedule });
    connection.state({ phase: 'connected', since: 1 });
    const first = [makeChatEvent({ text: 'a' }), makeChatEvent({ text: 'b' })];
    connection.batch(first);
    connection.batch([makeChatEvent({ text: 'c' })]);
    expect(frames).toHaveLength(1);
    expect(store.getState().messages).toHaveLength(0);
    nextFrame();
    expect(store.getState().messages.map((line) => line.text)).toEqual(['a', 'b', 'c']);
    const applied = vi.spyOn(store.getState(), 'applyServerEvents');
    const alone = [makeChatEvent({ text: 'd' })];
    connection.batch(alone);
    nextFrame();
    // A batch alone is handed to the store as it came, not copied line by line.
    expect(applied).toHaveBeenCalledOnce();
    expect(applied.mock.calls[0]![0]).toBe(alone);
    unbind();
  });

  it('flushes lines that came before a state change before it', () => {
    const unbind = bindStream(connection, store, outbox, { schedule });
    connection.state({ phase: 'connected', since: 1 });
    connection.event(makeChatEvent({ text: 'said before the drop' }));
    connection.state({ phase: 'waiting', attempt: 1, retryAt: 0, reason: 'closed' });
    expect(store.getState().messages.map((line) => line.text)).toEqual(['said before the drop']);
    expect(store.getState().connection.phase).toBe('waiting');
    unbind();
  });

  it('asks for viewer counts only while connected and live, every VIEWER_COUNT_EVERY_MS', () => {
    const unbind = bindStream(connection, store, outbox, { schedule });
    connection.state({ phase: 'connected', since: 1 });
    connection.event(makeOfflineStatus());
    nextFrame();
    vi.advanceTimersByTime(VIEWER_COUNT_EVERY_MS * 2);
    expect(connection.sent.filter((command) => command.type === 'viewcount')).toHaveLength(0);
    connection.event(makeLiveStatus());
    nextFrame();
    expect(connection.sent.filter((command) => command.type === 'viewcount')).toHaveLength(1);
    vi.advanceTimersByTime(VIEWER_COUNT_EVERY_MS * 2);
    expect(connection.sent.filter((command) => command.type === 'viewcount')).toHaveLength(3);
    connection.state({ phase: 'offline' });
    vi.advanceTimersByTime(VIEWER_COUNT_EVERY_MS * 2);
    expect(connection.sent.filter((command) => command.type === 'viewcount')).toHaveLength(3);
    unbind();
  });

  it('follows the browser going offline, online and visible again', () => {
    const target = new EventTarget();
    const doc = new EventTarget() as EventTarget & { visibilityState: string };
    doc.visibilityState = 'hidden';
    const win = Object.assign(target, { document: doc, navigator: { onLine: false } });
    const unbind = bindStream(connection, store, outbox, {
      schedule,
      window: win as unknown as Window,
    });
    expect(connection.calls).toEqual(['offline true', 'start']);
    target.dispatchEvent(new Event('online'));
    target.dispatchEvent(new Event('offline'));
    doc.visibilityState = 'visible';
    doc.dispatchEvent(new Event('visibilitychange'));
    expect(connection.calls.slice(2)).toEqual(['offline false', 'offline true', 'retryNow']);
    unbind();
    target.dispatchEvent(new Event('online'));
    expect(connection.calls.at(-1)).toBe('close');
  });

  it('unbinding closes the connection, leaves the store idle, and stops every timer', () => {
    const unbind = bindStream(connection, store, outbox, { schedule });
    connection.state({ phase: 'connected', since: 1 });
    connection.event(makeLiveStatus());
    nextFrame();
    outbox.chooseFrom(17);
    expect(connection.sent.at(-1)).toMatchObject({ type: 'writer' });
    connection.event(makeChatEvent({ text: 'pending when unbound' }));
    unbind();
    expect(connection.calls.at(-1)).toBe('close');
    expect(connection.listenerCount()).toBe(0);
    expect(store.getState().connection).toEqual({ phase: 'idle' });
    expect(frames).toHaveLength(0);
    // No timer of the session is left: no viewer poll, no writer timeout, no late frame.
    const sent = connection.sent.length;
    const before = store.getState();
    vi.advanceTimersByTime(VIEWER_COUNT_EVERY_MS * 4);
    expect(connection.sent).toHaveLength(sent);
    expect(store.getState()).toBe(before);
    expect(store.getState().messages).toHaveLength(0);
  });
});
