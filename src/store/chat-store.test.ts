import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ClientCommand } from '../protocol/messages';
import {
  makeAccount,
  makeChatEvent,
  makeIrcAccount,
  makeLiveStatus,
  makeOfflineStatus,
} from '../testing/factories';
import { createChatStore, type ChatStore } from './chat-store';
import { composerRoute, liveAccountsOf, viewerTotalOf } from './selectors';
import { WRITER_TIMEOUT_MS } from './slices/composer';

let store: ChatStore;
let sent: ClientCommand[];

/** Connects `target` to a transport that records what it sends into `into`. */
function connect(target: ChatStore = store, into: ClientCommand[] = sent): void {
  target.getState().setTransport({
    send: (command) => {
      into.push(command);
      return true;
    },
    retryNow: () => undefined,
  });
  target.getState().setConnection({ phase: 'connected', since: 1 });
}

beforeEach(() => {
  sessionStorage.clear();
  store = createChatStore();
  sent = [];
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

describe('composer', () => {
  it('writes from a ready live account to itself, and never adds a local copy', () => {
    connect();
    store.getState().applyServerEvents([makeLiveStatus()]);
    store.getState().setDraft('Sending a message!!!');
    store.getState().submitDraft();
    expect(sent.at(-1)).toEqual({
      type: 'text',
      account_id: 14,
      cur_stream_account_id: 14,
      text: 'Sending a message!!!',
    });
    expect(store.getState().draft).toBe('');
    expect(store.getState().messages).toHaveLength(0);
  });

  it('asks for a writer for a not-ready account and enables sending on writerresult', () => {
    connect();
    store.getState().applyServerEvents([makeLiveStatus()]);
    store.getState().chooseFrom(17);
    expect(composerRoute(store.getState())).toMatchObject({
      from: { id: 17 },
      to: { id: 14 },
      writer: 'pending',
    });
    expect(sent.at(-1)).toEqual({ type: 'writer', account_id: 17, cur_stream_account_id: 14 });
    store.getState().setDraft('hi');
    store.getState().submitDraft();
    expect(store.getState().composerError).toMatch(/waiting for a writer/);
    store
      .getState()
      .applyServerEvents([{ type: 'writerresult', accountId: 17, streamAccountId: 14 }]);
    expect(composerRoute(store.getState()).writer).toBe('ready');
    store.getState().submitDraft();
    expect(sent.at(-1)).toEqual({
      type: 'text',
      account_id: 17,
      cur_stream_account_id: 14,
      text: 'hi',
    });
  });

  it('never asks for a writer of an account the last status did not list', () => {
    connect();
    store.getState().applyServerEvents([makeLiveStatus()]);
    store.getState().requestWriter(17, 99);
    store.getState().requestWriter(99, 14);
    expect(sent.filter((command) => command.type === 'writer')).toEqual([]);

    // A line held for a writer whose target is gone after a reconnect: refused, never asked.
    store.getState().chooseFrom(17);
    store
      .getState()
      .applyServerEvents([{ type: 'writerresult', accountId: 17, streamAccountId: 14 }]);
    store.getState().setConnection({ phase: 'waiting', attempt: 1, retryAt: 5, reason: 'closed' });
    store.getState().setDraft('for twitch');
    store.getState().submitDraft();
    sent.length = 0;
    store.getState().setConnection({ phase: 'connected', since: 2 });
    const withoutTarget = makeLiveStatus();
    withoutTarget.accounts = withoutTarget.accounts.filter((account) => account.id !== 14);
    store.getState().applyServerEvents([withoutTarget]);
    expect(sent.filter((command) => command.type === 'writer')).toEqual([]);
    expect(store.getState().outbox).toMatchObject([
      { status: 'refused', reason: 'The stream account it was meant for is no longer live.' },
    ]);
  });

  it('says so when no writerresult comes in time, and can ask again', () => {
    vi.useFakeTimers();
    connect();
    store.getState().applyServerEvents([makeLiveStatus()]);
    store.getState().chooseFrom(17);
    vi.advanceTimersByTime(WRITER_TIMEOUT_MS);
    const writers = Object.values(store.getState().writers);
    expect(writers[0]).toMatchObject({
      state: 'failed',
      error: expect.stringMatching(/No writer/),
    });
    store.getState().ensureWriter({ retry: true });
    expect(composerRoute(store.getState()).writer).toBe('pending');
    expect(sent.filter((c) => c.type === 'writer')).toHaveLength(2);
  });

  it('holds a line typed while disconnected and sends it once after reconnecting', () => {
    connect();
    store.getState().applyServerEvents([makeLiveStatus()]);
    store.getState().setConnection({ phase: 'waiting', attempt: 1, retryAt: 5, reason: 'closed' });
    store.getState().setDraft('are you there?');
    store.getState().submitDraft();
    expect(store.getState().outbox).toMatchObject([{ status: 'waiting' }]);
    expect(sent.filter((c) => c.type === 'text')).toHaveLength(0);

    store.getState().setConnection({ phase: 'connected', since: 2 });
    expect(store.getState().outbox).toHaveLength(1);
    store.getState().applyServerEvents([makeLiveStatus()]);
    store.getState().applyServerEvents([makeLiveStatus()]);
    expect(store.getState().outbox).toHaveLength(0);
    expect(sent.filter((c) => c.type === 'text')).toEqual([
      { type: 'text', account_id: 14, cur_stream_account_id: 14, text: 'are you there?' },
    ]);
  });

  it('takes back a line the socket worker could not send, and sends it once after reconnecting', () => {
    connect();
    store.getState().applyServerEvents([makeLiveStatus()]);
    const line = {
      type: 'text',
      account_id: 14,
      cur_stream_account_id: 14,
      text: 'lost?',
    } as const;
    store.getState().setConnection({ phase: 'waiting', attempt: 1, retryAt: 5, reason: 'closed' });
    store.getState().holdUnsent(line);
    store.getState().holdUnsent({ type: 'viewcount' });
    expect(store.getState().outbox).toMatchObject([{ status: 'waiting', command: line }]);
    store.getState().setConnection({ phase: 'connected', since: 2 });
    store.getState().applyServerEvents([makeLiveStatus()]);
    expect(store.getState().outbox).toHaveLength(0);
    expect(sent.filter((c) => c.type === 'text')).toEqual([line]);
  });

  it('refuses a held line with a reason when its account is gone after reconnecting', () => {
    connect();
    store.getState().applyServerEvents([makeLiveStatus()]);
    store.getState().setConnection({ phase: 'offline' });
    store.getState().setDraft('late');
    store.getState().submitDraft();
    store.getState().setConnection({ phase: 'connected', since: 2 });
    store.getState().applyServerEvents([makeOfflineStatus()]);
    expect(store.getState().outbox).toMatchObject([
      { status: 'refused', reason: expect.stringMatching(/no longer/) },
    ]);
    store.getState().discardOutgoing(store.getState().outbox[0]!.id);
    expect(store.getState().outbox).toHaveLength(0);
  });

  it('keeps the draft in session storage', () => {
    store.getState().setDraft('half a thought');
    expect(sessionStorage.getItem('chatdeck:draft')).toContain('half a thought');
    const reloaded = createChatStore();
    expect(reloaded.getState().draft).toBe('half a thought');
  });

  it('keeps lines waiting to be sent across a reload, and sends them once', () => {
    connect();
    store.getState().applyServerEvents([makeLiveStatus()]);
    store.getState().setConnection({ phase: 'offline' });
    store.getState().setDraft('said while offline');
    store.getState().submitDraft();

    const reloaded = createChatStore();
    expect(reloaded.getState().outbox).toMatchObject([
      { status: 'waiting', command: { text: 'said while offline' } },
    ]);
    const resent: ClientCommand[] = [];
    connect(reloaded, resent);
    reloaded.getState().applyServerEvents([makeLiveStatus()]);
    reloaded.getState().applyServerEvents([makeLiveStatus()]);
    expect(resent.filter((c) => c.type === 'text')).toHaveLength(1);
    expect(reloaded.getState().outbox).toHaveLength(0);
    expect(createChatStore().getState().outbox).toHaveLength(0);
  });

  it('ignores stored typing that is not what Chatdeck wrote', () => {
    sessionStorage.setItem(
      'chatdeck:draft',
      JSON.stringify({ state: { draft: 5, outbox: [{ id: 'x', command: 'rm -rf' }] }, version: 0 }),
    );
    const reloaded = createChatStore();
    expect(reloaded.getState().draft).toBe('');
    expect(reloaded.getState().outbox).toEqual([]);
  });

  it('refuses bad slash commands with the usage', () => {
    connect();
    store.getState().applyServerEvents([makeLiveStatus()]);
    store.getState().setDraft('/msg');
    store.getState().submitDraft();
    expect(store.getState().composerError).toBe('Usage: /msg USER TEXT');
    expect(store.getState().draft).toBe('/msg');
  });
});
