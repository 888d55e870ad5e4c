import type { MessageDescriptor } from '@lingui/core';
import { msg } from '@lingui/core/macro';
import type { Account } from '../protocol/events';
import type { StreamState } from './types';
import type { WriterState } from './slices/composer';

/** Accounts that are pushing the stream right now. */
export function liveAccountsOf(accounts: readonly Account[]): Account[] {
  return accounts.filter((account) => account.live);
}

/** Sum of the known viewer counts, or undefined while none is known. */
export function viewerTotalOf(
  liveAccounts: readonly Account[],
  counts: Readonly<Record<number, number>>,
): number | undefined {
  let total: number | undefined;
  for (const account of liveAccounts) {
    const count = counts[account.id];
    if (count !== undefined) total = (total ?? 0) + count;
  }
  return total;
}

/** Where a from-account may write: itself when ready, else the live accounts of its network. */
export function targetsFor(from: Account | undefined, accounts: readonly Account[]): Account[] {
  if (!from) return [];
  if (from.ready) return [from];
  return accounts.filter((account) => account.live && account.network.name === from.network.name);
}

/** The account the composer writes from: the chosen one, else a live stream account, else IRC. */
export function chooseFromAccount(
  accounts: readonly Account[],
  fromId: number | null,
): Account | undefined {
  const writable = accounts.filter((account) => account.writable);
  return (
    writable.find((account) => account.id === fromId) ??
    writable.find((account) => account.live && account.ready) ??
    writable.find((account) => account.id === 0) ??
    writable[0]
  );
}

export function writerKey(fromId: number, toId: number): string {
  return `${fromId}>${toId}`;
}

/** The "To" choice that writes to every live account at once. */
export const ALL_LIVE_ACCOUNTS = -1;

/** One target of a line sent to every live account: who writes there, or why nobody can. */
export interface BroadcastTarget {
  to: Account;
  from?: Account;
  /** Why nobody can write there, drawn in the interface's language. */
  refused?: MessageDescriptor;
}

/**
 * Every live stream account (not the internal IRC), each written by its own account where
 * that can write, else by the first writable account of its network (a ready one first).
 */
export function broadcastPlan(accounts: readonly Account[]): BroadcastTarget[] {
  return accounts
    .filter((account) => account.live && account.id !== 0)
    .map((to) => {
      if (to.writable) return { to, from: to };
      const sameNetwork = accounts.filter(
        (account) => account.writable && account.network.name === to.network.name,
      );
      const from = sameNetwork.find((account) => account.ready) ?? sameNetwork[0];
      const network = to.network.displayName;
      return from ? { to, from } : { to, refused: msg`${network} is read-only` };
    });
}

export type RouteState = WriterState['state'] | 'not-needed' | 'none';

export interface ComposerRoute {
  from?: Account;
  to?: Account;
  targets: Account[];
  /** `not-needed` for ready accounts; otherwise the writer request's state. */
  writer: RouteState;
  /** Set when "All live accounts" is chosen: one line per live account. */
  all?: BroadcastTarget[];
}

/** The composer's from/to pair and whether it can send now. */
export function composerRoute(
  state: Pick<StreamState, 'accounts' | 'fromId' | 'toId' | 'writers'>,
): ComposerRoute {
  if (state.toId === ALL_LIVE_ACCOUNTS) {
    const all = broadcastPlan(state.accounts);
    if (all.length > 0) return { targets: [], writer: 'not-needed', all };
  }
  const from = chooseFromAccount(state.accounts, state.fromId);
  const targets = targetsFor(from, state.accounts);
  const to =
    targets.find((account) => account.id === state.toId) ??
    (targets.length === 1 ? targets[0] : undefined);
  if (!from || !to) return { from, to, targets, writer: 'none' };
  if (from.ready) return { from, to, targets, writer: 'not-needed' };
  return { from, to, targets, writer: state.writers[writerKey(from.id, to.id)]?.state ?? 'none' };
}
