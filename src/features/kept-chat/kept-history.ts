import * as v from 'valibot';
import { integerSchema, nameSchema, timestampSchema } from '../../protocol/limits';
import { MAX_VIEWER_COUNT, recheckChatEvent } from '../../protocol/parse';
import type { HistoryLine } from '../../store/slices/history';
import type { ChatMinutes, ViewerPoint } from '../../store/slices/stats';
import { dictionary } from '../../store/dictionary';
import { defaultJournal, noteUnsaved, storeUnsaved } from './unsaved-lines';
import { keptLineOf, type KeptLine } from './kept-line';
import {
  LINES_STORE,
  STATS_STORE,
  openDeviceDb,
  prefixRange,
  requested,
  streamKeyPrefix,
} from '../../session/device-db';

export { keptLineOf, type KeptLine } from './kept-line';

const DAY_MS = 24 * 60 * 60_000;

// What comes back from the device is checked like anything read from outside: the event as a
// live frame is (`recheckChatEvent`), the times and counts within the same ranges.
const keptLineSchema = v.object({
  receivedAt: timestampSchema,
  firstTime: v.optional(v.literal(true)),
  event: v.unknown(),
});

const keptStatsSchema = v.object({
  liveSince: v.nullable(timestampSchema),
  viewerPoints: v.pipe(
    v.array(
      v.object({
        at: timestampSchema,
        accountId: integerSchema(0, Number.MAX_SAFE_INTEGER),
        count: integerSchema(0, MAX_VIEWER_COUNT),
      }),
    ),
    v.maxLength(100_000),
  ),
  chatMinutes: v.record(
    v.pipe(v.string(), v.regex(/^\d{1,15}$/)),
    v.record(nameSchema, integerSchema(0, Number.MAX_SAFE_INTEGER)),
  ),
});
export type KeptStats = {
  liveSince: number | null;
  viewerPoints: readonly ViewerPoint[];
  chatMinutes: ChatMinutes;
};

export function readKeptLine(value: unknown): KeptLine | null {
  const result = v.safeParse(keptLineSchema, value);
  if (!result.success) return null;
  const { receivedAt, firstTime } = result.output;
  const event = recheckChatEvent(result.output.event);
  if (!event) return null;
  return { event, receivedAt, ...(firstTime && { firstTime }) };
}

export function readKeptStats(value: unknown): KeptStats | null {
  const result = v.safeParse(keptStatsSchema, value);
  if (!result.success) return null;
  const minutes: Record<number, Record<string, number>> = {};
  for (const [minute, counts] of Object.entries(result.output.chatMinutes)) {
    minutes[Number(minute)] = dictionary(counts);
  }
  return { ...result.output, chatMinutes: minutes };
}

/** Keys sort by time; the page and seq make each unique. */
function lineKey(prefix: string, page: string, line: HistoryLine): string {
  return `${prefix}${String(line.receivedAt).padStart(15, '0')}\u0001${page}\u0001${String(line.seq).padStart(9, '0')}`;
}

export interface KeepBounds {
  days: number;
  lines: number;
}

export interface KeptHistory {
  /** The last `limit` lines kept (oldest first), and the live stream's stats. */
  restore(limit: number): Promise<{ lines: KeptLine[]; stats: KeptStats | null }>;
  /** Keeps these new lines (written together, soon). */
  keep(lines: readonly HistoryLine[]): void;
  keepStats(stats: KeptStats): void;
  /** Writes what is waiting now. */
  flush(): Promise<void>;
  /** The page is going away: starts writing everything not stored yet, at once. */
  writeNow(): void;
  /** Every line kept for this stream, oldest first (for export). */
  all(): Promise<KeptLine[]>;
  /** Drops lines older than `days` and the oldest beyond `lines`. */
  trim(bounds: KeepBounds, now?: number): Promise<void>;
  /** Writes what is waiting, then closes the database (the session stopped). */
  close(): Promise<void>;
}

/** Lines are written together, this long after the first of them. */
const WRITE_DELAY_MS = 500;
/** Lines stored in one task. */
const WRITE_SLICE = 25;

/**
 * One stream's chat kept on this device (IndexedDB), per server and stream: written in batches,
 * bounded by age and count, read back at start. Throws from `open` where the browser refuses
 * storage (private windows, sandboxed frames); the caller then keeps chat in memory only.
 */
