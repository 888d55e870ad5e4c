import type { StreamSlice } from '../types';

/** A request to show one line in the log (a search result was chosen). */
export interface JumpRequest {
  seq: number;
  /** Increases with each request, so choosing the same line twice jumps twice. */
  nonce: number;
}

export interface ReadingSlice {
  jump: JumpRequest | null;
  /** Pauses the log and brings the line into view, briefly marked. */
  jumpToLine: (seq: number) => void;
}

export const createReadingSlice: StreamSlice<ReadingSlice> = (set, get) => ({
  jump: null,
  jumpToLine: (seq) => set({ jump: { seq, nonce: (get().jump?.nonce ?? 0) + 1 } }),
});
