import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ConnectionState } from '../../protocol/connection-state';
import type { ServerEvent } from '../../protocol/events';
import type { ClientCommand } from '../../protocol/wire';
import { makeLiveStatus, makeOfflineStatus } from '../../testing/factories';
import { streamHarness } from '../../testing/stream-harness';
import { composerRoute } from '../../store/selectors';
import { createStreamStore, type StreamStore } from '../../store/stream-store';
import { applyBatch, changeConnection } from '../bind-stream';
import { keepTyping } from '../kept-typing';
import { Outbox } from './outbox';
import { WRITER_TIMEOUT_MS } from './writers';
import { said } from '../../testing/said';

let store: StreamStore;
let outbox: Outbox;
let sent: ClientCommand[];

/** As the session does it: events into the store, then the outbox's part. */
function apply(events: ServerEvent[]): void {
  applyBatch(store, outbox, events);
}

function setConnection(next: ConnectionState): void {
  changeConnection(store, outbox, next);
}

function connect(): void {
  setConnection({ phase: 'connected', since: 1 });
}

beforeEach(() => {
  ({ store, outbox, sent } = streamHarness());
});

afterEach(() => {
  outbox.dispose();
  vi.useRealTimers();
});

describe('composer', () => {
  it('writes from a ready live account to itself, and never adds a local copy', () => {
    connect();
    apply([makeLiveStatus()]);
    store.getState().setDraft('Sending a message!!!');
    outbox.submitDraft();
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
    apply([makeLiveStatus()]);
    outbox.chooseFrom(17);
    expect(composerRoute(store.getState())).toMatchObject({
      from: { id: 17 },
      to: { id: 14 },
      writer: 'pending',
    });
    expect(sent.at(-1)).toEqual({ type: 'writer', account_id: 17, cur_stream_account_id: 14 });
    store.getState().setDraft('hi');
    outbox.submitDraft();
    expect(said(store.getState().composerError)).toMatch(/waiting for a writer/);
    apply([{ type: 'writerresult', accountId: 17, streamAccountId: 14 }]);
    expect(composerRoute(store.getState()).writer).toBe('ready');
    outbox.submitDraft();
    expect(sent.at(-1)).toEqual({
      type: 'text',
      account_id: 17,
      cur_stream_account_id: 14,
      text: 'hi',
    });
  });

  it('never asks for a writer of an account the last status did not list', () => {
    connect();
    apply([makeLiveStatus()]);
    outbox.requestWriter(17, 99);
    outbox.requestWriter(99, 14);
    expect(sent.filter((command) => command.type === 'writer')).toEqual([]);

    // A line held for a writer whose target is gone after a reconnect: refused, never asked.
    outbox.chooseFrom(17);
    apply([{ type: 'writerresult', accountId: 17, streamAccountId: 14 }]);
    setConnection({ phase: 'waiting', attempt: 1, retryAt: 5, reason: 'closed' });
    store.getState().setDraft('for twitch');
    outbox.submitDraft();
    sent.length = 0;
    setConnection({ phase: 'connected', since: 2 });
    const withoutTarget = makeLiveStatus();
    withoutTarget.accounts = withoutTarget.accounts.filter((account) => account.id !== 14);
    apply([withoutTarget]);
    expect(sent.filter((command) => command.type === 'writer')).toEqual([]);
    expect(store.getState().outbox.map((line) => [line.status, said(line.reason)])).toEqual([
      ['refused', 'The stream account it was meant for is no longer live.'],
    ]);
  });

  it('says so when no writerresult comes in time, and can ask again', () => {
    vi.useFakeTimers();
    connect();
    apply([makeLiveStatus()]);
    outbox.chooseFrom(17);
    vi.advanceTimersByTime(WRITER_TIMEOUT_MS);
    const writers = Object.values(store.getState().writers);
    expect(writers[0]?.state).toBe('failed');
    expect(said(writers[0]?.state === 'failed' ? writers[0].error : null)).toMatch(/No writer/);
    outbox.ensureWriter({ retry: true });
    expect(composerRoute(store.getState()).writer).toBe('pending');
    expect(sent.filter((c) => c.type === 'writer')).toHaveLength(2);
  });

  it('holds a line typed while disconnected and sends it once after reconnecting', () => {
    connect();
    apply([makeLiveStatus()]);
    setConnection({ phase: 'waiting', attempt: 1, retryAt: 5, reason: 'closed' });
    store.getState().setDraft('are you there?');
    outbox.submitDraft();
    expect(store.getState().outbox).toMatchObject([{ status: 'waiting' }]);
    expect(sent.filter((c) => c.type === 'text')).toHaveLength(0);

    setConnection({ phase: 'connected', since: 2 });
    expect(store.getState().outbox).toHaveLength(1);
    apply([makeLiveStatus()]);
    apply([makeLiveStatus()]);
    expect(store.getState().outbox).toHaveLength(0);
    expect(sent.filter((c) => c.type === 'text')).toEqual([
      { type: 'text', account_id: 14, cur_stream_account_id: 14, text: 'are you there?' },
    ]);
  });

  it('takes back a line the socket worker could not send, and sends it once after reconnecting', () => {
    connect();
    apply([makeLiveStatus()]);
    const line = {
      type: 'text',
      account_id: 14,
      cur_stream_account_id: 14,
      text: 'lost?',
    } as const;
    setConnection({ phase: 'waiting', attempt: 1, retryAt: 5, reason: 'closed' });
    outbox.holdUnsent(line);
    outbox.holdUnsent({ type: 'viewcount' });
    expect(store.getState().outbox).toMatchObject([{ status: 'waiting', command: line }]);
    setConnection({ phase: 'connected', since: 2 });
    apply([makeLiveStatus()]);
    expect(store.getState().outbox).toHaveLength(0);
    expect(sent.filter((c) => c.type === 'text')).toEqual([line]);
  });

  it('refuses a held line with a reason when its account is gone after reconnecting', () => {
    connect();
    apply([makeLiveStatus()]);
    setConnection({ phase: 'offline' });
    store.getState().setDraft('late');
    outbox.submitDraft();
    setConnection({ phase: 'connected', since: 2 });
    apply([makeOfflineStatus()]);
    expect(store.getState().outbox.map((line) => [line.status, said(line.reason)])).toEqual([
      ['refused', expect.stringMatching(/no longer/)],
    ]);
    outbox.discard(store.getState().outbox[0]!.id);
    expect(store.getState().outbox).toHaveLength(0);
  });

  it('keeps the draft in session storage', () => {
    keepTyping(store);
    store.getState().setDraft('half a thought');
    expect(sessionStorage.getItem('chatdeck:draft')).toContain('half a thought');
    const reloaded = createStreamStore();
    keepTyping(reloaded);
    expect(reloaded.getState().draft).toBe('half a thought');
  });

  it('keeps lines waiting to be sent across a reload, and sends them once', () => {
    const stopTyping = keepTyping(store);
    connect();
    apply([makeLiveStatus()]);
    setConnection({ phase: 'offline' });
    store.getState().setDraft('said while offline');
    outbox.submitDraft();

    outbox.dispose();
    stopTyping();
    store = createStreamStore();
    keepTyping(store);
    expect(store.getState().outbox).toMatchObject([
      { status: 'waiting', command: { text: 'said while offline' } },
    ]);
    const resent: ClientCommand[] = [];
    outbox = new Outbox(store, (command) => {
      resent.push(command);
      return true;
    });
    connect();
    apply([makeLiveStatus()]);
    apply([makeLiveStatus()]);
    expect(resent.filter((c) => c.type === 'text')).toHaveLength(1);
    expect(store.getState().outbox).toHaveLength(0);
    const reloaded = createStreamStore();
    keepTyping(reloaded);
    expect(reloaded.getState().outbox).toHaveLength(0);
  });

  it('ignores stored typing that is not what Chatdeck wrote', () => {
    sessionStorage.setItem(
      'chatdeck:draft',
      JSON.stringify({ state: { draft: 5, outbox: [{ id: 'x', command: 'rm -rf' }] }, version: 0 }),
    );
    const reloaded = createStreamStore();
    keepTyping(reloaded);
    expect(reloaded.getState().draft).toBe('');
    expect(reloaded.getState().outbox).toEqual([]);
  });

  it('refuses bad slash commands with the usage', () => {
    connect();
    apply([makeLiveStatus()]);
    store.getState().setDraft('/msg');
    outbox.submitDraft();
    expect(said(store.getState().composerError)).toBe('Usage: /msg USER TEXT');
    expect(store.getState().draft).toBe('/msg');
  });
});
