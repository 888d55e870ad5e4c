import { composeLine, writerRequest } from '../../protocol/commands';
import type { ChatCommand, ClientCommand } from '../../protocol/messages';
import type { Account, WriterResultEvent } from '../../protocol/events';
import { composerRoute, writerKey } from '../selectors';
import type { ChatSlice, ChatState } from '../types';

/** How long a `writer` request may go unanswered (the server sends no failure frame). */
export const WRITER_TIMEOUT_MS = 10_000;

export type WriterState =
  { state: 'pending' } | { state: 'ready' } | { state: 'failed'; error: string };

/** A line typed while it could not be sent: shown as pending, sent once on reconnect. */
export interface OutgoingLine {
  id: number;
  command: ChatCommand;
  status: 'waiting' | 'refused';
  reason?: string;
}

export interface ComposerSlice {
  draft: string;
  fromId: number | null;
  toId: number | null;
  writers: Readonly<Record<string, WriterState>>;
  outbox: readonly OutgoingLine[];
  composerError: string | null;
  /** A `status` has arrived since the socket last connected. */
  statusSinceConnect: boolean;
  setDraft: (draft: string) => void;
  chooseFrom: (accountId: number) => void;
  chooseTo: (accountId: number) => void;
  /** Sends the draft, or holds it in the outbox while disconnected. */
  submitDraft: () => void;
  /** Asks for a writer when the chosen pair needs one and none is pending. */
  ensureWriter: (options?: { retry?: boolean }) => void;
  /** Sends `writer` for the pair and waits up to WRITER_TIMEOUT_MS for `writerresult`. */
  requestWriter: (fromId: number, toId: number) => void;
  applyWriterResult: (event: WriterResultEvent) => void;
  /** Sends held lines whose route is ready; refuses those that can no longer be sent. */
  flushOutbox: () => void;
  discardOutgoing: (id: number) => void;
  /**
   * A command believed sent never left (its socket closed first): a chat line goes back to the
   * outbox to be sent once on reconnect; status, viewcount and writer are asked again anyway.
   */
  holdUnsent: (command: ClientCommand) => void;
  afterStatus: () => void;
  onConnected: () => void;
  onDisconnected: () => void;
}

