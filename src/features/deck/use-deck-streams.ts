import { useMemo } from 'react';
import { useStreamSessions } from '../../session/use-stream-sessions';
import type { StreamSession } from '../../session/stream-session';
import { useSessionSettings } from '../reading';

/** One session per stream of the deck, shared by every column that shows it. */
export function useDeckStreams(
  server: string,
  token: string,
  streams: readonly number[],
  historyLimit: number,
): ReadonlyMap<number, StreamSession> {
  const addresses = useMemo(
    () => streams.map((streamId) => ({ server, streamId, token })),
    [server, token, streams],
  );
  const settings = useSessionSettings();
  const sessions = useStreamSessions(addresses, { historyLimit, keepChat: true, settings });
  return useMemo(
    () => new Map(sessions.map((session) => [session.address.streamId, session])),
    [sessions],
  );
}
