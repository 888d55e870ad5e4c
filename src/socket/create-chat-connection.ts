import type { ClientCommand } from '../protocol/wire';
import {
  ChatSocket,
  MAX_REFUSALS,
  type ChatConnection,
  type ChatSocketListeners,
} from './chat-socket';
import type { ConnectionState } from '../protocol/connection-state';
import { ConnectionListeners } from './connection-listeners';
import { WorkerChatSocket, type WorkerLike } from './worker-chat-socket';

export type WorkerFactory = () => WorkerLike;

function socketWorker(): WorkerLike {
  return new Worker(new URL('./socket-worker.ts', import.meta.url), {
    type: 'module',
    name: 'chatdeck-socket',
  }) as unknown as WorkerLike;
}

/**
 * A connection whose socket runs in a worker where the browser allows one, and on the main
 * thread where it does not (a worker that cannot be created, or fails to load: some sandboxed
 * frames, some hosts). Listeners stay attached across the switch.
 */
class FallbackConnection implements ChatConnection {
  private inner: ChatConnection;
  private readonly listeners = new ConnectionListeners();
  private readonly unsubscribers: Array<() => void> = [];
  private started = false;

  constructor(
    private readonly url: string,
    private readonly maxRefusals: number | null,
    createWorker: WorkerFactory,
  ) {
    this.inner = this.attach(
      new WorkerChatSocket(url, createWorker(), () => this.fallBack(), maxRefusals),
    );
  }

  on<K extends keyof ChatSocketListeners>(kind: K, listener: ChatSocketListeners[K]): () => void {
    return this.listeners.on(kind, listener);
  }

  get connectionState(): ConnectionState {
    return this.inner.connectionState;
  }

  start(): void {
    this.started = true;
    this.inner.start();
  }

  send(command: ClientCommand): boolean {
    return this.inner.send(command);
  }

  retryNow(): void {
    this.inner.retryNow();
  }

  setOffline(offline: boolean): void {
    this.inner.setOffline(offline);
  }

  close(): void {
    for (const unsubscribe of this.unsubscribers.splice(0)) unsubscribe();
    this.inner.close();
    this.listeners.clear();
  }

  private fallBack(): void {
    for (const unsubscribe of this.unsubscribers.splice(0)) unsubscribe();
    this.inner.close();
    this.inner = this.attach(new ChatSocket({ url: this.url, maxRefusals: this.maxRefusals }));
    if (this.started) this.inner.start();
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
  if (createWorker) {
    try {
      return new FallbackConnection(url, maxRefusals, createWorker);
    } catch {
      // A worker the browser will not create (a policy, an opaque origin): the main thread.
    }
  }
  return new ChatSocket({ url, maxRefusals });
}
