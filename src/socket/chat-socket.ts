import type { ServerEvent } from '../protocol/events';
import type { ClientCommand } from '../protocol/wire';
import { parseServerEvent, type ParseResult } from '../protocol/parse';
import type { ConnectionState, DisconnectReason } from '../protocol/connection-state';
import { ConnectionListeners } from './connection-listeners';
import type { Batch } from './event-batcher';
import { serverAnswers } from './reachability';
import {
  LIVENESS_PROBE_AFTER_MS,
  LIVENESS_TIMEOUT_MS,
  UNREACHABLE_AFTER_ATTEMPTS,
  nextDelay,
} from './reconnect-policy';

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

const OPEN = 1;

/** Refusals in a row after which a dashboard stops retrying and asks for the token again. */
export const MAX_REFUSALS = 3;

function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
}

/**
 * Owns one multistreamer WebSocket: connects, sends `status` on every open, reconnects with
 * backoff, probes liveness, and reports state and parsed events to its listeners.
 * It knows nothing of React or the store.
 */
export class ChatSocket implements ChatConnection {
  private readonly options: Required<ChatSocketOptions>;
  private readonly listeners = new ConnectionListeners();
  private socket: WebSocketLike | null = null;
  private state: ConnectionState = { phase: 'idle' };
  private attempt = 0;
  private closedBeforeOpen = 0;
  private offline = false;
  private disposed = false;
  private retryTimer: ReturnType<typeof setTimeout> | undefined;
  private probeTimer: ReturnType<typeof setTimeout> | undefined;
  private probeDeadline: ReturnType<typeof setTimeout> | undefined;
  private lastFrameAt = 0;
  private starting = false;
  private refusals = 0;
  private reachCheck = 0;

  constructor(options: ChatSocketOptions) {
    this.options = {
      createWebSocket: (url) => new WebSocket(url) as unknown as WebSocketLike,
      delayFor: (attempt) => nextDelay(attempt),
      probeAfterMs: LIVENESS_PROBE_AFTER_MS,
      probeTimeoutMs: LIVENESS_TIMEOUT_MS,
      now: () => Date.now(),
      reachable: typeof fetch === 'function' ? () => serverAnswers(options.url) : null,
      maxRefusals: MAX_REFUSALS,
      ...options,
    };
  }

  /** Subscribes to `state`, `event` or `drop`; returns the unsubscribe function. */
  on<K extends keyof Listeners>(kind: K, listener: Listeners[K]): () => void {
    return this.listeners.on(kind, listener);
  }

  get connectionState(): ConnectionState {
    return this.state;
  }

  /** Opens the first connection. */
  start(): void {
    if (this.disposed || this.socket || this.retryTimer || this.starting) return;
    // Opened a moment later, so that a socket disposed in the same task (React's development
    // double mount) never creates a WebSocket the browser would warn about closing early.
    this.starting = true;
    queueMicrotask(() => {
      this.starting = false;
      if (!this.disposed && !this.socket && !this.retryTimer) this.open();
    });
  }

  /** Sends one command; false when the socket is not open. */
  send(command: ClientCommand): boolean {
    if (!this.socket || this.socket.readyState !== OPEN || this.state.phase !== 'connected') {
      return false;
    }
    try {
      this.socket.send(JSON.stringify(command));
      return true;
    } catch {
      return false;
    }
  }

  /** Skips the wait and connects now (network back, tab visible again, user asked). */
  retryNow(): void {
    if (this.disposed || this.offline) return;
    if (this.state.phase !== 'waiting' && this.state.phase !== 'refused') return;
    clearTimeout(this.retryTimer);
    this.retryTimer = undefined;
    this.reachCheck += 1;
    this.open();
  }

  /** The browser lost or regained the network: pause retries while offline. */
  setOffline(offline: boolean): void {
    if (this.disposed || offline === this.offline) return;
    this.offline = offline;
    if (offline) {
      clearTimeout(this.retryTimer);
      this.retryTimer = undefined;
      if (this.state.phase !== 'connected') {
        this.teardownSocket();
        this.setState({ phase: 'offline' });
      }
      return;
    }
    if (this.state.phase === 'offline') this.open();
  }

  /** Closes for good. Safe to call more than once; later events are ignored. */
  close(): void {
    if (this.disposed) return;
    this.disposed = true;
    clearTimeout(this.retryTimer);
    this.stopProbe();
    this.teardownSocket();
    this.setState({ phase: 'idle' });
    this.listeners.clear();
  }

  private open(): void {
    this.attempt += 1;
    this.setState({ phase: 'connecting', attempt: this.attempt });
    let socket: WebSocketLike;
    try {
      socket = this.options.createWebSocket(this.options.url);
    } catch {
      this.scheduleRetry(true);
      return;
    }
    this.socket = socket;
    let opened = false;
    socket.onopen = () => {
      if (socket !== this.socket) return;
      opened = true;
      this.attempt = 0;
      this.closedBeforeOpen = 0;
      this.refusals = 0;
      this.setState({ phase: 'connected', since: this.options.now() });
      this.sendRaw({ type: 'status' });
      this.armProbe();
    };
    socket.onmessage = (message) => {
      if (socket !== this.socket) return;
      this.heard();
      const result = parseServerEvent(message.data);
      if (!result.ok) {
        this.emit('drop', result);
        return;
      }
      this.emit('event', result.event);
      if (result.corrected) {
        this.emit('drop', { ok: false, reason: 'out-of-range', detail: result.corrected });
      }
    };
    // Browsers follow an error with a close; the close decides what happens next.
    socket.onerror = () => undefined;
    socket.onclose = () => {
      if (socket !== this.socket) return;
      this.socket = null;
      this.stopProbe();
      this.scheduleRetry(!opened);
    };
  }

