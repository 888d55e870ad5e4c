import type { ServerEvent } from '../protocol/events';
import type { ClientCommand } from '../protocol/wire';
import type { UnreadFrame } from './chat-socket';
import type { ConnectionState } from '../protocol/connection-state';

/** What the page tells the socket worker. */
export type ToSocketWorker =
  | { type: 'open'; url: string; maxRefusals: number | null }
  | { type: 'send'; command: ClientCommand }
  | { type: 'retry' }
  | { type: 'offline'; offline: boolean }
  | { type: 'close' };

/** What the socket worker tells the page, in the order it happened. */
export type FromSocketWorker =
  | { type: 'batch'; events: ServerEvent[]; drops: UnreadFrame[] }
  | { type: 'state'; state: ConnectionState }
  | { type: 'unsent'; command: ClientCommand };
