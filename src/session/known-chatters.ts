import { isTimestamp } from '../protocol/limits';
import type { ChatterBook } from '../store/slices/history';
import { LearningClock } from './learning-clock';
import { CHATTERS_STORE, openDeviceDb, prefixRange, requested, streamKeyPrefix } from './device-db';

/** New chatters are written together, this long after the first of them (a reload soon
 * after must find them). */
const WRITE_DELAY_MS = 50;
/** A device database that has not opened by then is given up on: chat does not wait longer. */
const OPEN_TIMEOUT_MS = 1_500;
/** A kept followed time is believed up to a year. */
const MAX_FOLLOWED_MS = 366 * 24 * 60 * 60_000;

/** Where the time this device has followed the stream is kept, beside its chatters' keys
 * (which start with a network's name, never with this). */
export const FOLLOWED_KEY = '\u0000followed';

export interface LearningOptions {
  /** How long the device follows the stream before it marks anyone (ms); read at each line. */
  learnMs?: () => number;
  now?: () => number;
}

export interface KnownChatters extends ChatterBook {
  /**
   * Reads the chatters this device knows; settles once they are known (or known to be
   * unavailable). Nothing is opened before.
   */
  open(): Promise<void>;
  /** True once the last `open` has settled (at once where nothing is kept). */
  readonly loaded: boolean;
  /** Writes what is waiting now (the page is going away). */
  flush(): void;
  /** Writes what is waiting, then closes the database (the session stopped). */
  close(): void;
  /** Whether the stream is followed now (connected and shown): only then the time counts. */
  follow(following: boolean): void;
  /** How long this device has followed the stream, across visits (ms). */
  followedMs(): number;
}

/**
 * Who has chatted on one stream, as this device remembers across reloads and restarts
 * (IndexedDB), so "first-time chatter" means first time ever here, not first since the reload.
 * Until the device has followed the stream for `learnMs` (added up across visits, kept beside
 * the chatters) it only learns: nobody is marked, since on a new device every regular would be.
 * Where the browser refuses storage it remembers for the page's life.
 */
export function knownChatters(
  server: string,
  streamId: number,
  factory: IDBFactory | null = (globalThis.indexedDB as IDBFactory | undefined) ?? null,
  { learnMs = () => 0, now = Date.now }: LearningOptions = {},
): KnownChatters {
  const clock = new LearningClock();
  let followedWritten = 0;
  const seen = new Map<string, number>();
  const waiting = new Map<string, number>();
  const prefix = streamKeyPrefix(server, streamId);
  let db: IDBDatabase | null = null;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let loaded = factory === null;

  const write = () => {
    timer = null;
    const followed = Math.floor(clock.followed(now()));
    if (!db || (waiting.size === 0 && followed === followedWritten)) return;
    try {
      const store = db.transaction(CHATTERS_STORE, 'readwrite').objectStore(CHATTERS_STORE);
      for (const [key, at] of waiting) store.put(at, prefix + key);
      if (followed !== followedWritten) store.put(followed, prefix + FOLLOWED_KEY);
      followedWritten = followed;
      waiting.clear();
    } catch {
      // Storage gone (quota, closed): keep remembering in memory.
      db = null;
    }
  };

  let opening = 0;
  let keptTimeRead = false;
  const load = async (attempt: number) => {
    const opened = await openDeviceDb(factory ?? undefined);
    // Closed (or opened again) while opening: this connection is not the one in use.
    if (attempt !== opening) {
      opened.close();
      return;
    }
    const store = opened.transaction(CHATTERS_STORE, 'readonly').objectStore(CHATTERS_STORE);
    const range = prefixRange(prefix);
    const [keys, values] = await Promise.all([
      requested(store.getAllKeys(range)),
      requested(store.getAll(range)),
    ]);
    keys.forEach((key, index) => {
      const at = values[index];
      if (key === prefix + FOLLOWED_KEY) {
        // Read once per book: a session started again reads the database again.
        if (!keptTimeRead && typeof at === 'number' && Number.isFinite(at) && at >= 0) {
          keptTimeRead = true;
          clock.addKept(Math.min(at, MAX_FOLLOWED_MS));
          followedWritten = Math.floor(at);
        }
        return;
      }
      // Checked like live data: a time within 2000–2100, a key no longer than a chatter's.
      if (typeof key !== 'string' || !isTimestamp(at) || key.length > prefix.length + 300) return;
      const chatter = key.slice(prefix.length);
      const known = seen.get(chatter);
      if (known === undefined || at < known) seen.set(chatter, at);
      waiting.delete(chatter);
    });
    db = opened;
    write();
  };

  return {
    open() {
      if (factory === null) return Promise.resolve();
      const attempt = ++opening;
      loaded = false;
      return Promise.race([
        load(attempt),
        new Promise<void>((resolve) => setTimeout(resolve, OPEN_TIMEOUT_MS)),
      ])
        .catch(() => undefined)
        .finally(() => {
          if (attempt === opening) loaded = true;
        });
    },
    close() {
      if (timer !== null) clearTimeout(timer);
      write();
      opening += 1;
      db?.close();
      db = null;
    },
    get loaded() {
      return loaded;
    },
    note(key, at) {
      if (seen.has(key)) return false;
      seen.set(key, at);
      waiting.set(key, at);
      if (db && timer === null) timer = setTimeout(write, WRITE_DELAY_MS);
      // Learning: remembered, not marked.
      return clock.followed(now()) >= learnMs();
    },
    firstSeen: (key) => seen.get(key),
    flush() {
      if (timer !== null) clearTimeout(timer);
      write();
    },
    follow(following) {
      clock.set(following, now());
      // The time so far is kept when following stops (hidden, disconnected).
      if (!following) write();
    },
    followedMs: () => clock.followed(now()),
  };
}

/**
 * The book as the store reads it when chatters are linked ("Same person as…"): a linked
 * chatter is noted and looked up as its person, so a person gets one "first" mark.
 */
export function byPerson(book: ChatterBook, personOf: (key: string) => string): ChatterBook {
  return {
    note: (key, at) => book.note(personOf(key), at),
    firstSeen: (key) => book.firstSeen(personOf(key)),
  };
}