export const createComposerSlice: ChatSlice<ComposerSlice> = (set, get) => {
  const writerTimers = new Map<string, ReturnType<typeof setTimeout>>();
  // Ids stay unique across reloads, where held lines come back from session storage.
  let nextOutgoingId = Date.now();

  const clearWriterTimers = () => {
    for (const timer of writerTimers.values()) clearTimeout(timer);
    writerTimers.clear();
  };

  const setWriter = (key: string, writer: WriterState) => {
    set({ writers: { ...get().writers, [key]: writer } });
  };

  return {
    draft: '',
    fromId: null,
    toId: null,
    writers: {},
    outbox: [],
    composerError: null,
    statusSinceConnect: false,

    setDraft: (draft) => set({ draft, composerError: null }),

    chooseFrom: (fromId) => {
      set({ fromId, toId: null, composerError: null });
      get().ensureWriter();
    },

    chooseTo: (toId) => {
      set({ toId, composerError: null });
      get().ensureWriter();
    },

    submitDraft: () => {
      const state = get();
      const route = composerRoute(state);
      if (!route.from || !route.to) {
        set({ composerError: 'Choose an account to write from and a stream account to write to.' });
        return;
      }
      const connected = state.connection.phase === 'connected';
      if (connected && route.writer !== 'not-needed' && route.writer !== 'ready') {
        set({ composerError: 'This account cannot write yet: waiting for a writer.' });
        return;
      }
      const result = composeLine(state.draft, route.from.id, route.to.id);
      if (!result.ok) {
        set({ composerError: result.error });
        return;
      }
      // The server echoes what is sent: no local copy goes into the chat.
      if (connected && state.send(result.command)) {
        set({ draft: '', composerError: null });
        return;
      }
      const held: OutgoingLine = {
        id: nextOutgoingId++,
        command: result.command,
        status: 'waiting',
      };
      set({ draft: '', composerError: null, outbox: state.outbox.concat(held) });
    },

    ensureWriter: ({ retry = false } = {}) => {
      const state = get();
      if (state.connection.phase !== 'connected') return;
      const route = composerRoute(state);
      if (!route.from || !route.to || route.writer === 'not-needed') return;
      if (route.writer === 'pending' || route.writer === 'ready') return;
      if (route.writer === 'failed' && !retry) return;
      get().requestWriter(route.from.id, route.to.id);
    },

    requestWriter: (fromId, toId) => {
      // A writer for an account the server did not list stops its chat handling until it
      // restarts (multistreamer 12.3.0): only ever ask for accounts of the last status.
      if (!writerCanBeAsked(get().accounts, fromId, toId)) return;
      const key = writerKey(fromId, toId);
      if (!get().send(writerRequest(fromId, toId))) return;
      setWriter(key, { state: 'pending' });
      clearTimeout(writerTimers.get(key));
      writerTimers.set(
        key,
        setTimeout(() => {
          writerTimers.delete(key);
          if (get().writers[key]?.state !== 'pending') return;
          setWriter(key, {
            state: 'failed',
            error: `No writer from multistreamer after ${WRITER_TIMEOUT_MS / 1000} s: this account may not be allowed to write to that stream.`,
          });
          get().flushOutbox();
        }, WRITER_TIMEOUT_MS),
      );
    },

    applyWriterResult: (event) => {
      const key = writerKey(event.accountId, event.streamAccountId);
      clearTimeout(writerTimers.get(key));
      writerTimers.delete(key);
      setWriter(key, { state: 'ready' });
      get().flushOutbox();
    },

    flushOutbox: () => {
      const state = get();
      if (state.connection.phase !== 'connected' || !state.statusSinceConnect) return;
      if (!state.outbox.some((line) => line.status === 'waiting')) return;
      const remaining: OutgoingLine[] = [];
      for (const line of state.outbox) {
        if (line.status !== 'waiting') {
          remaining.push(line);
          continue;
        }
        const verdict = routeVerdict(get(), line.command);
        if (verdict === 'send' && get().send(line.command)) continue;
        if (verdict === 'send' || verdict === 'wait') remaining.push(line);
        else remaining.push({ ...line, status: 'refused', reason: verdict.refused });
      }
      set({ outbox: remaining });
    },

    discardOutgoing: (id) => set({ outbox: get().outbox.filter((line) => line.id !== id) }),

    holdUnsent: (command) => {
      if (command.type !== 'text' && command.type !== 'emote') return;
      const held: OutgoingLine = { id: nextOutgoingId++, command, status: 'waiting' };
      // Not flushed here: the reconnect's first status sends it, once.
      set({ outbox: get().outbox.concat(held) });
    },

    afterStatus: () => {
      set({ statusSinceConnect: true });
      requestWritersForOutbox(get());
      get().ensureWriter();
      get().flushOutbox();
    },

    onConnected: () => {
      clearWriterTimers();
      // Writers belong to a connection; a new one asks again after its first status.
      set({ writers: {}, statusSinceConnect: false });
    },

    onDisconnected: () => {
      clearWriterTimers();
      set({ writers: {}, statusSinceConnect: false });
    },
  };
};

type Verdict = 'send' | 'wait' | { refused: string };

/** Whether a held line can go now, must wait for a writer, or can no longer be sent. */
function routeVerdict(state: ChatState, command: ChatCommand): Verdict {
  const from = state.accounts.find((account) => account.id === command.account_id);
  if (!from?.writable) {
    return { refused: 'That account can no longer write to this stream.' };
  }
  if (from.ready && command.cur_stream_account_id === from.id) return 'send';
  const to = state.accounts.find((account) => account.id === command.cur_stream_account_id);
  if (!to?.live) return { refused: 'The stream account it was meant for is no longer live.' };
  const writer = state.writers[writerKey(from.id, to.id)];
  if (writer?.state === 'ready') return 'send';
  if (writer?.state === 'failed') return { refused: writer.error };
  return 'wait';
}

/** A writable account listed in the last status, to a live account listed there too. */
export function writerCanBeAsked(
  accounts: readonly Account[],
  fromId: number,
  toId: number,
): boolean {
  const from = accounts.find((account) => account.id === fromId);
  const to = accounts.find((account) => account.id === toId);
  return Boolean(from?.writable && to?.live);
}

/** Held lines from not-ready accounts need their writer again after a reconnect. */
function requestWritersForOutbox(state: ChatState): void {
  const asked = new Set<string>();
  for (const line of state.outbox) {
    const { account_id: from, cur_stream_account_id: to } = line.command;
    const key = writerKey(from, to);
    const account = state.accounts.find((candidate) => candidate.id === from);
    if (line.status !== 'waiting' || !account || account.ready) continue;
    if (!writerCanBeAsked(state.accounts, from, to)) continue;
    if (asked.has(key) || state.writers[key]) continue;
    asked.add(key);
    state.requestWriter(from, to);
  }
}
