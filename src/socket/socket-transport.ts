import type { ClientCommand } from '../protocol/wire';
import type { WebSocketFactory, WebSocketLike } from './chat-socket';

const OPEN = 1;

/** What a transport tells its owner about the socket it holds (never about one it let go). */
export interface TransportEvents {
  opened(): void;
  frame(data: unknown): void;
  /** The socket closed by itself; `beforeOpen`: it never opened. */
  closed(beforeOpen: boolean): void;
}

/**
 * One WebSocket at a time: opens it, sends on it, closes it. Events of a socket it has let go
 * (closed, or replaced) are ignored. What to do about them is the connection policy's.
 */
export class SocketTransport {
  private socket: WebSocketLike | null = null;

  constructor(
    private readonly url: string,
    private readonly create: WebSocketFactory,
    private readonly events: TransportEvents,
  ) {}

  /** A socket is open or opening. */
  get active(): boolean {
    return this.socket !== null;
  }

  /** Opens a new socket; false when the browser refuses to make one. */
  open(): boolean {
    let socket: WebSocketLike;
    try {
      socket = this.create(this.url);
    } catch {
      return false;
    }
    this.socket = socket;
    let opened = false;
    socket.onopen = () => {
      if (socket !== this.socket) return;
      opened = true;
      this.events.opened();
    };
    socket.onmessage = (message) => {
      if (socket === this.socket) this.events.frame(message.data);
    };
    // Browsers follow an error with a close; the close decides what happens next.
    socket.onerror = () => undefined;
    socket.onclose = () => {
      if (socket !== this.socket) return;
      this.socket = null;
      this.events.closed(!opened);
    };
    return true;
  }

  /** Sends one command on an open socket; false when there is none or it refuses. */
  send(command: ClientCommand): boolean {
    if (!this.socket || this.socket.readyState !== OPEN) return false;
    try {
      this.socket.send(JSON.stringify(command));
      return true;
    } catch {
      return false;
    }
  }

  /** Sends without asking (`status` on open, the liveness probe): a closing socket's close
   * handler takes over when it fails. */
  post(command: ClientCommand): void {
    try {
      this.socket?.send(JSON.stringify(command));
    } catch {
      // A send on a closing socket fails; its close handler reconnects.
    }
  }

  /** Lets the socket go and closes it; its later events are ignored. Safe twice. */
  close(): void {
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
}
