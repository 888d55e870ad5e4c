import { msg } from '@lingui/core/macro';
import { writerRequest } from '../../protocol/commands';
import type { Account, WriterResultEvent } from '../../protocol/events';
import type { ClientCommand } from '../../protocol/wire';
import { composerRoute, writerKey } from '../../store/selectors';
import type { StreamStore } from '../../store/stream-store';

/** How long a `writer` request may go unanswered (the server sends no failure frame). */
export const WRITER_TIMEOUT_MS = 10_000;

/** Sends one command now; false when it cannot (not connected). */
export type Send = (command: ClientCommand) => boolean;

/**
 * Asking multistreamer for writers (an account writing to another account's stream) and
 * timing the requests out. `answered` runs when a writer is ready or known to have failed:
 * held lines may go, or be refused, then.
 */
export class Writers {
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();

  constructor(
    private readonly store: StreamStore,
    private readonly send: Send,
    private readonly answered: () => void,
  ) {}

  /** Asks for a writer when the chosen pair needs one and none is pending. */
  ensure({ retry = false }: { retry?: boolean } = {}): void {
    const state = this.store.getState();
    if (state.connection.phase !== 'connected') return;
    const route = composerRoute(state);
    if (!route.from || !route.to || route.writer === 'not-needed') return;
    if (route.writer === 'pending' || route.writer === 'ready') return;
    if (route.writer === 'failed' && !retry) return;
    this.request(route.from.id, route.to.id);
  }

  /** Sends `writer` for the pair and waits up to WRITER_TIMEOUT_MS for `writerresult`. */
  request(fromId: number, toId: number): void {
    // A writer for an account the server did not list stops its chat handling until it
    // restarts (multistreamer 12.3.0): only ever ask for accounts of the last status.
    if (!writerCanBeAsked(this.store.getState().accounts, fromId, toId)) return;
    const key = writerKey(fromId, toId);
    if (!this.send(writerRequest(fromId, toId))) return;
    this.store.getState().setWriter(key, { state: 'pending' });
    clearTimeout(this.timers.get(key));
    this.timers.set(
      key,
      setTimeout(() => {
        this.timers.delete(key);
        const state = this.store.getState();
        if (state.writers[key]?.state !== 'pending') return;
        const seconds = WRITER_TIMEOUT_MS / 1000;
        state.setWriter(key, {
          state: 'failed',
          error: msg`No writer from multistreamer after ${seconds} s: this account may not be allowed to write to that stream.`,
        });
        this.answered();
      }, WRITER_TIMEOUT_MS),
    );
  }

  /** A writer exists: the store already shows it. */
  ready(event: WriterResultEvent): void {
    const key = writerKey(event.accountId, event.streamAccountId);
    clearTimeout(this.timers.get(key));
    this.timers.delete(key);
    this.answered();
  }

  /** Held lines from not-ready accounts need their writer again after a reconnect. */
  requestForHeldLines(): void {
    const state = this.store.getState();
    const asked = new Set<string>();
    for (const line of state.outbox) {
      const { account_id: from, cur_stream_account_id: to } = line.command;
      const key = writerKey(from, to);
      const account = state.accounts.find((candidate) => candidate.id === from);
      if (line.status !== 'waiting' || !account || account.ready) continue;
      if (!writerCanBeAsked(state.accounts, from, to)) continue;
      if (asked.has(key) || state.writers[key]) continue;
      asked.add(key);
      this.request(from, to);
    }
  }

  /** Stops waiting for every answer (the connection that asked is gone). */
  clear(): void {
    for (const timer of this.timers.values()) clearTimeout(timer);
    this.timers.clear();
  }
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
