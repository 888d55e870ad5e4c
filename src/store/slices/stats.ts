import type { Account, ChatEvent } from '../../protocol/events';
import type { StreamSlice } from '../types';

/** One viewer count as it arrived. */
export interface ViewerPoint {
  at: number;
  accountId: number;
  count: number;
}

/** Messages per network in one minute (keyed by the minute's start, ms). */
export type ChatMinutes = Readonly<Record<number, Readonly<Record<string, number>>>>;

export const MINUTE_MS = 60_000;
/** Points kept at most (a count a minute per account for days). */
const MAX_POINTS = 20_000;

export interface StatsSlice {
  /** When this page saw the stream go live (or first saw it live); null while not live. */
  liveSince: number | null;
  /** When it last stopped being live, while it is not; null while live or never live. */
  liveUntil: number | null;
  /** Viewer counts since the stream went live, oldest first. */
  viewerPoints: readonly ViewerPoint[];
  /** Chat lines per minute and network since the stream went live. */
  chatMinutes: ChatMinutes;
  /** When each network last brought a chat line (ms). */
  lastLineAt: Readonly<Record<string, number>>;
  /** Every account a status listed on this page, by id: a recap names them after they go. */
  accountsSeen: Readonly<Record<number, Account>>;
  rememberAccounts: (accounts: readonly Account[]) => void;
  recordViewerCount: (point: ViewerPoint) => void;
  /**
   * The stream went live, or ended, at `at`. `first`: the page's first status, which may find
   * the same live session the device kept before a reload (then it goes on).
   */
  liveChanged: (live: boolean, at: number, first?: boolean) => void;
  /** What the device kept from before a reload (the same live session). */
  restoreStats: (stats: Pick<StatsSlice, 'liveSince' | 'viewerPoints' | 'chatMinutes'>) => void;
}

/**
 * What chat lines change in the stats: when each network last talked, and (while live) the
 * lines per minute. A part of the history's one update per batch, not an update of its own.
 */
export function chatStats(
  state: Pick<StatsSlice, 'liveSince' | 'chatMinutes' | 'lastLineAt'>,
  events: readonly ChatEvent[],
  at: number,
): Pick<StatsSlice, 'lastLineAt'> & Partial<Pick<StatsSlice, 'chatMinutes'>> {
  const lastLineAt = { ...state.lastLineAt };
  const live = state.liveSince !== null;
  const minutes: Record<number, Record<string, number>> = live ? { ...state.chatMinutes } : {};
  for (const event of events) {
    lastLineAt[event.network] = at;
    if (!live) continue;
    const time = Math.min(event.timestamp ?? at, at);
    const minute = Math.floor(time / MINUTE_MS) * MINUTE_MS;
    const counts = (minutes[minute] = { ...minutes[minute] });
    counts[event.network] = (counts[event.network] ?? 0) + 1;
  }
  return live ? { lastLineAt, chatMinutes: minutes } : { lastLineAt };
}

export const createStatsSlice: StreamSlice<StatsSlice> = (set, get) => ({
  liveSince: null,
  liveUntil: null,
  viewerPoints: [],
  chatMinutes: {},
  lastLineAt: {},
  accountsSeen: {},
  rememberAccounts: (accounts) => {
    const seen = { ...get().accountsSeen };
    for (const account of accounts) seen[account.id] = account;
    set({ accountsSeen: seen });
  },
  recordViewerCount: (point) => {
    if (get().liveSince === null) return;
    const points = get().viewerPoints;
    set({
      viewerPoints: points.length >= MAX_POINTS ? [...points.slice(1), point] : [...points, point],
    });
  },
  liveChanged: (live, at, first = false) => {
    if (live && first && get().liveSince !== null) return;
    if (!live && first) {
      // Ended while no page watched: what was kept is history, not a live stream.
      set({ liveSince: null, liveUntil: null });
      return;
    }
    if (live) {
      set({ liveSince: at, liveUntil: null, viewerPoints: [], chatMinutes: {}, lastLineAt: {} });
    } else if (get().liveSince !== null) {
      set({ liveUntil: at });
    }
  },
  restoreStats: ({ liveSince, viewerPoints, chatMinutes }) => {
    const current = get();
    if (liveSince === null || (current.liveSince !== null && current.liveSince < liveSince)) return;
    set({
      liveSince,
      viewerPoints: [...viewerPoints, ...current.viewerPoints],
      chatMinutes: { ...chatMinutes, ...current.chatMinutes },
    });
  },
});
