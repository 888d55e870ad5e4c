/** The connection as the streamer sees it: status, trouble, the stream's live state. */
export { refusedAdvice } from './connection-label';
export { ConnectionNote } from './connection-note';
export { ConnectionDetail, ConnectionStatus } from './connection-status';
export { LiveBadge } from './live-badge';
