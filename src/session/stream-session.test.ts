import { IDBFactory } from 'fake-indexeddb';
// IDBKeyRange and the other globals a browser has.
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ConnectionState } from '../protocol/connection-state';
import type { ClientCommand } from '../protocol/wire';
import type { ChatConnection } from '../socket/chat-socket';
import { makeChatEvent, makeLiveStatus } from '../testing/factories';
import { loadAssistantModules, type AssistantModules } from './assistant';
import { createStreamSession } from './stream-session';
import { said } from '../testing/said';

/** A connection that records its life and otherwise stays idle. */
function recordingConnection(log: string[]): ChatConnection {
  const state: ConnectionState = { phase: 'idle' };
  return {
    on: () => () => undefined,
    connectionState: state,
    start: () => log.push('start'),
    send: () => false,
    retryNow: () => undefined,
    setOffline: () => undefined,
    close: () => log.push('close'),
  };
}

/** A device whose databases are counted as they open and close. */
function countedDevice() {
  const device = new IDBFactory();
  const open = device.open.bind(device);
  const databases: IDBDatabase[] = [];
  const closed = new Set<IDBDatabase>();
  vi.spyOn(device, 'open').mockImplementation((name, version) => {
    const request = open(name, version);
    request.addEventListener('success', () => {
      const db = request.result;
      databases.push(db);
      const close = db.close.bind(db);
      db.close = () => {
        closed.add(db);
        close();
      };
    });
    return request;
  });
  vi.stubGlobal('indexedDB', device);
  return {
    device,
    opened: () => databases.length,
    openNow: () => databases.filter((db) => !closed.has(db)).length,
  };
}

const address = { server: 'https://ms.example', streamId: 7, token: 't' };

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
  sessionStorage.clear();
});

describe('a stream session owns its side effects', () => {
  it('creating one opens nothing and starts nothing', () => {
    vi.useFakeTimers();
    const { device } = countedDevice();
    const open = vi.mocked(device.open);
    const log: string[] = [];
    const session = createStreamSession(address, {
      keepChat: true,
      connect: () => recordingConnection(log),
    });
    expect(session.store.getState().connection.phase).toBe('idle');
    expect(open).not.toHaveBeenCalled();
    // Nothing of the session waits on a timer (and the draft is read back only on start).
    vi.advanceTimersByTime(0);
    expect(vi.getTimerCount()).toBe(0);
    expect(log).toEqual([]);
  });

  it('start opens storage and the connection; stop closes every one, databases included', async () => {
    const databases = countedDevice();
    const log: string[] = [];
    const session = createStreamSession(address, {
      keepChat: true,
      connect: () => recordingConnection(log),
    });
    const stop = session.start();
    await vi.waitFor(() => expect(log).toEqual(['start']));
    expect(session.store.getState().keeping).toBe('device');
    // The chatters it knows and the chat it keeps.
    expect(databases.openNow()).toBe(2);
    stop();
    expect(log).toEqual(['start', 'close']);
    await vi.waitFor(() => expect(databases.openNow()).toBe(0));
  });

  it('start, stop, start (React’s development mount) leaves one connection and one of each', async () => {
    const databases = countedDevice();
    const log: string[] = [];
    const session = createStreamSession(address, {
      keepChat: true,
      connect: () => recordingConnection(log),
    });
    session.start()();
    const stop = session.start();
    await vi.waitFor(() => expect(log).toEqual(['start']));
    expect(session.store.getState().keeping).toBe('device');
    // What the first start opened is closed again: only the second start's are open.
    await vi.waitFor(() => expect(databases.openNow()).toBe(2));
    stop();
    expect(log).toEqual(['start', 'close']);
    await vi.waitFor(() => expect(databases.openNow()).toBe(0));
  });
});

/** A connection that is open at once, lists the stream's accounts live, and records what it sends. */
function liveConnection(
  sent: ClientCommand[],
  listeners = new Map<string, (value: never) => void>(),
): ChatConnection {
  return {
    on: (kind, listener) => {
      listeners.set(kind, listener as (value: never) => void);
      return () => listeners.delete(kind);
    },
    connectionState: { phase: 'idle' },
    start: () => {
      const emit = (kind: string, value: unknown) => listeners.get(kind)?.(value as never);
      emit('state', { phase: 'connected', since: 1 });
      emit('batch', { events: [makeLiveStatus()], drops: [] });
    },
    send: (command) => {
      sent.push(command);
      return true;
    },
    retryNow: () => undefined,
    setOffline: () => undefined,
    close: () => undefined,
  };
}

