import type { Account, ChatEvent } from '../../protocol/events';
import { chatterKey } from '../../store/slices/history';
import type { ChatMinutes, ViewerPoint } from '../../store/slices/stats';
import { accountSegments } from '../../store/viewer-history';

/** A chat line as kept and exported: the event as received, and when. */
export interface ExportLine {
  event: ChatEvent;
  receivedAt: number;
  firstTime?: true;
}

export interface NetworkRecap {
  network: string;
  displayName: string;
  peakViewers: number | null;
  averageViewers: number | null;
  messages: number;
}

export interface Recap {
  start: number | null;
  end: number | null;
  networks: NetworkRecap[];
  /** `key`: who the chatter is (network and id); two chatters may share a name. */
  topChatters: { key: string; name: string; network: string; lines: number }[];
  firstTimeChatters: { count: number; names: string[] };
  messages: number;
}

const TOP = 5;

function lineTime(line: ExportLine): number {
  return line.event.timestamp ?? line.receivedAt;
}

/**
 * The stream in figures, from what was kept: when it ran, viewers per network (peak and
 * average of the counts that came), lines per network, the most active chatters and the
 * first-time ones. Lines published through the API count as lines, never as chatters.
 */
export function computeRecap({
  lines,
  viewerPoints,
  chatMinutes,
  liveSince,
  liveUntil,
  accounts,
}: {
  lines: readonly ExportLine[];
  viewerPoints: readonly ViewerPoint[];
  chatMinutes: ChatMinutes;
  liveSince: number | null;
  liveUntil: number | null;
  accounts: readonly Account[];
}): Recap {
  const start = liveSince ?? (lines[0] ? lineTime(lines[0]) : null);
  const end = liveUntil ?? (lines.at(-1) ? lineTime(lines.at(-1)!) : null);
  const during = lines.filter((line) => {
    const at = lineTime(line);
    return (start === null || at >= start) && (end === null || at <= end);
  });
  const messagesByNetwork = new Map<string, number>();
  const minuteCounts = Object.values(chatMinutes);
  if (minuteCounts.length > 0) {
    for (const counts of minuteCounts) {
      for (const [network, count] of Object.entries(counts)) {
        messagesByNetwork.set(network, (messagesByNetwork.get(network) ?? 0) + count);
      }
    }
  } else {
    for (const line of during) {
      messagesByNetwork.set(
        line.event.network,
        (messagesByNetwork.get(line.event.network) ?? 0) + 1,
      );
    }
  }
  const names = new Map<string, string>();
  for (const account of accounts) names.set(account.network.name, account.network.displayName);
  const networks = new Set<string>([
    ...messagesByNetwork.keys(),
    ...viewerPoints
      .map((point) => accounts.find((account) => account.id === point.accountId)?.network.name)
      .filter((network): network is string => network !== undefined),
  ]);
  const networkRecaps: NetworkRecap[] = [...networks].sort().map((network) => {
    const ids = accounts
      .filter((account) => account.network.name === network)
      .map((account) => account.id);
    const counts = ids.flatMap((id) =>
      accountSegments(viewerPoints, id).flatMap((segment) => segment.map((point) => point.count)),
    );
    return {
      network,
      displayName: names.get(network) ?? (network === 'irc' ? 'IRC' : network),
      peakViewers: counts.length > 0 ? Math.max(...counts) : null,
      averageViewers:
        counts.length > 0
          ? Math.round(counts.reduce((sum, c) => sum + c, 0) / counts.length)
          : null,
      messages: messagesByNetwork.get(network) ?? 0,
    };
  });
  const chatters = new Map<string, Recap['topChatters'][number]>();
  const firsts: string[] = [];
  for (const line of during) {
    if (line.event.viaApi) continue;
    const key = chatterKey(line.event);
    const entry = chatters.get(key) ?? {
      key,
      name: line.event.from.name,
      network: line.event.network,
      lines: 0,
    };
    entry.lines += 1;
    chatters.set(key, entry);
    if (line.firstTime) firsts.push(line.event.from.name);
  }
  const topChatters = [...chatters.values()]
    .sort((a, b) => b.lines - a.lines || a.name.localeCompare(b.name))
    .slice(0, TOP);
  return {
    start,
    end,
    networks: networkRecaps,
    topChatters,
    firstTimeChatters: { count: firsts.length, names: firsts.slice(0, 20) },
    messages: [...messagesByNetwork.values()].reduce((sum, count) => sum + count, 0),
  };
}
