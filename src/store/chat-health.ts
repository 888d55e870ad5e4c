import type { Account } from '../protocol/events';

/** A live network with viewers that has brought no chat line for this long is worth a word. */
export const DEFAULT_QUIET_MINUTES = 5;

export interface QuietNetwork {
  accountId: number;
  network: string;
  displayName: string;
  /** Whole minutes since its last line (or since the stream went live). */
  minutes: number;
}

/**
 * Live accounts with viewers whose network has been silent for `quietMs` while other networks
 * talked in that time: a relay that dropped looks like a quiet audience, so say which.
 */
export function quietNetworks({
  accounts,
  viewerCounts,
  lastLineAt,
  liveSince,
  now,
  quietMs,
}: {
  accounts: readonly Account[];
  viewerCounts: Readonly<Record<number, number>>;
  lastLineAt: Readonly<Record<string, number>>;
  liveSince: number | null;
  now: number;
  quietMs: number;
}): QuietNetwork[] {
  if (liveSince === null) return [];
  const quiet: QuietNetwork[] = [];
  for (const account of accounts) {
    if (!account.live || account.id === 0) continue;
    if ((viewerCounts[account.id] ?? 0) <= 0) continue;
    const network = account.network.name;
    const since = Math.max(lastLineAt[network] ?? liveSince, liveSince);
    if (now - since < quietMs) continue;
    const othersTalked = Object.entries(lastLineAt).some(
      ([other, at]) => other !== network && other !== 'irc' && now - at < quietMs,
    );
    if (!othersTalked) continue;
    quiet.push({
      accountId: account.id,
      network,
      displayName: account.network.displayName,
      minutes: Math.floor((now - since) / 60_000),
    });
  }
  return quiet;
}