export async function openKeptHistory(
  server: string,
  streamId: number,
  factory: IDBFactory | undefined = globalThis.indexedDB as IDBFactory | undefined,
  journal: Storage | null = defaultJournal(),
): Promise<KeptHistory> {
  const db = await openDeviceDb(factory);
  const prefix = streamKeyPrefix(server, streamId);
  // A page going away (a reload, a closed tab) cannot count on the database finishing a write;
  // it also leaves its last lines in local storage, stored here by the next page.
  await storeUnsaved(db, journal, prefix);
  const range = prefixRange(prefix);
  const page = Math.random().toString(36).slice(2, 10);
  let waiting: HistoryLine[] = [];
  let waitingStats: KeptStats | null = null;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let writing: Promise<void> = Promise.resolve();

  // The lines of the write under way and how many of them are stored: the rest is written at
  // once if the page goes away meanwhile.
  let inFlight: { lines: readonly HistoryLine[]; at: number } | null = null;

  const writeWaiting = () =>
    new Promise<void>((resolve) => {
      const lines = waiting;
      const stats = waitingStats;
      waiting = [];
      waitingStats = null;
      if (lines.length === 0 && !stats) return resolve();
      try {
        const transaction = db.transaction([LINES_STORE, STATS_STORE], 'readwrite');
        const store = transaction.objectStore(LINES_STORE);
        const slice = { lines, at: 0 };
        inFlight = slice;
        const done = () => {
          if (inFlight === slice) inFlight = null;
          resolve();
        };
        // A slice of lines at a time, the next once the last of these is stored: a flood's
        // lines reach the device between frames, never in one long task.
        const putSlice = () => {
          const end = Math.min(slice.at + WRITE_SLICE, lines.length);
          let last: IDBRequest | undefined;
          for (; slice.at < end; slice.at++) {
            const line = lines[slice.at]!;
            last = store.put(keptLineOf(line), lineKey(prefix, page, line));
          }
          if (last && slice.at < lines.length) last.onsuccess = putSlice;
        };
        putSlice();
        if (stats) transaction.objectStore(STATS_STORE).put(stats, prefix);
        transaction.oncomplete = done;
        transaction.onerror = done;
        transaction.onabort = done;
      } catch {
        resolve();
      }
    });

  const write = (): Promise<void> => {
    if (timer !== null) clearTimeout(timer);
    timer = null;
    writing = writing.then(writeWaiting);
    return writing;
  };

  // The page is going away: everything not stored yet, in one transaction committed at once
  // (slices that wait for the one before would never run).
  const writeNow = () => {
    if (timer !== null) clearTimeout(timer);
    timer = null;
    const rest = inFlight ? inFlight.lines.slice(inFlight.at) : [];
    if (inFlight) inFlight.at = inFlight.lines.length;
    const lines = rest.concat(waiting);
    const stats = waitingStats;
    waiting = [];
    waitingStats = null;
    if (lines.length === 0 && !stats) return;
    const records = lines.map((line) => ({
      key: lineKey(prefix, page, line),
      value: keptLineOf(line),
    }));
    noteUnsaved(journal, prefix, records);
    try {
      const transaction = db.transaction([LINES_STORE, STATS_STORE], 'readwrite');
      const store = transaction.objectStore(LINES_STORE);
      for (const { key, value } of records) store.put(value, key);
      if (stats) transaction.objectStore(STATS_STORE).put(stats, prefix);
      transaction.commit();
    } catch {
      // The database is closed or refuses: nothing more can be kept.
    }
  };
  const schedule = () => {
    timer ??= setTimeout(() => void write(), WRITE_DELAY_MS);
  };

  return {
    async restore(limit) {
      const transaction = db.transaction([LINES_STORE, STATS_STORE], 'readonly');
      const store = transaction.objectStore(LINES_STORE);
      // The `limit`-th key from the end (one jump of a key cursor), then one getAll from it.
      const first = await new Promise<IDBValidKey | null>((resolve, reject) => {
        if (limit <= 0) return resolve(null);
        const cursor = store.openKeyCursor(range, 'prev');
        let jumped = false;
        cursor.onerror = () => reject(cursor.error ?? new Error('Reading kept chat failed.'));
        cursor.onsuccess = () => {
          const at = cursor.result;
          if (!at) return resolve(jumped ? null : prefix);
          if (jumped || limit === 1) return resolve(at.key);
          jumped = true;
          at.advance(limit - 1);
        };
      });
      const values =
        first === null
          ? limit <= 0
            ? []
            : await requested(store.getAll(range))
          : await requested(store.getAll(IDBKeyRange.bound(first, `${prefix}\uffff`)));
      const lines = values
        .map(readKeptLine)
        .filter((line): line is KeptLine => line !== null)
        .slice(-Math.max(0, limit));
      const stats = readKeptStats(
        await requested(transaction.objectStore(STATS_STORE).get(prefix)),
      );
      return { lines, stats };
    },
    keep(lines) {
      if (lines.length === 0) return;
      waiting = waiting.concat(lines);
      schedule();
    },
    keepStats(stats) {
      waitingStats = stats;
      schedule();
    },
    flush: write,
    writeNow,
    async close() {
      await write().catch(() => undefined);
      db.close();
    },
    async all() {
      await write();
      const values = await requested(
        db.transaction(LINES_STORE, 'readonly').objectStore(LINES_STORE).getAll(range),
      );
      return values.map(readKeptLine).filter((line): line is KeptLine => line !== null);
    },
    async trim({ days, lines }, now = Date.now()) {
      await write();
      const store = db.transaction(LINES_STORE, 'readwrite').objectStore(LINES_STORE);
      const cutoff = `${prefix}${String(Math.max(0, now - days * DAY_MS)).padStart(15, '0')}`;
      store.delete(IDBKeyRange.bound(prefix, cutoff, false, true));
      const count = await requested(store.count(range));
      const over = count - lines;
      if (over <= 0) return;
      await new Promise<void>((resolve) => {
        let removed = 0;
        const cursor = store.openKeyCursor(range);
        cursor.onerror = () => resolve();
        cursor.onsuccess = () => {
          const at = cursor.result;
          if (!at || removed >= over) return resolve();
          store.delete(at.primaryKey);
          removed += 1;
          at.continue();
        };
      });
    },
  };
}

/** Forgets every chat line and stat kept on this device (Settings, "Clear kept chat"). */
export async function clearKeptChat(
  factory: IDBFactory | undefined = globalThis.indexedDB as IDBFactory | undefined,
): Promise<void> {
  const db = await openDeviceDb(factory);
  await new Promise<void>((resolve, reject) => {
    const transaction = db.transaction([LINES_STORE, STATS_STORE], 'readwrite');
    transaction.objectStore(LINES_STORE).clear();
    transaction.objectStore(STATS_STORE).clear();
    transaction.oncomplete = () => resolve();
    transaction.onerror = () => reject(transaction.error ?? new Error('Clearing failed.'));
  });
  db.close();
}
