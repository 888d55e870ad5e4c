import type { ChatEvent, ServerEvent } from '../../protocol/events';
import { writerKey } from '../selectors';
import type { StreamSlice } from '../types';

export interface ServerEventsSlice {
  /** Applies a batch of server events in order, with one store update for all chat lines. */
  applyServerEvents: (events: readonly ServerEvent[], receivedAt?: number) => void;
}

export const createServerEventsSlice: StreamSlice<ServerEventsSlice> = (_set, get) => ({
  applyServerEvents: (events, receivedAt = Date.now()) => {
    let chat: ChatEvent[] = [];
    const flushChat = () => {
      if (chat.length === 0) return;
      get().addMessages(chat, receivedAt);
      chat = [];
    };
    for (const event of events) {
      if (event.type === 'chat') {
        chat.push(event);
        continue;
      }
      // Keep order: lines before a status land before it.
      flushChat();
      const state = get();
      if (event.type === 'status') {
        const first = !state.statusKnown;
        const wasLive = !first && state.streamLive;
        state.applyStatus(event);
        state.rememberAccounts(event.accounts);
        if (event.streamLive !== wasLive || first) {
          state.liveChanged(event.streamLive, receivedAt, first);
        }
        state.keepViewerCountsOf(event.accounts.filter((a) => a.live).map((a) => a.id));
      } else if (event.type === 'writerresult') {
        state.setWriter(writerKey(event.accountId, event.streamAccountId), { state: 'ready' });
      } else {
        state.applyViewCount(event);
        const live = state.accounts.some((a) => a.id === event.accountId && a.live);
        if (event.viewerCount !== undefined && live) {
          state.recordViewerCount({
            at: receivedAt,
            accountId: event.accountId,
            count: event.viewerCount,
          });
        }
      }
    }
    flushChat();
  },
});
