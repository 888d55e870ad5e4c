import type { ChatEvent } from '../../protocol/events';
import { DEFAULT_HISTORY_LIMIT } from '../../config/limits';
import type { StreamSlice } from '../types';

/** A chat line as kept in history: the event plus its place in the feed. */
export interface HistoryLine extends ChatEvent {
  /** Increasing per page load; the key of the line everywhere. */
  seq: number;
  /** When this page received it (ms since epoch). */
  receivedAt: number;
}

export interface HistorySlice {
  /** Oldest first, at most `historyLimit` lines. */
  messages: readonly HistoryLine[];
  historyLimit: number;
  nextSeq: number;
  addMessages: (events: readonly ChatEvent[], receivedAt: number) => void;
  setHistoryLimit: (limit: number) => void;
}

/** Appends, then drops the oldest lines beyond `limit`. */
export function appendBounded<T>(list: readonly T[], added: readonly T[], limit: number): T[] {
  const overflow = list.length + added.length - limit;
  if (overflow <= 0) return list.concat(added);
  if (overflow >= list.length) return added.slice(added.length - limit);
  return list.slice(overflow).concat(added);
}

export const createHistorySlice: StreamSlice<HistorySlice> = (set, get) => ({
  messages: [],
  historyLimit: DEFAULT_HISTORY_LIMIT,
  nextSeq: 1,
  addMessages: (events, receivedAt) => {
    if (events.length === 0) return;
    const { messages, historyLimit, nextSeq } = get();
    const added = events.map((event, index) => ({ ...event, seq: nextSeq + index, receivedAt }));
    set({
      messages: appendBounded(messages, added, historyLimit),
      nextSeq: nextSeq + events.length,
    });
  },
  setHistoryLimit: (limit) => {
    const historyLimit = Math.max(1, Math.floor(limit));
    set({ historyLimit, messages: appendBounded(get().messages, [], historyLimit) });
  },
});
