import type { ServerEvent } from '../protocol/events';
import type { ClientCommand } from '../protocol/wire';
import { parseServerEvent, type ParseResult } from '../protocol/parse';
import type { ConnectionState } from '../protocol/connection-state';
import { ConnectionListeners } from './connection-listeners';
import { ConnectionPolicy } from './connection-policy';
import { MAX_REFUSALS } from './refusals';
import type { Batch } from './event-batcher';
import { pageHostAnswers, serverAnswers } from './reachability';
import { LIVENESS_PROBE_AFTER_MS, LIVENESS_TIMEOUT_MS, nextDelay } from './reconnect-policy';
import { SocketTransport } from './socket-transport';

/** What the socket needs of a WebSocket implementation (the browser's, or `ws` in tests). */
export interface WebSocketLike {
  readonly readyState: number;
  onopen: ((event: unknown) => void) | null;
  onclose: ((event: unknown) => void) | null;
  onerror: ((event: unknown) => void) | null;
  onmessage: ((event: { data: unknown }) => void) | null;
  send(data: string): void;
  close(code?: number, reason?: string): void;
}

export type WebSocketFactory = (url: string) => WebSocketLike;

/** A frame that was not read: not JSON, invalid, too large, of an unknown type, or corrected. */
export type UnreadFrame = Extract<ParseResult, { ok: false }>;

export interface ChatSocketOptions {
  url: string;
  createWebSocket?: WebSocketFactory;
  /** Wait before attempt N; defaults to the jittered exponential policy. */
  delayFor?: (attempt: number) => number;
  probeAfterMs?: number;
  probeTimeoutMs?: number;
  now?: () => number;
  /**
   * After a failed handshake: does anything answer at the server's address? Tells a refusal
   * (wrong token, not your stream) from a server that is down. Null: no check.
   */
  reachable?: (() => Promise<boolean>) | null;
  /**
   * When the server is silent: does the page's own host answer? Neither: no network ("Offline").
   * By default the page's origin is asked, where the server's reachability is (not given).
   */
  networkUp?: (() => Promise<boolean>) | null;
  /** Refusals in a row after which the socket stops retrying; null retries for ever. */
  maxRefusals?: number | null;
}

/** What a chat connection reports. */
export interface ChatSocketListeners {
  state: (state: ConnectionState) => void;
  /** One frame read (a socket on the page's own thread). */
  event: (event: ServerEvent) => void;
  drop: (drop: UnreadFrame) => void;
  /** Many frames read at once, in order (a socket in a worker: its batch, as it came). */
  batch: (batch: Batch) => void;
  /** A command the page believed sent that never left (the socket had closed meanwhile). */
  unsent: (command: ClientCommand) => void;
}
type Listeners = ChatSocketListeners;

/**
 * One multistreamer connection as the page sees it, whether the WebSocket lives on the main
 * thread (ChatSocket) or in a worker (WorkerChatSocket).
 */
export interface ChatConnection {
  on<K extends keyof ChatSocketListeners>(kind: K, listener: ChatSocketListeners[K]): () => void;
  readonly connectionState: ConnectionState;
  start(): void;
  /** Sends one command; false when it is known not to be open (the caller holds the line). */
  send(command: ClientCommand): boolean;
  retryNow(): void;
  setOffline(offline: boolean): void;
  close(): void;
}

export { MAX_REFUSALS };

/**
 * One multistreamer connection on this thread: a socket that opens, sends and closes
 * (socket-transport.ts), a policy that decides when (connection-policy.ts: backoff, liveness,
 * reachability), and the frames read for its listeners. It knows nothing of React or the store.
 */
export class ChatSocket implements ChatConnection {
  private readonly listeners = new ConnectionListeners();
  private readonly transport: SocketTransport;
  private readonly policy: ConnectionPolicy;

  constructor(options: ChatSocketOptions) {
    const {
      url,
      createWebSocket = (address) => new WebSocket(address) as unknown as WebSocketLike,
      delayFor = (attempt) => nextDelay(attempt),
      probeAfterMs = LIVENESS_PROBE_AFTER_MS,
      probeTimeoutMs = LIVENESS_TIMEOUT_MS,
      now = () => Date.now(),
      reachable = typeof fetch === 'function' ? () => serverAnswers(url) : null,
      networkUp = options.reachable === undefined && typeof fetch === 'function'
        ? pageHostAnswers()
        : null,
      maxRefusals = MAX_REFUSALS,
    } = options;
    this.transport = new SocketTransport(url, createWebSocket, {
      opened: () => this.policy.transition({ type: 'opened' }),
      frame: (data) => this.read(data),
      closed: (beforeOpen) => this.policy.transition({ type: 'closed', beforeOpen }),
    });
    this.policy = new ConnectionPolicy(
      { url, delayFor, probeAfterMs, probeTimeoutMs, now, reachable, networkUp, maxRefusals },
      {
        open: () => this.transport.open(),
        active: () => this.transport.active,
        post: (command) => this.transport.post(command),
        drop: () => this.transport.close(),
        state: (next) => this.listeners.emit('state', next),
      },
    );
  }

  /** Subscribes to `state`, `event` or `drop`; returns the unsubscribe function. */
  on<K extends keyof Listeners>(kind: K, listener: Listeners[K]): () => void {
    return this.listeners.on(kind, listener);
  }

  get connectionState(): ConnectionState {
    return this.policy.connectionState;
  }

  /** Opens the first connection. */
  start(): void {
    this.policy.transition({ type: 'start' });
  }

  /** Sends one command; false when the socket is not open. */
  send(command: ClientCommand): boolean {
    return this.connectionState.phase === 'connected' && this.transport.send(command);
  }

  /** Skips the wait and connects now (network back, tab visible again, user asked). */
  retryNow(): void {
    this.policy.transition({ type: 'retry-now' });
  }

  /** The browser lost or regained the network: pause retries while offline. */
  setOffline(offline: boolean): void {
    this.policy.transition({ type: 'network', offline });
  }

  /** Closes for good. Safe to call more than once; later events are ignored. */
  close(): void {
    this.policy.transition({ type: 'dispose' });
    this.listeners.clear();
  }

  /** A frame arrived: the connection is alive; then what it says, or why it was not read. */
  private read(data: unknown): void {
    this.policy.transition({ type: 'frame' });
    const result = parseServerEvent(data);
    if (!result.ok) {
      this.listeners.emit('drop', result);
      return;
    }
    this.listeners.emit('event', result.event);
    if (result.corrected) {
      this.listeners.emit('drop', { ok: false, reason: 'out-of-range', detail: result.corrected });
    }
  }
}
