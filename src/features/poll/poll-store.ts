import { createStore, type StoreApi } from 'zustand';
import type { Poll } from './poll';

export interface PollState {
  /** The poll running, or the last one (until dismissed); votes are counted as lines come. */
  poll: Poll | null;
  startPoll: (poll: Poll) => void;
  endPoll: (at: number) => void;
  dismissPoll: () => void;
  /** The poll with votes counted (the runner's), or unchanged. */
  setPoll: (poll: Poll) => void;
}

export type PollStore = StoreApi<PollState>;

/** One stream's poll: plain state; the runner (poll-runner.ts) does the timing and counting. */
export function createPollStore(): PollStore {
  return createStore<PollState>()((set, get) => ({
    poll: null,
    startPoll: (poll) => set({ poll }),
    endPoll: (at) => {
      const poll = get().poll;
      if (poll && poll.endedAt === null)
        set({ poll: { ...poll, endedAt: Math.min(at, poll.endsAt) } });
    },
    dismissPoll: () => set({ poll: null }),
    setPoll: (poll) => set({ poll }),
  }));
}
