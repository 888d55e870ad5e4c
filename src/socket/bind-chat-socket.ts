import type { ChatStore } from '../store/chat-store';
import type { ChatConnection } from './chat-socket';
import { EventBatcher, pacedScheduler, type FlushScheduler } from './event-batcher';

/** While live, viewer counts are asked for this often. */
export const VIEWER_POLL_MS = 30_000;

export interface BindOptions {
  schedule?: FlushScheduler;
  /** Where `online`, `offline` and `visibilitychange` come from; none in tests. */
  window?: Window;
  now?: () => number;
}

/**
 * Feeds a ChatSocket's events into the store (batched per frame), gives the store a way to
 * send, polls viewer counts while live, and follows the browser's network and visibility.
 * Returns the function that undoes all of it.
 */
export function bindChatSocket(
  socket: ChatConnection,
  store: ChatStore,
  options: BindOptions = {},
) {
  const now = options.now ?? (() => Date.now());
  let lastFlush = { at: 0, size: 0 };
  const batcher = new EventBatcher(
    ({ events, drops }) => {
      lastFlush = { at: performance.now(), size: events.length };
      const state = store.getState();
      const at = now();
      let ignored = 0;
      const unreadable = [];
      for (const drop of drops) {
        if (drop.reason === 'ignored') ignored += 1;
        else unreadable.push({ at, reason: drop.reason, detail: drop.detail });
      }
      state.recordDrops(unreadable, ignored);
      state.applyServerEvents(events, at);
    },
    options.schedule ?? pacedScheduler(() => lastFlush),
  );

  const unsubscribers = [
    socket.on('event', (event) => batcher.pushEvent(event)),
    socket.on('drop', (drop) => batcher.pushDrop(drop)),
    socket.on('state', (state) => {
      batcher.flush();
      store.getState().setConnection(state);
    }),
    // A line that never left goes back to the outbox, to be sent once on reconnect.
    socket.on('unsent', (command) => store.getState().holdUnsent(command)),
  ];
  store.getState().setTransport({
    send: (command) => socket.send(command),
    retryNow: () => socket.retryNow(),
  });

  let pollTimer: ReturnType<typeof setInterval> | undefined;
  const askViewerCounts = () => socket.send({ type: 'viewcount' });
  const followLiveness = () => {
    const state = store.getState();
    const shouldPoll =
      state.connection.phase === 'connected' && state.statusSinceConnect && state.streamLive;
    if (shouldPoll && !pollTimer) {
      askViewerCounts();
      pollTimer = setInterval(askViewerCounts, VIEWER_POLL_MS);
    } else if (!shouldPoll && pollTimer) {
      clearInterval(pollTimer);
      pollTimer = undefined;
    }
  };
  unsubscribers.push(store.subscribe(followLiveness));

  const win = options.window;
  if (win) {
    const onOnline = () => socket.setOffline(false);
    const onOffline = () => socket.setOffline(true);
    const onVisible = () => {
      if (win.document.visibilityState === 'visible') socket.retryNow();
    };
    win.addEventListener('online', onOnline);
    win.addEventListener('offline', onOffline);
    win.document.addEventListener('visibilitychange', onVisible);
    if (win.navigator.onLine === false) socket.setOffline(true);
    unsubscribers.push(() => {
      win.removeEventListener('online', onOnline);
      win.removeEventListener('offline', onOffline);
      win.document.removeEventListener('visibilitychange', onVisible);
    });
  }

  socket.start();

  return function unbind(): void {
    for (const unsubscribe of unsubscribers) unsubscribe();
    clearInterval(pollTimer);
    batcher.dispose();
    socket.close();
    store.getState().setTransport(null);
    // Nothing of this connection's state outlives it (a refusal must not greet the next one).
    store.getState().setConnection({ phase: 'idle' });
  };
}
