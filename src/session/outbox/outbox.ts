import { msg } from '@lingui/core/macro';
import { composeLine } from '../../protocol/commands';
import type { WriterResultEvent } from '../../protocol/events';
import type { ChatCommand, ClientCommand } from '../../protocol/wire';
import { replyDraft } from '../../features/composer';
import { ALL_LIVE_ACCOUNTS, broadcastPlan, composerRoute } from '../../store/selectors';
import type { OutgoingLine } from '../../store/slices/composer';
import type { HistoryLine } from '../../store/slices/history';
import type { StreamState, StreamStore } from '../../store/stream-store';
import { EveryLiveAccount } from './every-live-account';
import { routeVerdict, sendHeldLines } from './held-lines';
import { overLimit } from './line-limits';
import { Writers, type Send } from './writers';

/** A command typed in the composer that is not a chat line (`/poll`): true when it took it. */
export type DraftCommand = (draft: string, keep: boolean) => boolean;

/**
 * Everything the composer does that is not data: sending or holding lines, asking for writers
 * (writers.ts), sending to every live account (every-live-account.ts), retrying held lines
 * after a reconnect (held-lines.ts). One per stream session; its timers die with it
 * (`dispose`). The store only shows what it decided.
 */
export class Outbox {
  private readonly writers: Writers;
  private readonly everyLiveAccount: EveryLiveAccount;
  private readonly draftCommands: DraftCommand[] = [];
  // Ids stay unique across reloads, where held lines come back from session storage.
  private nextId = Date.now();

  constructor(
    private readonly store: StreamStore,
    private readonly send: Send,
  ) {
    this.writers = new Writers(store, send, () => this.flush());
    this.everyLiveAccount = new EveryLiveAccount(store, send, this.writers, () => this.nextId++);
  }

  private get state(): StreamState {
    return this.store.getState();
  }

  private connected(): boolean {
    return this.state.connection.phase === 'connected';
  }

  /** Drafts `command` runs before they are sent as chat (the poll's `/poll` and `/endpoll`). */
  handleDrafts(command: DraftCommand): void {
    this.draftCommands.push(command);
  }

  /** Sends `text` to every live account; false (with the reason shown) when it cannot. */
  broadcast(text: string): boolean {
    return this.everyLiveAccount.send(text);
  }

  /**
   * Sends a chat line the assistant made (the bot's answers): now where its route is ready, else
   * held in the outbox while a writer is asked for; false when it can no longer be sent.
   */
  sendOrHold(command: ChatCommand): boolean {
    const verdict = routeVerdict(this.state, command);
    if (typeof verdict === 'object') return false;
    if (verdict === 'send' && this.connected() && this.send(command)) return true;
    if (verdict === 'wait') this.writers.request(command.account_id, command.cur_stream_account_id);
    this.state.setOutbox(this.state.outbox.concat(this.held(command)));
    return true;
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
    const target = accounts.find((account) => account.id === line.accountId);
    const from =
      line.network === 'irc'
        ? accounts.find((account) => account.id === 0 && account.writable)
        : target?.writable && target.ready
          ? target
          : accounts.find((account) => account.writable && account.network.name === line.network);
    if (!from) {
      const network = target?.network.displayName ?? line.network;
      state.setComposerError(msg`No account of yours can write to ${network}.`);
      return;
    }
    state.setFrom(from.id);
    if (target && !from.ready) state.setTo(target.id);
    state.setReply({ seq: line.seq, name: line.from.name, network: line.network, text: line.text });
    state.setDraft(replyDraft(state.draft, line));
    this.ensureWriter();
  }

  /**
   * Sends the draft, or holds it while disconnected. The server echoes: no local copy.
   * `keep`: the text stays in the box (Ctrl+Enter), to send again or elsewhere.
   */
  submitDraft({ keep = false }: { keep?: boolean } = {}): void {
    const state = this.state;
    if (this.draftCommands.some((command) => command(state.draft, keep))) return;
    if (state.toId === ALL_LIVE_ACCOUNTS && broadcastPlan(state.accounts).length > 0) {
      if (!this.broadcast(state.draft)) return;
      state.setReply(null);
      state.rememberSent(state.draft.trim());
      if (!keep) state.setDraft('');
      return;
    }
    const route = composerRoute(state);
    if (!route.from || !route.to) {
      state.setComposerError(
        msg`Choose an account to write from and a stream account to write to.`,
      );
      return;
    }
    const connected = this.connected();
    if (connected && route.writer !== 'not-needed' && route.writer !== 'ready') {
      state.setComposerError(msg`This account cannot write yet: waiting for a writer.`);
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

  /** Asks for a writer when the chosen pair needs one and none is pending. */
  ensureWriter(options?: { retry?: boolean }): void {
    this.writers.ensure(options);
  }

  /** Sends `writer` for the pair and waits for `writerresult` (writers.ts). */
  requestWriter(fromId: number, toId: number): void {
    this.writers.request(fromId, toId);
  }

  /** A writer exists: the store already shows it; held lines for it may go now. */
  writerReady(event: WriterResultEvent): void {
    this.writers.ready(event);
  }

  /** A `status` arrived: ask again for writers held lines need, then send what can go. */
  afterStatus(): void {
    this.state.setStatusSinceConnect(true);
    this.writers.requestForHeldLines();
    this.ensureWriter();
    this.flush();
  }

  /** A connection opened or closed: writers belonged to the old one. */
  connectionChanged(): void {
    this.writers.clear();
    this.state.forgetWriters();
  }

  /** Sends held lines whose route is ready; refuses those that can no longer be sent. */
  flush(): void {
    const state = this.state;
    if (!this.connected() || !state.statusSinceConnect) return;
    if (!state.outbox.some((line) => line.status === 'waiting')) return;
    state.setOutbox(sendHeldLines(state, this.send));
    this.everyLiveAccount.forgetPassedLater();
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
    this.writers.clear();
    this.everyLiveAccount.dispose();
  }

  private held(command: ChatCommand): OutgoingLine {
    return { id: this.nextId++, command, status: 'waiting' };
  }
}
