import { useEffect, useMemo, useState } from 'react';
import { createStreamSession, type StreamSession } from '../session/stream-session';

interface Held {
  session: StreamSession;
  stop?: () => void;
}

/**
 * One stream session per stream of the deck, shared by every column that shows it: made when a
 * stream first appears, kept while any column shows it, stopped when none does or the deck goes.
 */
export function useDeckSessions(
  server: string,
  token: string,
  streams: readonly number[],
  historyLimit: number,
): ReadonlyMap<number, StreamSession> {
  const [held] = useState(() => new Map<number, Held>());
  const key = streams.join(',');
  const sessions = useMemo(() => {
    const current = new Map<number, StreamSession>();
    for (const id of key.split(',').map(Number)) {
      let entry = held.get(id);
      if (!entry) {
        entry = {
          session: createStreamSession(
            { server, streamId: id, token },
            { historyLimit, keepChat: true },
          ),
        };
        held.set(id, entry);
      }
      current.set(id, entry.session);
    }
    return current;
  }, [held, key, server, token, historyLimit]);

  useEffect(() => {
    for (const [id, entry] of held) {
      if (!sessions.has(id)) {
        entry.stop?.();
        held.delete(id);
      } else if (!entry.stop) {
        entry.stop = entry.session.start({ window });
      }
    }
  }, [held, sessions]);

  useEffect(
    () => () => {
      for (const entry of held.values()) {
        entry.stop?.();
        delete entry.stop;
      }
    },
    [held],
  );
  return sessions;
}
