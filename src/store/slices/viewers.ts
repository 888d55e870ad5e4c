import type { ViewCountEvent } from '../../protocol/events';
import type { StreamSlice } from '../types';

export interface ViewersSlice {
  /** Latest viewer count per account id; absent until a count arrives. */
  viewerCounts: Readonly<Record<number, number>>;
  applyViewCount: (event: ViewCountEvent) => void;
  /** Drops counts of accounts that are no longer live. */
  keepViewerCountsOf: (liveAccountIds: readonly number[]) => void;
}

export const createViewersSlice: StreamSlice<ViewersSlice> = (set, get) => ({
  viewerCounts: {},
  applyViewCount: (event) => {
    if (event.viewerCount === undefined) return;
    // A count for an account that is not live now would show up, stale, when it goes live.
    const { accounts } = get();
    if (!accounts.some((account) => account.id === event.accountId && account.live)) return;
    set({ viewerCounts: { ...get().viewerCounts, [event.accountId]: event.viewerCount } });
  },
  keepViewerCountsOf: (liveAccountIds) => {
    const current = get().viewerCounts;
    const kept: Record<number, number> = {};
    for (const id of liveAccountIds) {
      const count = current[id];
      if (count !== undefined) kept[id] = count;
    }
    set({ viewerCounts: kept });
  },
});
