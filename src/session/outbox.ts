import { composeLine, writerRequest } from '../protocol/commands';
import type { Account, WriterResultEvent } from '../protocol/events';
import type { ChatCommand, ClientCommand } from '../protocol/wire';
import { composerRoute, writerKey } from '../store/selectors';
import type { OutgoingLine } from '../store/slices/composer';
import type { HistoryLine } from '../store/slices/history';
import type { StreamState, StreamStore } from '../store/stream-store';

/** How long a `writer` request may go unanswered (the server sends no failure frame). */
export const WRITER_TIMEOUT_MS = 10_000;

/** Sends one command now; false when it cannot (not connected). */
export type Send = (command: ClientCommand) => boolean;

/**
 * Everything the composer does that is not data: sending or holding lines, asking for writers
 * and timing them out, retrying held lines after a reconnect. One per stream session; its
 * timers die with it (`dispose`). The store only shows what it decided.
 */
export class Outbox {
  private readonly writerTimers = new Map<string, ReturnType<typeof setTimeout>>();
  // Ids stay unique across reloads, where held lines come back from session storage.
  private nextId = Date.now();

  constructor(
    private readonly store: StreamStore,
    private readonly send: Send,
  ) {}

  private get state(): StreamState {
    return this.store.getState();
  }

  private connected(): boolean {
    return this.state.connection.phase === 'connected';
  }

  chooseFrom(accountId: number): void {
    this.state.setFrom(accountId);
    this.ensureWriter();
  }

  chooseTo(accountId: number): void {
    this.state.setTo(accountId);
    this.ensureWriter();
  }

  /**
   * Answers a chat line: writes to the account it came in on, from that account itself where
   * it can write, else from the first writable account of its network; IRC lines from the IRC
   * account. The draft starts with `@name ` (`/msg name ` for a private IRC message).
   */
  replyTo(line: HistoryLine): void {
    const state = this.state;
    const accounts = state.accounts;
    const name = line.from.name;
    const prefix = line.network === 'irc' && line.to ? `/msg ${name} ` : `@${name} `;
    const target = accounts.find((account) => account.id === line.accountId);
    const from =
      line.network === 'irc'
        ? accounts.find((account) => account.id === 0 && account.writable)
        : target?.writable && target.ready
          ? target
          : accounts.find((account) => account.writable && account.network.name === line.network);
    if (!from) {
      state.setComposerError(
        `No account of yours can write to ${target?.network.displayName ?? line.network}.`,
      );
      return;
    }
    state.setFrom(from.id);
    if (target && !from.ready) state.setTo(target.id);
    state.setReply({ seq: line.seq, name, network: line.network, text: line.text });
    state.setDraft(prefix + replyRest(state.draft, prefix));
    this.ensureWriter();
  }

  /** Sends the draft, or holds it while disconnected. The server echoes: no local copy. */
  submitDraft(): void {
    const state = this.state;
    const route = composerRoute(state);
    if (!route.from || !route.to) {
      state.setComposerError('Choose an account to write from and a stream account to write to.');
      return;
    }
    const connected = this.connected();
    if (connected && route.writer !== 'not-needed' && route.writer !== 'ready') {
      state.setComposerError('This account cannot write yet: waiting for a writer.');
      return;
    }
    const result = composeLine(state.draft, route.from.id, route.to.id);
    if (!result.ok) {
      state.setComposerError(result.error);
      return;
    }
    state.setReply(null);
    if (connected && this.send(result.command)) {
      state.setDraft('');
      return;
    }
    state.setDraft('');
    state.setOutbox(state.outbox.concat(this.held(result.command)));
  }

  /** Asks for a writer when the chosen pair needs one and none is pending. */
  ensureWriter({ retry = false }: { retry?: boolean } = {}): void {
    if (!this.connected()) return;
    const route = composerRoute(this.state);
    if (!route.from || !route.to || route.writer === 'not-needed') return;
    if (route.writer === 'pending' || route.writer === 'ready') return;
    if (route.writer === 'failed' && !retry) return;
    this.requestWriter(route.from.id, route.to.id);
  }