  private scheduleRetry(failedBeforeOpen: boolean, reason?: DisconnectReason): void {
    if (this.disposed) return;
    if (failedBeforeOpen) this.closedBeforeOpen += 1;
    if (this.offline) {
      this.setState({ phase: 'offline' });
      return;
    }
    const attempt = Math.max(1, this.attempt);
    const retryAt = this.options.now() + this.options.delayFor(attempt);
    const { reachable } = this.options;
    if (failedBeforeOpen && reachable) {
      // The retry waits for the verdict, so every failed handshake is counted.
      const check = ++this.reachCheck;
      this.setState({ phase: 'waiting', attempt, retryAt, reason: 'not-open' });
      void reachable().then(
        (answers) => this.classify(check, answers, attempt, retryAt),
        () => this.classify(check, false, attempt, retryAt),
      );
      return;
    }
    const why: DisconnectReason =
      reason ?? (this.closedBeforeOpen >= UNREACHABLE_AFTER_ATTEMPTS ? 'unreachable' : 'closed');
    this.waitThenOpen(attempt, retryAt, why);
  }

  /** A failed handshake, explained: refused by a server that answers, or nothing there. */
  private classify(check: number, answers: boolean, attempt: number, retryAt: number): void {
    if (this.disposed || check !== this.reachCheck || this.state.phase !== 'waiting') return;
    if (!answers) {
      this.refusals = 0;
      this.waitThenOpen(attempt, retryAt, 'unreachable');
      return;
    }
    this.refusals += 1;
    const max = this.options.maxRefusals;
    if (max !== null && this.refusals >= max) {
      this.setState({ phase: 'refused', refusals: this.refusals });
      return;
    }
    this.waitThenOpen(attempt, retryAt, 'refused');
  }

  private waitThenOpen(attempt: number, retryAt: number, reason: DisconnectReason): void {
    const state: ConnectionState = { phase: 'waiting', attempt, retryAt, reason };
    if (reason === 'unreachable') state.host = hostOf(this.options.url);
    if (reason === 'refused') state.refusals = this.refusals;
    this.setState(state);
    clearTimeout(this.retryTimer);
    this.retryTimer = setTimeout(
      () => {
        this.retryTimer = undefined;
        this.open();
      },
      Math.max(0, retryAt - this.options.now()),
    );
  }

  /**
   * A frame arrived: the connection is alive. Only a timestamp per frame (a flood brings
   * hundreds a second); the probe timer checks it when it fires.
   */
  private heard(): void {
    this.lastFrameAt = this.options.now();
    if (this.probeDeadline !== undefined) this.armProbe();
  }

  private armProbe(): void {
    this.stopProbe();
    this.lastFrameAt = this.options.now();
    this.probeTimer = setTimeout(() => this.probeIfSilent(), this.options.probeAfterMs);
  }

  private probeIfSilent(): void {
    const silentFor = this.options.now() - this.lastFrameAt;
    if (silentFor < this.options.probeAfterMs) {
      this.probeTimer = setTimeout(
        () => this.probeIfSilent(),
        this.options.probeAfterMs - silentFor,
      );
      return;
    }
    this.probeTimer = undefined;
    this.sendRaw({ type: 'status' });
    this.probeDeadline = setTimeout(() => this.reconnectDead(), this.options.probeTimeoutMs);
  }

  private stopProbe(): void {
    clearTimeout(this.probeTimer);
    clearTimeout(this.probeDeadline);
    this.probeTimer = undefined;
    this.probeDeadline = undefined;
  }

  private reconnectDead(): void {
    this.teardownSocket();
    this.stopProbe();
    this.scheduleRetry(false, 'no-answer');
  }

  private teardownSocket(): void {
    const socket = this.socket;
    this.socket = null;
    if (!socket) return;
    socket.onopen = socket.onmessage = socket.onclose = null;
    // Closing a connecting socket can still report an error; it must land somewhere.
    socket.onerror = () => undefined;
    try {
      socket.close(1000, 'closing');
    } catch {
      // Closing a socket that never opened may throw; it is gone either way.
    }
  }

  private sendRaw(command: ClientCommand): void {
    try {
      this.socket?.send(JSON.stringify(command));
    } catch {
      // A send on a closing socket fails; its close handler reconnects.
    }
  }

  private setState(next: ConnectionState): void {
    this.state = next;
    this.emit('state', next);
  }

  private emit<K extends keyof Listeners>(kind: K, value: Parameters<Listeners[K]>[0]): void {
    this.listeners.emit(kind, value);
  }
}
