/** Why the socket is not connected, in terms the streamer can act on. */
export type DisconnectReason =
  /** The server closed an open connection (restart, deploy, network blip). */
  | 'closed'
  /** The handshake failed; whether the server is up is being checked. */
  | 'not-open'
  /** The server answers, but refused the WebSocket: wrong token, or not your stream. */
  | 'refused'
  /** Nothing answers at the server's address. */
  | 'unreachable'
  /** The connection stopped answering the liveness probe. */
  | 'no-answer';

/** The connection as an explicit state machine, one phase at a time. */
export type ConnectionState =
  | { phase: 'idle' }
  | { phase: 'connecting'; attempt: number }
  | { phase: 'connected'; since: number }
  | {
      phase: 'waiting';
      attempt: number;
      retryAt: number;
      reason: DisconnectReason;
      /** The server's host, for "Cannot reach HOST". */
      host?: string;
      /** Refusals in a row so far. */
      refusals?: number;
    }
  | { phase: 'offline' }
  /** Refused too many times in a row: no more retries until the user acts. */
  | { phase: 'refused'; refusals: number };
