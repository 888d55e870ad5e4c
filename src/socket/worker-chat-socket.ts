import type { ClientCommand } from '../protocol/wire';
import type { ChatConnection, ChatSocketListeners } from './chat-socket';
import { MAX_REFUSALS } from './refusals';
import type { ConnectionState } from '../protocol/connection-state';
import { ConnectionListeners } from './connection-listeners';
import type { FromSocketWorker, ToSocketWorker } from './worker-messages';

/** What the page needs of a Worker (the browser's, or a fake in tests). */
export interface WorkerLike {
  onmessage: ((message: MessageEvent<FromSocketWorker>) => void) | null;
  onerror: ((event: unknown) => void) | null;
  postMessage(message: ToSocketWorker): void;
  terminate(): void;
}

/**
 * The page's side of a ChatSocket that runs in a worker. It mirrors the connection state the
 * worker reports, so `send` answers at once: true when the page last heard "connected" (the
 * worker reports the line as unsent if its socket closed meanwhile), false otherwise.
 */
export class WorkerChatSocket implements ChatConnection {
  private readonly listeners = new ConnectionListeners();
  private state: ConnectionState = { phase: 'idle' };
  private started = false;
  private closed = false;

  constructor(
    private readonly url: string,
    private readonly worker: WorkerLike,
    /** Called when the worker itself fails (it could not load, or crashed). */
    private readonly onWorkerError: () => void = () => undefined,
    private readonly maxRefusals: number | null = MAX_REFUSALS,
  ) {
    worker.onmessage = (message) => this.receive(message.data);
    worker.onerror = () => {
      if (!this.closed) this.onWorkerError();
    };
  }

  on<K extends keyof ChatSocketListeners>(kind: K, listener: ChatSocketListeners[K]): () => void {
    return this.listeners.on(kind, listener);
  }

  get connectionState(): ConnectionState {
    return this.state;
  }

  start(): void {
    if (this.started || this.closed) return;
    this.started = true;
    this.worker.postMessage({ type: 'open', url: this.url, maxRefusals: this.maxRefusals });
  }

  send(command: ClientCommand): boolean {
    if (this.closed || this.state.phase !== 'connected') return false;
    this.worker.postMessage({ type: 'send', command });
    return true;
  }

  retryNow(): void {
    if (!this.closed) this.worker.postMessage({ type: 'retry' });
  }

  setOffline(offline: boolean): void {
    if (!this.closed) this.worker.postMessage({ type: 'offline', offline });
  }

  /** Closes the socket and ends the worker. Safe to call more than once. */
  close(): void {
    if (this.closed) return;
    this.closed = true;
    this.worker.postMessage({ type: 'close' });
    this.worker.onmessage = null;
    this.worker.onerror = null;
    this.state = { phase: 'idle' };
    this.listeners.clear();
  }

  private receive(message: FromSocketWorker): void {
    if (this.closed) return;
    switch (message.type) {
      case 'batch':
        // As the worker batched it: one batch, never split into single lines on the page.
        this.listeners.emit('batch', { events: message.events, drops: message.drops });
        break;
      case 'state':
        this.state = message.state;
        this.listeners.emit('state', message.state);
        break;
      case 'unsent':
        this.listeners.emit('unsent', message.command);
        break;
    }
  }
}
