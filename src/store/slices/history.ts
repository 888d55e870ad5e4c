import type { ChatEvent } from '../../protocol/events';
import { DEFAULT_HISTORY_LIMIT } from '../../config/limits';
import type { StreamSlice } from '../types';
import { chatStats } from './stats';

/** A chat line as kept in history: the event plus its place in the feed. */
export interface HistoryLine extends ChatEvent {
  /** Increasing per page load; the key of the line everywhere. */
  seq: number;
  /** When this page received it (ms since epoch). */
  receivedAt: number;
  /** The first line this device has seen from its author on this stream. */
  firstTime?: true;
  /** Kept on this device from before this page opened (shown above "Earlier"). */
  earlier?: true;
}

/**
 * Who has chatted on a stream before, as this device remembers it (kept across reloads by the
 * session; in memory in tests). Keys come from `chatterKey`.
 */
export interface ChatterBook {
  /** Notes a chatter seen at `at`; true only the first time this device ever sees them. */
  note(key: string, at: number): boolean;
  /** When this device first saw the chatter, if it has. */
  firstSeen(key: string): number | undefined;
}

/** One chatter on one network: the network's author id, else the name. */
export function chatterKey(line: Pick<ChatEvent, 'network' | 'from'>): string {
  return `${line.network}:${line.from.id ?? `name:${line.from.name.toLowerCase()}`}`;
}

/** A book that forgets on reload: where nothing is kept. */
export function memoryChatterBook(): ChatterBook {
  const seen = new Map<string, number>();
  return {
    note(key, at) {
      if (seen.has(key)) return false;
      seen.set(key, at);
      return true;
    },
    firstSeen: (key) => seen.get(key),
  };
}

export interface HistorySlice {
  /** Who has chatted on this stream before, as this device remembers. */
  chatters: ChatterBook;
  /** Where this stream's chat is kept: on the device, or (storage refused) in memory only. */
  keeping: 'device' | 'memory' | null;
  setKeeping: (keeping: 'device' | 'memory') => void;
  /**
   * This page holds the stream's keeping lock (one page per stream writes kept chat and runs
   * the bot); null until it is known.
   */
  keptHere: boolean | null;
  setKeptHere: (keptHere: boolean | null) => void;
  /** How long this device has followed the stream's chat, across visits (ms); null until
   * known. Lines are marked first-time only once it reaches the "Learn chatters" setting. */
  followedMs: number | null;
  setFollowedMs: (followedMs: number) => void;
  /** Oldest first, at most `historyLimit` lines. */
  messages: readonly HistoryLine[];
  historyLimit: number;
  nextSeq: number;
  addMessages: (events: readonly ChatEvent[], receivedAt: number) => void;
  /** Lines kept from before this page (oldest first), placed before every live line. */
  restoreEarlier: (
    lines: readonly { event: ChatEvent; receivedAt: number; firstTime?: true }[],
  ) => void;
  setHistoryLimit: (limit: number) => void;
}

/** Appends, then drops the oldest lines beyond `limit`. */
export function appendBounded<T>(list: readonly T[], added: readonly T[], limit: number): T[] {
  const overflow = list.length + added.length - limit;
  if (overflow <= 0) return list.concat(added);
  if (overflow >= list.length) return added.slice(added.length - limit);
  return list.slice(overflow).concat(added);
}

/**
 * The history, marking each chatter's first line on this device. The streamer's own lines and
 * lines published through the API (whose names anyone can write) never count.
 */
export const historySlice =
  (book: ChatterBook): StreamSlice<HistorySlice> =>
  (set, get) => ({
    chatters: book,
    keeping: null,
    setKeeping: (keeping) => set({ keeping }),
    keptHere: null,
    setKeptHere: (keptHere) => set({ keptHere }),
    followedMs: null,
    setFollowedMs: (followedMs) => set({ followedMs }),
    messages: [],
    historyLimit: DEFAULT_HISTORY_LIMIT,
    nextSeq: 1,
    addMessages: (events, receivedAt) => {
      if (events.length === 0) return;
      const state = get();
      const { messages, historyLimit, nextSeq, accounts } = state;
      const own = new Set(
        accounts.map((account) => `${account.network.name}:${account.name.toLowerCase()}`),
      );
      const added = events.map((event, index): HistoryLine => {
        const line: HistoryLine = { ...event, seq: nextSeq + index, receivedAt };
        if (
          !event.viaApi &&
          !own.has(`${event.network}:${event.from.name.toLowerCase()}`) &&
          book.note(chatterKey(event), event.timestamp ?? receivedAt)
        ) {
          line.firstTime = true;
        }
        return line;
      });
      set({
        messages: appendBounded(messages, added, historyLimit),
        nextSeq: nextSeq + events.length,
        ...chatStats(state, events, receivedAt),
      });
    },
    restoreEarlier: (kept) => {
      if (kept.length === 0) return;
      const { messages, historyLimit, nextSeq } = get();
      const restored = kept.slice(-historyLimit);
      // Restored before the first live line (the session waits for it): keys go on from there.
      // Should live lines be here already, they keep theirs and earlier ones take those below.
      const first = messages.length === 0 ? nextSeq : messages[0]!.seq - restored.length;
      const earlier = restored.map(({ event, receivedAt }, index): HistoryLine => ({
        ...event,
        seq: first + index,
        receivedAt,
        earlier: true,
      }));
      set({
        messages: appendBounded(earlier, messages, historyLimit),
        ...(messages.length === 0 && { nextSeq: nextSeq + restored.length }),
      });
    },
    setHistoryLimit: (limit) => {
      const historyLimit = Math.max(1, Math.floor(limit));
      set({ historyLimit, messages: appendBounded(get().messages, [], historyLimit) });
    },
  });