describe('the poll, loaded on demand', () => {
  it('a /poll written before the runner has loaded waits for it, and never goes to chat as text', async () => {
    const sent: ClientCommand[] = [];
    const session = createStreamSession(address, { connect: () => liveConnection(sent) });
    const stop = session.start();
    await vi.waitFor(() => expect(session.store.getState().accounts.length).toBeGreaterThan(0));
    session.store.getState().setDraft('/poll Next? | Celeste | Hades 30s');
    session.actions.submitDraft();
    // The runner loads with this first poll draft: nothing went to chat meanwhile.
    expect(sent.filter((command) => command.type === 'text')).toEqual([]);
    // Its first import transforms the runner: up to 5 s on a busy machine.
    await vi.waitFor(() => expect(session.polls.getState().poll?.question).toBe('Next?'), {
      timeout: 5_000,
    });
    const texts = sent.flatMap((command) => (command.type === 'text' ? [command.text] : []));
    expect(texts.some((text) => text.startsWith('/poll'))).toBe(false);
    expect(texts.some((text) => text.startsWith('POLL: Next?'))).toBe(true);
    expect(session.store.getState().draft).toBe('');
    stop();
  });
});

describe('the giveaway, loaded on demand', () => {
  const texts = (sent: ClientCommand[]) =>
    sent.flatMap((command) => (command.type === 'text' ? [command.text] : []));
  const giveawayOf = (session: ReturnType<typeof createStreamSession>) =>
    session.assistant.getState().parts?.giveaway.giveaway.getState().giveaway ?? null;

  it('a /giveaway written before the assistant has loaded waits for it, and never goes to chat as text', async () => {
    const sent: ClientCommand[] = [];
    // The assistant's code is still on its way until the test lets it come.
    let arrive!: () => void;
    const arrived = new Promise<void>((resolve) => (arrive = resolve));
    const session = createStreamSession(address, {
      keepChat: true,
      connect: () => liveConnection(sent),
      loadAssistant: () => arrived.then(loadAssistantModules),
    });
    const stop = session.start();
    await vi.waitFor(() => expect(session.store.getState().accounts.length).toBeGreaterThan(0));
    session.store.getState().setDraft('/giveaway !enter 120s');
    session.actions.submitDraft();
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(session.assistant.getState().parts).toBeNull();
    expect(sent.filter((command) => command.type === 'text')).toEqual([]);
    expect(session.store.getState().draft).toBe('/giveaway !enter 120s');

    arrive();
    // Its first import transforms four folders: up to 5 s on a busy machine.
    await vi.waitFor(() => expect(giveawayOf(session)?.keyword).toBe('!enter'), {
      timeout: 5_000,
    });
    expect(texts(sent).some((text) => text.startsWith('/giveaway'))).toBe(false);
    expect(texts(sent).some((text) => text.startsWith('GIVEAWAY: type !enter'))).toBe(true);
    expect(session.store.getState().draft).toBe('');
    stop();
  });

  it('says so when the assistant cannot load, keeps the draft, and runs it on the next try', async () => {
    const sent: ClientCommand[] = [];
    const listeners = new Map<string, (value: never) => void>();
    let reachable = false;
    const session = createStreamSession(address, {
      keepChat: true,
      connect: () => liveConnection(sent, listeners),
      loadAssistant: () =>
        reachable ? loadAssistantModules() : Promise.reject<AssistantModules>(new Error('offline')),
    });
    const stop = session.start();
    await vi.waitFor(() => expect(session.store.getState().accounts.length).toBeGreaterThan(0));
    session.store.getState().setDraft('/giveaway !enter');
    session.actions.submitDraft();
    await vi.waitFor(() =>
      expect(said(session.store.getState().composerError)).toBe(
        'The giveaway could not load. Try again.',
      ),
    );
    expect(session.store.getState().draft).toBe('/giveaway !enter');
    expect(sent.filter((command) => command.type === 'text')).toEqual([]);

    // The file is reachable again: the same draft runs, and the parts count entries.
    reachable = true;
    session.actions.submitDraft();
    await vi.waitFor(() => expect(giveawayOf(session)?.keyword).toBe('!enter'), {
      timeout: 5_000,
    });
    expect(session.store.getState().draft).toBe('');
    listeners.get('batch')?.({
      events: [makeChatEvent({ text: '!enter', from: { id: '5', name: 'ana' } })],
      drops: [],
    } as never);
    await vi.waitFor(() => expect(giveawayOf(session)?.count).toBe(1));
    stop();
  });
});
