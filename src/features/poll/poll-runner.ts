import { msg } from '@lingui/core/macro';
import type { ChatEvent } from '../../protocol/events';
import type { HistoryLine } from '../../store/slices/history';
import type { StreamStore } from '../../store/stream-store';
import { countVotes, pollAnnouncement, pollOutcome, readPollCommand, type Poll } from './poll';
import type { PollStore } from './poll-store';
import { followNewLines } from '../../store/new-lines';

/** Sends a line to every live account; false (the reason shown) when it cannot. */
export type Broadcast = (text: string) => boolean;

/**
 * `/poll Question | A | B [60s]`: announced on every live network, votes counted from chat as
 * it comes, ended after its time or by `/endpoll`, and the result announced. One per stream
 * session: `start` follows the chat, `stop` ends every timer and subscription.
 */
export class PollRunner {
  private timer: ReturnType<typeof setTimeout> | undefined;
  private unsubscribe: (() => void) | null = null;

  constructor(
    private readonly store: StreamStore,
    readonly polls: PollStore,
    private readonly broadcast: Broadcast,
    /** Who a line is from (linked chatters are one person); the chatter when not given. */
    private readonly personOf?: () => ((line: ChatEvent) => string) | undefined,
  ) {}

  /** Counts votes from the lines that arrive while started; returns the function that stops. */
  start(): () => void {
    this.unsubscribe?.();
    this.unsubscribe = followNewLines(this.store, (fresh, state) =>
      this.count(
        fresh.filter((line) => !line.earlier),
        state.accounts,
      ),
    );
    return () => this.stop();
  }

  stop(): void {
    this.unsubscribe?.();
    this.unsubscribe = null;
    clearTimeout(this.timer);
  }

  private count(lines: readonly HistoryLine[], accounts: StreamStoreAccounts): void {
    const poll = this.polls.getState().poll;
    if (!poll || lines.length === 0) return;
    const own = new Set(
      accounts.map((account) => `${account.network.name}:${account.name.toLowerCase()}`),
    );
    const counted = countVotes(
      poll,
      lines,
      lines[0]!.receivedAt,
      (line: ChatEvent) => own.has(`${line.network}:${line.from.name.toLowerCase()}`),
      this.personOf?.(),
    );
    if (counted !== poll) this.polls.getState().setPoll(counted);
  }

  /** Runs `/poll` or `/endpoll`; false for any other draft (not the poll's to send). */
  runDraft(draft: string, keep: boolean): boolean {
    const command = readPollCommand(draft);
    if (!command) return false;
    const state = this.store.getState();
    if (command.kind === 'invalid') {
      state.setComposerError(command.error);
      return true;
    }
    const current = this.polls.getState().poll;
    const running = current && current.endedAt === null ? current : null;
    if (command.kind === 'end') {
      if (!running) {
        state.setComposerError(msg`No poll is running.`);
        return true;
      }
      this.finish();
    } else {
      if (running) {
        state.setComposerError(msg`A poll is running: /endpoll ends it first.`);
        return true;
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
      if (!this.broadcast(pollAnnouncement(poll))) return true;
      this.polls.getState().startPoll(poll);
      clearTimeout(this.timer);
      this.timer = setTimeout(() => this.finish(), command.seconds * 1000);
    }
    state.rememberSent(state.draft.trim());
    if (!keep) state.setDraft('');
    return true;
  }

  /** Ends the running poll now and announces the result on every live network. */
  finish(): void {
    clearTimeout(this.timer);
    const poll = this.polls.getState().poll;
    if (!poll || poll.endedAt !== null) return;
    this.polls.getState().endPoll(Date.now());
    const ended = this.polls.getState().poll;
    if (ended) this.broadcast(pollOutcome(ended));
  }
}

type StreamStoreAccounts = ReturnType<StreamStore['getState']>['accounts'];