  /** Sends `writer` for the pair and waits up to WRITER_TIMEOUT_MS for `writerresult`. */
  requestWriter(fromId: number, toId: number): void {
    // A writer for an account the server did not list stops its chat handling until it
    // restarts (multistreamer 12.3.0): only ever ask for accounts of the last status.
    if (!writerCanBeAsked(this.state.accounts, fromId, toId)) return;
    const key = writerKey(fromId, toId);
    if (!this.send(writerRequest(fromId, toId))) return;
    this.state.setWriter(key, { state: 'pending' });
    clearTimeout(this.writerTimers.get(key));
    this.writerTimers.set(
      key,
      setTimeout(() => {
        this.writerTimers.delete(key);
        if (this.state.writers[key]?.state !== 'pending') return;
        this.state.setWriter(key, {
          state: 'failed',
          error: `No writer from multistreamer after ${WRITER_TIMEOUT_MS / 1000} s: this account may not be allowed to write to that stream.`,
        });
        this.flush();
      }, WRITER_TIMEOUT_MS),
    );
  }

  /** A writer exists: the store already shows it; held lines for it may go now. */
  writerReady(event: WriterResultEvent): void {
    const key = writerKey(event.accountId, event.streamAccountId);
    clearTimeout(this.writerTimers.get(key));
    this.writerTimers.delete(key);
    this.flush();
  }

  /** A `status` arrived: ask again for writers held lines need, then send what can go. */
  afterStatus(): void {
    this.state.setStatusSinceConnect(true);
    this.requestWritersForHeldLines();
    this.ensureWriter();
    this.flush();
  }

  /** A connection opened or closed: writers belonged to the old one. */
  connectionChanged(): void {
    this.clearWriterTimers();
    this.state.forgetWriters();
  }

  /** Sends held lines whose route is ready; refuses those that can no longer be sent. */
  flush(): void {
    const state = this.state;
    if (!this.connected() || !state.statusSinceConnect) return;
    if (!state.outbox.some((line) => line.status === 'waiting')) return;
    const remaining: OutgoingLine[] = [];
    for (const line of state.outbox) {
      if (line.status !== 'waiting') {
        remaining.push(line);
        continue;
      }
      const verdict = routeVerdict(this.state, line.command);
      if (verdict === 'send' && this.send(line.command)) continue;
      if (verdict === 'send' || verdict === 'wait') remaining.push(line);
      else remaining.push({ ...line, status: 'refused', reason: verdict.refused });
    }
    state.setOutbox(remaining);
  }

  discard(id: number): void {
    this.state.setOutbox(this.state.outbox.filter((line) => line.id !== id));
  }

  /**
   * A command believed sent never left (its socket closed first): a chat line goes back to the
   * outbox to be sent once on reconnect; status, viewcount and writer are asked again anyway.
   * Not flushed here: the reconnect's first status sends it.
   */
  holdUnsent(command: ClientCommand): void {
    if (command.type !== 'text' && command.type !== 'emote') return;
    this.state.setOutbox(this.state.outbox.concat(this.held(command)));
  }

  dispose(): void {
    this.clearWriterTimers();
  }

  private held(command: ChatCommand): OutgoingLine {
    return { id: this.nextId++, command, status: 'waiting' };
  }

  private clearWriterTimers(): void {
    for (const timer of this.writerTimers.values()) clearTimeout(timer);
    this.writerTimers.clear();
  }

  /** Held lines from not-ready accounts need their writer again after a reconnect. */
  private requestWritersForHeldLines(): void {
    const state = this.state;
    const asked = new Set<string>();
    for (const line of state.outbox) {
      const { account_id: from, cur_stream_account_id: to } = line.command;
      const key = writerKey(from, to);
      const account = state.accounts.find((candidate) => candidate.id === from);
      if (line.status !== 'waiting' || !account || account.ready) continue;
      if (!writerCanBeAsked(state.accounts, from, to)) continue;
      if (asked.has(key) || state.writers[key]) continue;
      asked.add(key);
      this.requestWriter(from, to);
    }
  }
}

type Verdict = 'send' | 'wait' | { refused: string };

/** Whether a held line can go now, must wait for a writer, or can no longer be sent. */
function routeVerdict(state: StreamState, command: ChatCommand): Verdict {
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

/** What was typed before a reply, without an earlier reply's `@name ` or `/msg name `. */
function replyRest(draft: string, prefix: string): string {
  const rest = draft.replace(/^(@\S+\s+|\/msg\s+\S+\s+)/, '');
  return rest.startsWith(prefix) ? rest.slice(prefix.length) : rest;
}
