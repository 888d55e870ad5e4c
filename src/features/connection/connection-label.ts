import type { ConnectionState } from '../../socket/connection-state';

export type ConnectionTone = 'ok' | 'busy' | 'warn' | 'error' | 'idle';

/** The words the Connection status says, and its colour. */
export function connectionLabel(
  connection: ConnectionState,
  now: number,
): { text: string; tone: ConnectionTone } {
  switch (connection.phase) {
    case 'idle':
      return { text: 'Not connected', tone: 'idle' };
    case 'connecting':
      return { text: 'Connecting', tone: 'busy' };
    case 'connected':
      return { text: 'Connected', tone: 'ok' };
    case 'offline':
      return { text: 'Offline: waiting for the network to come back', tone: 'error' };
    case 'waiting': {
      const seconds = Math.max(0, Math.ceil((connection.retryAt - now) / 1000));
      const countdown = `Reconnecting in ${seconds} s`;
      if (connection.reason === 'unreachable') {
        return {
          text: `Refused or unreachable: check the token, your access to this stream, and the server. ${countdown}`,
          tone: 'error',
        };
      }
      if (connection.reason === 'no-answer') {
        return { text: `The server stopped answering. ${countdown}`, tone: 'warn' };
      }
      return { text: countdown, tone: 'warn' };
    }
  }
}
