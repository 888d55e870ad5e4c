import { composeLine, writerRequest } from '../protocol/commands';
import type { Account, WriterResultEvent } from '../protocol/events';
import type { ChatCommand, ClientCommand } from '../protocol/wire';
import { limitOf, measure } from '../protocol/chat-limits';
import {
  ALL_LIVE_ACCOUNTS,
  broadcastPlan,
  composerRoute,
  writerKey,
  type BroadcastTarget,
} from '../store/selectors';
import type { OutgoingLine } from '../store/slices/composer';
import type { HistoryLine } from '../store/slices/history';
import {
  pollAnnouncement,
  pollOutcome,
  readPollCommand,
  type Poll,
  type PollCommand,
} from '../store/poll';
import type { StreamState, StreamStore } from '../store/stream-store';

/** How long "sent" stays shown for each target of a line sent to every live account. */
export const SENT_SHOWN_MS = 6_000;
/** How long a target that refused a line to every live account stays shown. */
export const REFUSED_SHOWN_MS = 15_000;

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
  private readonly sentTimers = new Set<ReturnType<typeof setTimeout>>();
  private pollTimer: ReturnType<typeof setTimeout> | undefined;
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

  /**
   * Sends the draft, or holds it while disconnected. The server echoes: no local copy.
   * `keep`: the text stays in the box (Ctrl+Enter), to send again or elsewhere.
   */
  submitDraft({ keep = false }: { keep?: boolean } = {}): void {
    const state = this.state;
    const poll = readPollCommand(state.draft);
    if (poll) {
      this.runPoll(poll, keep);
      return;
    }
    if (state.toId === ALL_LIVE_ACCOUNTS && broadcastPlan(state.accounts).length > 0) {
      this.submitToAll(keep);
      return;
    }
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
    const over = overLimit(result.command.text, [
      result.intent.kind === 'irc' || result.intent.kind === 'private'
        ? 'irc'
        : route.to.network.name,
    ]);
    if (over) {
      state.setComposerError(over);
      return;
    }
    const typed = state.draft.trim();
    state.setReply(null);
    state.rememberSent(typed);
    if (connected && this.send(result.command)) {
      if (!keep) state.setDraft('');
      return;
    }
    if (!keep) state.setDraft('');
    state.setOutbox(state.outbox.concat(this.held(result.command)));
  }

  /**
   * One line to every live account: each written by its own account where it can write, else
   * by the network's writable account (asking for a writer where needed). Each target's fate
   * is shown: sent, waiting for a writer, held while offline, or refused with the reason.
   */
  private submitToAll(keep: boolean): void {
    const state = this.state;
    const draft = state.draft;
    if (!this.broadcast(draft)) return;
    state.setReply(null);
    state.rememberSent(draft.trim());
    if (!keep) state.setDraft('');
  }

  /** Sends `text` to every live account; false (with the reason shown) when it cannot. */
  private broadcast(text: string): boolean {
    const state = this.state;
    const draft = text;
    const plan = broadcastPlan(state.accounts);
    if (plan.length === 0) {
      state.setComposerError('No live account to write to.');
      return false;
    }
    const probe = composeLine(draft, 0, 0);
    if (!probe.ok) {
      state.setComposerError(probe.error);
      return false;
    }
    if (probe.intent.kind === 'irc' || probe.intent.kind === 'private') {
      state.setComposerError('/irc and /msg go to one place: choose a To account for them.');
      return false;
    }
    const over = overLimit(
      probe.command.text,
      plan.filter((target) => target.from).map((target) => target.to.network.name),
    );
    if (over) {
      state.setComposerError(over);
      return false;
    }
    const connected = this.connected();
    const fates: OutgoingLine[] = [];
    for (const target of plan) fates.push(this.sendToTarget(draft, target, connected));
    this.state.setOutbox(this.state.outbox.concat(fates));
    this.forgetSentLater();
    return true;
  }

  /**
   * `/poll Question | A | B [60s]`: announced on every live network, votes counted from
   * chat as it comes, ended after its time or by `/endpoll`, and the result announced.
   */
  private runPoll(command: PollCommand, keep: boolean): void {
    const state = this.state;
    if (command.kind === 'invalid') {
      state.setComposerError(command.error);
      return;
    }
    const running = state.poll && state.poll.endedAt === null ? state.poll : null;
    if (command.kind === 'end') {
      if (!running) {
        state.setComposerError('No poll is running.');
        return;
      }
      this.finishPoll();
    } else {
      if (running) {
        state.setComposerError('A poll is running: /endpoll ends it first.');
        return;
      }
      const now = Date.now();
      const poll: Poll = {
        id: now,
        question: command.question,
        options: command.options,
        startedAt: now,
        endsAt: now + command.seconds * 1000,
        endedAt: null,
        votes: {},
      };
      if (!this.broadcast(pollAnnouncement(poll))) return;
      state.startPoll(poll);
      clearTimeout(this.pollTimer);
      this.pollTimer = setTimeout(() => this.finishPoll(), command.seconds * 1000);
    }
    state.rememberSent(state.draft.trim());
    if (!keep) state.setDraft('');
  }

  /** Ends the running poll now and announces the result on every live network. */
  finishPoll(): void {
    clearTimeout(this.pollTimer);
    const state = this.state;
    if (!state.poll || state.poll.endedAt !== null) return;
    state.endPoll(Date.now());
    const ended = this.state.poll;
    if (ended) this.broadcast(pollOutcome(ended));
  }

  private sendToTarget(draft: string, target: BroadcastTarget, connected: boolean): OutgoingLine {
    const label = `${target.to.network.displayName} · ${target.to.name}`;
    const { from, to } = target;
    if (!from) {
      const command = composeLine(draft, to.id, to.id);
      return {
        id: this.nextId++,
        command: command.ok
          ? command.command
          : { type: 'text', account_id: to.id, cur_stream_account_id: to.id, text: draft },
        // A read-only network is skipped by design: said, not an error.
        status: 'skipped',
        reason: 'read-only',
        target: label,
      };
    }
    const result = composeLine(draft, from.id, to.id);
    if (!result.ok) throw new Error(result.error);
    const line = { id: this.nextId++, command: result.command, target: label };
    if (!connected) return { ...line, status: 'waiting', reason: 'held while offline' };
    const verdict = routeVerdict(this.state, result.command);
    if (verdict === 'send' && this.send(result.command)) return { ...line, status: 'sent' };
    if (verdict === 'send' || verdict === 'wait') {
      const key = writerKey(from.id, to.id);
      if (!from.ready && this.state.writers[key]?.state !== 'pending') {
        this.requestWriter(from.id, to.id);
      }
      return { ...line, status: 'waiting', reason: 'waiting for a writer' };
    }
    return { ...line, status: 'refused', reason: verdict.refused };
  }

  /**
   * "Sent" and "skipped" (a read-only network) fates are shown a moment, then go; a target
   * that refused is shown a little longer, then goes too, so nothing piles up.
   */
  private forgetSentLater(): void {
    const outbox = this.state.outbox;
    const later = (ms: number, gone: (line: OutgoingLine) => boolean) => {
      const timer = setTimeout(() => {
        this.sentTimers.delete(timer);
        this.state.setOutbox(this.state.outbox.filter((line) => !gone(line)));
      }, ms);
      this.sentTimers.add(timer);
    };
    const passing = (line: OutgoingLine) => line.status === 'sent' || line.status === 'skipped';
    if (outbox.some(passing)) later(SENT_SHOWN_MS, passing);
    const refused = outbox.filter((line) => line.status === 'refused' && line.target);
    if (refused.length > 0) {
      const ids = new Set(refused.map((line) => line.id));
      later(REFUSED_SHOWN_MS, (line) => ids.has(line.id));
    }
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
      if (verdict === 'send' && this.send(line.command)) {
        // A line to several accounts says, for each, that it went.
        if (line.target) remaining.push({ ...line, status: 'sent', reason: undefined });
        continue;
      }
      if (verdict === 'send' || verdict === 'wait') remaining.push(line);
      else remaining.push({ ...line, status: 'refused', reason: verdict.refused });
    }
    state.setOutbox(remaining);
    this.forgetSentLater();
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
    for (const timer of this.sentTimers) clearTimeout(timer);
    this.sentTimers.clear();
    clearTimeout(this.pollTimer);
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

/**
 * Why a line is too long for one of these networks ("Too long for YouTube by 23
 * characters"), or null when it fits them all.
 */
export function overLimit(text: string, networks: readonly string[]): string | null {
  for (const network of new Set(networks)) {
    const limit = limitOf(network);
    if (!limit) continue;
    const used = measure(text, limit);
    if (used > limit.max) {
      const by = used - limit.max;
      return `Too long for ${limit.name} by ${by} ${limit.unit === 'bytes' ? (by === 1 ? 'byte' : 'bytes') : by === 1 ? 'character' : 'characters'} (${limit.max} at most).`;
    }
  }
  return null;
}

/** What was typed before a reply, without an earlier reply's `@name ` or `/msg name `. */
function replyRest(draft: string, prefix: string): string {
  const rest = draft.replace(/^(@\S+\s+|\/msg\s+\S+\s+)/, '');
  return rest.startsWith(prefix) ? rest.slice(prefix.length) : rest;
}
