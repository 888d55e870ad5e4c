import type { StreamStore } from '../../store/stream-store';
import type { KeepBounds, KeptHistory } from './kept-history';
import { keptLineOf, type KeptLine } from './kept-line';

/**
 * The device's history (and the frame checks it reads back with) loads when a session starts,
 * after the first paint; the page's first JS stays without it.
 */
const loadKeeping = () => import('./keeping');

/** A device database that has not answered by then is given up on: chat does not wait longer. */
const OPEN_TIMEOUT_MS = 3_000;

export interface ChatKeeping {
  /** Settles once the earlier lines are in the store (or known to be unavailable). */
  readonly ready: Promise<void>;
  /** Stops keeping and closes the device's database; settles once it is closed. */
  stop(): Promise<void>;
  /** The page is going away (`pagehide`): what is not stored yet is written at once. */
  writeNow(): void;
}

export interface ChatKeeper {
  /**
   * Opens the device's history, restores the earlier lines into the store, then keeps new
   * lines and stats until `stop`. Creating the keeper did nothing of this.
   */
  start(bounds: KeepBounds): ChatKeeping;
  /** Every line kept for this stream (the device's, else this page's), oldest first. */
  all(): Promise<KeptLine[]>;
}

/**
 * Keeps one stream's chat on this device: restores the earlier lines (and the live stream's
 * viewer figures) into the store before the first live line, then writes new lines in batches.
 * One page per stream writes (a Web Lock: keep-lines.ts), so two tabs never keep a line twice.
 * Where the browser refuses storage, chat lives in memory and the store says so once.
 */
export function createChatKeeper(
  store: StreamStore,
  { server, streamId }: { server: string; streamId: number },
  { factory }: { factory?: IDBFactory } = {},
): ChatKeeper {
  let history: KeptHistory | null = null;
  const set = (keeping: 'device' | 'memory') => store.getState().setKeeping(keeping);

  return {
    start(bounds) {
      let stopped = false;
      let opened: KeptHistory | null = null;
      let stopKeeping: (() => void) | null = null;
      const load = async () => {
        const { openKeptHistory, keepWhileWriter } = await loadKeeping();
        if (stopped) return;
        const kept = await openKeptHistory(server, streamId, factory);
        opened = kept;
        if (stopped) return;
        await kept.trim(bounds);
        const { lines, stats } = await kept.restore(store.getState().historyLimit);
        if (stopped) return;
        store.getState().restoreEarlier(lines);
        if (stats) store.getState().restoreStats(stats);
        history = kept;
        set('device');
        stopKeeping = keepWhileWriter(store, kept, { server, streamId });
      };
      const ready = Promise.race([
        load(),
        new Promise<void>((_, reject) =>
          setTimeout(() => reject(new Error('timed out')), OPEN_TIMEOUT_MS),
        ),
      ]).catch(() => {
        if (!history && !stopped) set('memory');
      });
      return {
        ready,
        writeNow() {
          opened?.writeNow();
        },
        async stop() {
          stopped = true;
          stopKeeping?.();
          if (history === opened) history = null;
          // Still opening: closed as soon as it opens.
          if (!opened) await ready;
          await opened?.close();
        },
      };
    },
    async all() {
      if (history) return history.all();
      return store.getState().messages.map(keptLineOf);
    },
  };
}
