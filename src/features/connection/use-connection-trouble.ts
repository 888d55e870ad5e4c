import { useNow } from '../../components/ui/use-now';
import { useStream } from '../../store/stream-context';
import { connectionLabel } from './connection-label';

/**
 * Why this stream is not connected, in the Connection status's words, counting down while it
 * waits; null while connected, connecting, or not started.
 */
export function useConnectionTrouble({ brief = false }: { brief?: boolean } = {}): string | null {
  const connection = useStream((state) => state.connection);
  const now = useNow(connection.phase === 'waiting', 500);
  if (connection.phase === 'connected' || connection.phase === 'connecting') return null;
  if (connection.phase === 'idle') return null;
  return connectionLabel(connection, now, { brief }).text;
}
