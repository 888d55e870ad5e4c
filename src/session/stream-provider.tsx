import { createContext, useContext, type ReactNode } from 'react';
import { StreamStoreProvider } from '../store/stream-context';
import type { StreamActions, StreamSession } from './stream-session';

const SessionContext = createContext<StreamSession | null>(null);

/** One stream for the panels below it: its store to read, its actions to call. */
export function StreamProvider({
  session,
  children,
}: {
  session: StreamSession;
  children: ReactNode;
}) {
  return (
    <StreamStoreProvider store={session.store}>
      <SessionContext value={session}>{children}</SessionContext>
    </StreamStoreProvider>
  );
}

/** The stream session of the panels below a StreamProvider (its poll, for one). */
export function useCurrentSession(): StreamSession {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useCurrentSession is used outside a StreamProvider');
  return session;
}

/** What this stream's panels may do: send, choose accounts, discard, retry. */
export function useStreamActions(): StreamActions {
  return useCurrentSession().actions;
}
