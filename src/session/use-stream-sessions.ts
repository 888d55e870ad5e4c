import { useEffect, useMemo, useRef, useState } from 'react';
import {
  createStreamSession,
  type SessionOptions,
  type SessionSettings,
  type StreamAddress,
  type StreamSession,
} from './stream-session';

export interface StreamSessionsOptions extends Pick<
  SessionOptions,
  'retryForever' | 'historyLimit' | 'keepChat'
> {
  /** The reading settings' values the sessions use; each gets them again when they change. */
  settings?: SessionSettings;
}

const keyOf = (
  { server, streamId, token }: StreamAddress,
  { retryForever, historyLimit, keepChat }: StreamSessionsOptions,
) => JSON.stringify([server, streamId, token, retryForever, historyLimit, keepChat]);

/**
 * One session per address (the dashboard's one, a widget's one, the deck's columns), in the
 * addresses' order: made when an address first appears (which opens nothing), started after
 * the component mounts, kept running while its address stays, stopped when it goes or the
 * component unmounts. Safe under StrictMode's start, stop, start: each start is undone by its
 * stop, and the session started again is the same one.
 */
export function useStreamSessions(
  addresses: readonly StreamAddress[],
  { settings, ...options }: StreamSessionsOptions = {},
): readonly StreamSession[] {
  const [made] = useState(() => new Map<string, StreamSession>());
  const [running] = useState(() => new Map<StreamSession, () => void>());
  const latest = useRef(settings);
  useEffect(() => {
    latest.current = settings;
    if (settings) for (const session of running.keys()) session.applySettings(settings);
  }, [running, settings]);

  const { retryForever, historyLimit, keepChat } = options;
  const keys = addresses.map((address) => keyOf(address, options)).join('\n');
  // Made again only when an address or an option changes (`keys` stands for them), not on
  // each render.
  const sessions = useMemo(
    () =>
      addresses.map((address) => {
        const key = keyOf(address, { retryForever, historyLimit, keepChat });
        let session = made.get(key);
        if (!session) {
          session = createStreamSession(address, { retryForever, historyLimit, keepChat });
          made.set(key, session);
        }
        return session;
      }),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- `keys` stands for the addresses and options
    [made, keys],
  );

  useEffect(() => {
    const current = new Set(sessions);
    for (const [key, session] of made) if (!current.has(session)) made.delete(key);
    for (const [session, stop] of running) {
      if (current.has(session)) continue;
      stop();
      running.delete(session);
    }
    for (const session of sessions) {
      if (!running.has(session)) {
        running.set(session, session.start({ window, settings: latest.current }));
      }
    }
  }, [made, running, sessions]);

  useEffect(
    () => () => {
      for (const stop of running.values()) stop();
      running.clear();
    },
    [running],
  );
  return sessions;
}
