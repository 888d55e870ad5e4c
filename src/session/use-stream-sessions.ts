import { useEffect, useMemo } from 'react';
import { createStreamSession, type StreamAddress, type StreamSession } from './stream-session';

/**
 * The stream session for `address`, connected for as long as the component lives: made when the
 * address changes, started after it mounts, stopped when it unmounts.
 */
export function useStreamSession(
  address: StreamAddress | null,
  { retryForever = false, historyLimit }: { retryForever?: boolean; historyLimit?: number } = {},
): StreamSession | null {
  const server = address?.server;
  const streamId = address?.streamId;
  const token = address?.token;
  const session = useMemo(
    () =>
      server === undefined || streamId === undefined || token === undefined
        ? null
        : createStreamSession(
            { server, streamId, token },
            // A dashboard keeps the chat on this device; a widget only shows it.
            { retryForever, historyLimit, keepChat: !retryForever },
          ),
    [server, streamId, token, retryForever, historyLimit],
  );
  useEffect(() => session?.start({ window }), [session]);
  return session;
}
