import type { ConnectionState } from '../protocol/connection-state';
import type { ServerEvent } from '../protocol/events';
import type { ChatConnection } from '../socket/chat-socket';
import { EventBatcher, RefreshPace, type FlushScheduler } from '../socket/event-batcher';
import type { StreamStore } from '../store/stream-store';
import type { Outbox } from './outbox/outbox';

/** While live, viewer counts are asked for this often. */
export const VIEWER_COUNT_EVERY_MS = 30_000;

export interface BindOptions {
  schedule?: FlushScheduler;
  /** The refresh pace shared with the page's other streams (the page's own by default). */
  pace?: RefreshPace;
  /** Where `online`, `offline` and `visibilitychange` come from; none in tests. */
  window?: Window;
  now?: () => number;
}

type Disposer = () => void;

let shared: RefreshPace | null = null;
/** One pace for every stream of this page (the deck's columns refresh together). */
function pagePace(): RefreshPace {
  shared ??= new RefreshPace();
  return shared;
}

/** Server events into the store, then what the outbox does about them, in that order. */
export function applyBatch(
  store: StreamStore,
  outbox: Outbox,
  events: readonly ServerEvent[],
  receivedAt = Date.now(),
): void {
  store.getState().applyServerEvents(events, receivedAt);
  for (const event of events) {
    if (event.type === 'writerresult') outbox.writerReady(event);
  }
  if (events.some((event) => event.type === 'status')) outbox.afterStatus();
}

/** A new connection state; writers are forgotten whenever a connection opens or ends. */
export function changeConnection(store: StreamStore, outbox: Outbox, next: ConnectionState): void {
  const wasConnected = store.getState().connection.phase === 'connected';
  store.getState().setConnection(next);
  if ((next.phase === 'connected') !== wasConnected) outbox.connectionChanged();
}

function listen(target: EventTarget, type: string, listener: () => void): Disposer {
  target.addEventListener(type, listener);
  return () => target.removeEventListener(type, listener);
}

/**
 * Binds one connection to one stream's store and outbox: server events into the store (once
 * per frame, paced under floods), state changes with writers reset, viewer counts polled while
 * live, the browser's network and visibility followed. Returns the one function that undoes all
 * of it, leaving the store idle with no timer running.
 */
export function bindStream(
  connection: ChatConnection,
  store: StreamStore,
  outbox: Outbox,
  options: BindOptions = {},
): Disposer {
  const now = options.now ?? (() => Date.now());
  const disposers: Disposer[] = [];
  // Paced with the page's other streams (a session in a page: given its window); tests that
  // pass their own schedule are not paced, others get a pace of their own.
  const pace = options.schedule
    ? null
    : (options.pace ?? (options.window ? pagePace() : new RefreshPace()));
  const batcher = new EventBatcher(({ events, drops }) => {
    pace?.flushed(events.length);
    const state = store.getState();
    const at = now();
    let ignored = 0;
    const unreadable = [];
    for (const drop of drops) {
      if (drop.reason === 'ignored') ignored += 1;
      else unreadable.push({ at, reason: drop.reason, detail: drop.detail });
    }
    state.recordDrops(unreadable, ignored);
    applyBatch(store, outbox, events, at);
  }, options.schedule ?? pace?.scheduler());
  disposers.push(() => batcher.dispose());

  const setConnection = (next: ConnectionState) => changeConnection(store, outbox, next);

  disposers.push(
    // A worker's batch goes on as it came; a page-thread socket's frames one at a time.
    connection.on('batch', ({ events, drops }) => {
      pace?.arrived();
      batcher.pushBatch(events, drops);
    }),
    connection.on('event', (event) => {
      pace?.arrived();
      batcher.pushEvent(event);
    }),
    connection.on('drop', (drop) => batcher.pushDrop(drop)),
    connection.on('state', (state) => {
      // Lines that came before a state change land before it.
      batcher.flush();
      setConnection(state);
    }),
    // A line that never left goes back to the outbox, to be sent once on reconnect.
    connection.on('unsent', (command) => outbox.holdUnsent(command)),
  );

  let viewerCountTimer: ReturnType<typeof setInterval> | undefined;
  const askViewerCounts = () => connection.send({ type: 'viewcount' });
  const followLiveness = () => {
    const state = store.getState();
    const shouldAskCounts =
      state.connection.phase === 'connected' && state.statusSinceConnect && state.streamLive;
    if (shouldAskCounts && !viewerCountTimer) {
      askViewerCounts();
      viewerCountTimer = setInterval(askViewerCounts, VIEWER_COUNT_EVERY_MS);
    } else if (!shouldAskCounts && viewerCountTimer) {
      clearInterval(viewerCountTimer);
      viewerCountTimer = undefined;
    }
  };
  disposers.push(store.subscribe(followLiveness), () => clearInterval(viewerCountTimer));

  const win = options.window;
  if (win) {
    disposers.push(
      listen(win, 'online', () => connection.setOffline(false)),
      listen(win, 'offline', () => connection.setOffline(true)),
      listen(win.document, 'visibilitychange', () => {
        if (win.document.visibilityState === 'visible') connection.retryNow();
      }),
    );
    if (win.navigator.onLine === false) connection.setOffline(true);
  }

  connection.start();
  disposers.push(
    () => connection.close(),
    () => outbox.dispose(),
    // Nothing of this connection's state outlives it (a refusal must not greet the next one).
    () => setConnection({ phase: 'idle' }),
  );

  return function unbind(): void {
    for (const dispose of disposers.splice(0)) dispose();
  };
}
