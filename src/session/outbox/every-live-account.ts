import { msg } from '@lingui/core/macro';
import { composeLine } from '../../protocol/commands';
import { broadcastPlan, writerKey, type BroadcastTarget } from '../../store/selectors';
import type { OutgoingLine } from '../../store/slices/composer';
import type { StreamStore } from '../../store/stream-store';
import { routeVerdict } from './held-lines';
import { overLimit } from './line-limits';
import type { Send, Writers } from './writers';

/** How long "sent" stays shown for each target of a line sent to every live account. */
export const SENT_SHOWN_MS = 6_000;
/** How long a target that refused a line to every live account stays shown. */
export const REFUSED_SHOWN_MS = 15_000;

/**
 * One line to every live account: each written by its own account where it can write, else by
 * the network's writable account (asking for a writer where needed). Each target's fate is
 * shown: sent, waiting for a writer, held while offline, or refused with the reason; the
 * fates that passed go after a moment (timers ended by `dispose`).
 */
export class EveryLiveAccount {
  private readonly timers = new Set<ReturnType<typeof setTimeout>>();

  constructor(
    private readonly store: StreamStore,
    private readonly sendCommand: Send,
    private readonly writers: Writers,
    private readonly nextId: () => number,
  ) {}

  /** Sends `text` to every live account; false (with the reason shown) when it cannot. */
  send(text: string): boolean {
    const state = this.store.getState();
    const plan = broadcastPlan(state.accounts);
    if (plan.length === 0) {
      state.setComposerError(msg`No live account to write to.`);
      return false;
    }
    const probe = composeLine(text, 0, 0);
    if (!probe.ok) {
      state.setComposerError(probe.error);
      return false;
    }
    if (probe.intent.kind === 'irc' || probe.intent.kind === 'private') {
      state.setComposerError(msg`/irc and /msg go to one place: choose a To account for them.`);
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
    const connected = state.connection.phase === 'connected';
    const fates: OutgoingLine[] = [];
    for (const target of plan) fates.push(this.sendToTarget(text, target, connected));
    this.store.getState().setOutbox(this.store.getState().outbox.concat(fates));
    this.forgetPassedLater();
    return true;
  }

  private sendToTarget(draft: string, target: BroadcastTarget, connected: boolean): OutgoingLine {
    const label = `${target.to.network.displayName} · ${target.to.name}`;
    const { from, to } = target;
    if (!from) {
      const command = composeLine(draft, to.id, to.id);
      return {
        id: this.nextId(),
        command: command.ok
          ? command.command
          : { type: 'text', account_id: to.id, cur_stream_account_id: to.id, text: draft },
        // A read-only network is skipped by design: said, not an error.
        status: 'skipped',
        reason: msg`read-only`,
        target: label,
      };
    }
    const result = composeLine(draft, from.id, to.id);
    if (!result.ok) throw new Error(result.error.message ?? result.error.id);
    const line = { id: this.nextId(), command: result.command, target: label };
    if (!connected) return { ...line, status: 'waiting', reason: msg`held while offline` };
    const verdict = routeVerdict(this.store.getState(), result.command);
    if (verdict === 'send' && this.sendCommand(result.command)) return { ...line, status: 'sent' };
    if (verdict === 'send' || verdict === 'wait') {
      const key = writerKey(from.id, to.id);
      if (!from.ready && this.store.getState().writers[key]?.state !== 'pending') {
        this.writers.request(from.id, to.id);
      }
      return { ...line, status: 'waiting', reason: msg`waiting for a writer` };
    }
    return { ...line, status: 'refused', reason: verdict.refused };
  }

  /**
   * "Sent" and "skipped" (a read-only network) fates are shown a moment, then go; a target
   * that refused is shown a little longer, then goes too, so nothing piles up.
   */
  forgetPassedLater(): void {
    const outbox = this.store.getState().outbox;
    const later = (ms: number, gone: (line: OutgoingLine) => boolean) => {
      const timer = setTimeout(() => {
        this.timers.delete(timer);
        const state = this.store.getState();
        state.setOutbox(state.outbox.filter((line) => !gone(line)));
      }, ms);
      this.timers.add(timer);
    };
    const passing = (line: OutgoingLine) => line.status === 'sent' || line.status === 'skipped';
    if (outbox.some(passing)) later(SENT_SHOWN_MS, passing);
    const refused = outbox.filter((line) => line.status === 'refused' && line.target);
    if (refused.length > 0) {
      const ids = new Set(refused.map((line) => line.id));
      later(REFUSED_SHOWN_MS, (line) => ids.has(line.id));
    }
  }

  dispose(): void {
    for (const timer of this.timers) clearTimeout(timer);
    this.timers.clear();
  }
}
