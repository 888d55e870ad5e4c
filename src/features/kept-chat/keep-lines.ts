import type { HistoryLine } from '../../store/slices/history';
import type { StreamStore } from '../../store/stream-store';
import type { KeptHistory } from './kept-history';

/** How long a page waits for the stream's writing lock before it leaves writing to the tab
 * that holds it. */
const LOCK_WAIT_MS = 1_500;

/**
 * Writes the store's new lines and stats to `history` while this page holds the stream's
 * writing lock (a Web Lock): another tab on the same stream only reads. Until the lock answers
 * (a moment), new lines wait. Returns the function that stops and lets the lock go.
 */
export function keepWhileWriter(
  store: StreamStore,
  history: KeptHistory,
  { server, streamId }: { server: string; streamId: number },
): () => void {
  let writer: boolean | null = null;
  let waiting: HistoryLine[] = [];
  let release: (() => void) | null = null;
  let stopped = false;
  const decide = (writes: boolean) => {
    writer = writes;
    store.getState().setKeptHere(writes);
    if (writes && waiting.length > 0) history.keep(waiting);
    waiting = [];
  };
  const locks = (globalThis.navigator as Navigator | undefined)?.locks;
  // Asked for with a short wait rather than `ifAvailable`: in development React starts, stops
  // and starts again at once, and a page's lock may still be going when it asks again.
  // Another tab that holds it keeps it; this page then only reads.
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
  } else decide(true);

  let keptUpTo = Math.max(0, ...store.getState().messages.map((line) => line.seq));
  const unsubscribe = store.subscribe((state, previous) => {
    if (writer === false) return;
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
    release?.();
    store.getState().setKeptHere(null);
  };
}
