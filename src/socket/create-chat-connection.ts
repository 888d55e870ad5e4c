import type { ClientCommand } from '../protocol/wire';
import type { ChatConnection, ChatSocket, ChatSocketListeners } from './chat-socket';
import type { ConnectionState } from '../protocol/connection-state';
import { ConnectionListeners } from './connection-listeners';
import { MAX_REFUSALS } from './refusals';
import { WorkerChatSocket, type WorkerLike } from './worker-chat-socket';

export type WorkerFactory = () => WorkerLike;

function socketWorker(): WorkerLike {
  return new Worker(new URL('./socket-worker.ts', import.meta.url), {
    type: 'module',
    name: 'chatdeck-socket',
  }) as unknown as WorkerLike;
}

/**
 * The main-thread socket (with its policy, reachability checks and frame parsing) loads only
 * where it is needed: the worker has them all, and nearly every page runs one.
 */
const loadMainThreadSocket = (): Promise<typeof ChatSocket> =>
  import('./chat-socket').then((module) => module.ChatSocket);

/** How long before the main-thread socket's file is asked for again (offline, a new deploy). */
const RELOAD_SOCKET_MS = 3_000;

/**
 * A connection whose socket runs in a worker where the browser allows one, and on the main
 * thread where it does not (a worker that cannot be created, or fails to load: some sandboxed
 * frames, some hosts). Listeners stay attached across the switch. While the main-thread socket
 * loads, the connection is as the worker left it: nothing is sent (the caller holds the line).
 */
class FallbackConnection implements ChatConnection {
  /** Null while the main-thread socket loads. */
  private inner: ChatConnection | null = null;
  private readonly listeners = new ConnectionListeners();
  private readonly unsubscribers: Array<() => void> = [];
  private started = false;
  private closed = false;
  private stateWhileLoading: ConnectionState = { phase: 'idle' };
  private offlineWhileLoading: boolean | null = null;
  private reloadTimer: ReturnType<typeof setTimeout> | null = null;

  constructor(
    private readonly url: string,
    private readonly maxRefusals: number | null,
    createWorker: WorkerFactory | null,
  ) {
    let worker: WorkerChatSocket | null = null;
    try {
      if (createWorker) {
        worker = new WorkerChatSocket(url, createWorker(), () => this.fallBack(), maxRefusals);
      }
    } catch {
      // A worker the browser will not create (a policy, an opaque origin): the main thread.
    }
    if (worker) this.inner = this.attach(worker);
    else this.fallBack();
  }

  on<K extends keyof ChatSocketListeners>(kind: K, listener: ChatSocketListeners[K]): () => void {
    return this.listeners.on(kind, listener);
  }

  get connectionState(): ConnectionState {
    return this.inner?.connectionState ?? this.stateWhileLoading;
  }

  start(): void {
    this.started = true;
    this.inner?.start();
  }

  send(command: ClientCommand): boolean {
    return this.inner?.send(command) ?? false;
  }

  retryNow(): void {
    this.inner?.retryNow();
  }

  setOffline(offline: boolean): void {
    if (this.inner) this.inner.setOffline(offline);
    else this.offlineWhileLoading = offline;
  }

  close(): void {
    this.closed = true;
    if (this.reloadTimer) clearTimeout(this.reloadTimer);
    for (const unsubscribe of this.unsubscribers.splice(0)) unsubscribe();
    this.inner?.close();
    this.listeners.clear();
  }

  private fallBack(): void {
    for (const unsubscribe of this.unsubscribers.splice(0)) unsubscribe();
    if (this.inner) this.stateWhileLoading = this.inner.connectionState;
    this.inner?.close();
    this.inner = null;
    loadMainThreadSocket().then(
      (MainThreadSocket) => {
        if (this.closed) return;
        const inner = new MainThreadSocket({ url: this.url, maxRefusals: this.maxRefusals });
        this.inner = this.attach(inner);
        if (this.offlineWhileLoading !== null) inner.setOffline(this.offlineWhileLoading);
        if (this.started) inner.start();
      },
      () => {
        if (!this.closed) this.reloadTimer = setTimeout(() => this.fallBack(), RELOAD_SOCKET_MS);
      },
    );
  }

  private attach(inner: ChatConnection): ChatConnection {
    const forward = <K extends keyof ChatSocketListeners>(kind: K) =>
      inner.on(kind, ((value: Parameters<ChatSocketListeners[K]>[0]) =>
        this.listeners.emit(kind, value)) as ChatSocketListeners[K]);
    this.unsubscribers.push(
      forward('state'),
      forward('event'),
      forward('drop'),
      forward('batch'),
      forward('unsent'),
    );
    return inner;
  }
}

export interface ConnectionOptions {
  /** Refusals in a row after which it stops retrying; null (widgets) retries for ever. */
  maxRefusals?: number | null;
}

/** The page's connection to one multistreamer stream: in a worker where possible. */
export function createChatConnection(
  url: string,
  { maxRefusals = MAX_REFUSALS }: ConnectionOptions = {},
  createWorker: WorkerFactory | null = typeof Worker === 'function' ? socketWorker : null,
): ChatConnection {
  return new FallbackConnection(url, maxRefusals, createWorker);
}
