import { t } from '@lingui/core/macro';
import type { ConnectionState } from '../../protocol/connection-state';

export type ConnectionTone = 'ok' | 'busy' | 'warn' | 'error' | 'idle';

/** What to do about a refusal, in the streamer's words (in the interface's language). */
export function refusedAdvice(): string {
  return t`Refused by the server: check the token, and that the stream is yours or shared with you`;
}

/** The same, short enough for one line of a narrow widget. */
const refusedBrief = () => t`Refused by the server: check the token`;

/** The words the Connection status says, and its colour; `brief` for a widget's one line. */
export function connectionLabel(
  connection: ConnectionState,
  now: number,
  { brief = false }: { brief?: boolean } = {},
): { text: string; tone: ConnectionTone } {
  const refused = brief ? refusedBrief() : refusedAdvice();
  switch (connection.phase) {
    case 'idle':
      return { text: t`Not connected`, tone: 'idle' };
    case 'connecting':
      return { text: t`Connecting`, tone: 'busy' };
    case 'connected':
      return { text: t`Connected`, tone: 'ok' };
    case 'offline':
      return { text: t`Offline: waiting for the network to come back`, tone: 'error' };
    case 'refused':
      return { text: `${refused}.`, tone: 'error' };
    case 'waiting': {
      const seconds = Math.max(0, Math.ceil((connection.retryAt - now) / 1000));
      switch (connection.reason) {
        case 'refused':
          return { text: t`${refused}. Retrying in ${seconds} s`, tone: 'error' };
        case 'unreachable': {
          const host = connection.host;
          return {
            text: host
              ? t`Cannot reach ${host}: retrying in ${seconds} s`
              : t`Cannot reach the server: retrying in ${seconds} s`,
            tone: 'error',
          };
        }
        case 'not-open':
          return { text: t`Could not connect: checking the server`, tone: 'warn' };
        case 'no-answer':
          return {
            text: t`The server stopped answering. Reconnecting in ${seconds} s`,
            tone: 'warn',
          };
        case 'closed':
          return { text: t`Connection lost. Reconnecting in ${seconds} s`, tone: 'warn' };
      }
    }
  }
}
