import type { HistoryLine } from './slices/history';
import type { StreamStore } from './stream-store';
import type { StreamState } from './types';

/**
 * Follows the lines the store gains: `take` gets those added since its last call, oldest
 * first, each once, with the state they came in. Returns the function that stops following.
 */
export function followNewLines(
  store: StreamStore,
  take: (lines: HistoryLine[], state: StreamState) => void,
): () => void {
  let seen = 0;
  for (const line of store.getState().messages) if (line.seq > seen) seen = line.seq;
  return store.subscribe((state, previous) => {
    if (state.messages === previous.messages) return;
    const fresh: HistoryLine[] = [];
    for (let i = state.messages.length - 1; i >= 0; i--) {
      const line = state.messages[i]!;
      if (line.seq <= seen) break;
      fresh.push(line);
    }
    if (fresh.length === 0) return;
    seen = fresh[0]!.seq;
    take(fresh.reverse(), state);
  });
}
