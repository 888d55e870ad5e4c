import type { Poll } from '../poll';
import type { StreamSlice } from '../types';

export interface PollSlice {
  /** The poll running, or the last one (until dismissed); votes are counted as lines come. */
  poll: Poll | null;
  startPoll: (poll: Poll) => void;
  endPoll: (at: number) => void;
  dismissPoll: () => void;
}

export const createPollSlice: StreamSlice<PollSlice> = (set, get) => ({
  poll: null,
  startPoll: (poll) => set({ poll }),
  endPoll: (at) => {
    const poll = get().poll;
    if (poll && poll.endedAt === null)
      set({ poll: { ...poll, endedAt: Math.min(at, poll.endsAt) } });
  },
  dismissPoll: () => set({ poll: null }),
});
