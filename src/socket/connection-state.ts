/** Why the socket is not connected, in terms the streamer can act on. */
export type DisconnectReason =
  /** The server closed an open connection (restart, deploy, network blip). */
  | 'closed'
  /** Several attempts in a row closed before opening: bad token, no access, or server down. */
  | 'unreachable'
  /** The connection stopped answering the liveness probe. */
  | 'no-answer';

/** The connection as an explicit state machine, one phase at a time. */
export type ConnectionState =
  | { phase: 'idle' }
  | { phase: 'connecting'; attempt: number }
  | { phase: 'connected'; since: number }
  | { phase: 'waiting'; attempt: number; retryAt: number; reason: DisconnectReason }
  | { phase: 'offline' };
