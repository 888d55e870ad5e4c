import type { StreamStore } from '../store/stream-store';
import type { HistoryLine } from '../store/slices/history';
import { readingSettings } from '../store/reading-settings-store';
import { keptLineOf, openKeptHistory, type KeptHistory, type KeptLine } from './kept-history';

/** A device database that has not answered by then is given up on: chat does not wait longer. */
const OPEN_TIMEOUT_MS = 3_000;
/** How long a page waits for the stream's writing lock before it leaves writing to the tab
 * that holds it. */
const LOCK_WAIT_MS = 1_500;

export interface ChatKeeper {
  /** Settles once the earlier lines are in the store (or known to be unavailable). */
  readonly ready: Promise<void>;
  readonly loaded: boolean;
  /** Keeps new lines and stats while started; returns the function that stops. */
  start(): () => void;
  /** Every line kept for this stream (the device's, else this page's), oldest first. */
  all(): Promise<KeptLine[]>;
}

/**
 * Keeps one stream's chat on this device: restores the earlier lines (and the live stream's
 * viewer figures) into the store before the first live line, then writes new lines in batches.
 * One page per stream writes (a Web Lock), so two tabs never keep a line twice. Where the
 * browser refuses storage, chat lives in memory and the store says so once.
 */
export function createChatKeeper(
  store: StreamStore,
  { server, streamId }: { server: string; streamId: number },
  { enabled = true, factory }: { enabled?: boolean; factory?: IDBFactory } = {},
): ChatKeeper {
  let history: KeptHistory | null = null;
  let loaded = !enabled;
  const set = (keeping: 'device' | 'memory') => store.getState().setKeeping(keeping);

  const load = async () => {
    const kept = await openKeptHistory(server, streamId, factory);
    const { keepDays, keepLines } = readingSettings.store.getState().settings;
    await kept.trim({ days: keepDays, lines: keepLines });
    const { lines, stats } = await kept.restore(store.getState().historyLimit);
    store.getState().restoreEarlier(lines);
    if (stats) store.getState().restoreStats(stats);
    history = kept;
    set('device');
  };
  const ready: Promise<void> = enabled
    ? Promise.race([
        load(),
        new Promise<void>((_, reject) =>
          setTimeout(() => reject(new Error('timed out')), OPEN_TIMEOUT_MS),
        ),
      ])
        .catch(() => {
          if (!history) set('memory');
        })
        .finally(() => {
          loaded = true;
        })
    : Promise.resolve();

  return {
    ready,
    get loaded() {
      return loaded;
    },
    start() {
      if (!enabled) return () => undefined;
      // The page that holds the lock writes; another tab on this stream only reads. Until the
      // lock answers (a moment), new lines wait.
      let writer: boolean | null = null;
      let waiting: HistoryLine[] = [];
      let release: (() => void) | null = null;
      let stopped = false;
      const decide = (writes: boolean) => {
        writer = writes;
        if (writes && history && waiting.length > 0) history.keep(waiting);
        waiting = [];
      };
      const locks = (globalThis.navigator as Navigator | undefined)?.locks;
      // Asked for with a short wait rather than `ifAvailable`: in development React starts,
      // stops and starts again at once, and the first start's lock is still being granted
      // when the second asks. Another tab that holds it keeps it; this page then only reads.
      const asking = new AbortController();
      if (locks) {
        void locks
          .request(
            `chatdeck-keep:${server}:${streamId}`,
            { signal: AbortSignal.any([asking.signal, AbortSignal.timeout(LOCK_WAIT_MS)]) },
            (lock) => {
              if (!lock || stopped) {
                decide(false);
                return undefined;
              }
              decide(true);
              return new Promise<void>((resolve) => (release = resolve));
            },
          )
          .catch(() => decide(false));
      } else writer = true;

      let keptUpTo = Math.max(0, ...store.getState().messages.map((line) => line.seq));
      const unsubscribe = store.subscribe((state, previous) => {
        if (!history || writer === false) return;
        if (state.messages !== previous.messages) {
          const fresh: HistoryLine[] = [];
          for (let i = state.messages.length - 1; i >= 0; i--) {
            const line = state.messages[i]!;
            if (line.seq <= keptUpTo) break;
            if (!line.earlier) fresh.push(line);
          }
          if (fresh.length > 0) {
            keptUpTo = fresh[0]!.seq;
            if (writer) history.keep(fresh.reverse());
            else waiting = waiting.concat(fresh.reverse());
          }
        }
        if (!writer) return;
        if (
          state.viewerPoints !== previous.viewerPoints ||
          state.chatMinutes !== previous.chatMinutes ||
          state.liveSince !== previous.liveSince
        ) {
          history.keepStats({
            liveSince: state.liveSince,
            viewerPoints: state.viewerPoints,
            chatMinutes: state.chatMinutes,
          });
        }
      });
      return () => {
        stopped = true;
        asking.abort();
        unsubscribe();
        void history?.flush();
        release?.();
      };
    },
    async all() {
      if (history) return history.all();
      return store.getState().messages.map(keptLineOf);
    },
  };
}
