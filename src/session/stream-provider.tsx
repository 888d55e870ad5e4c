import { createContext, useContext, type ReactNode } from 'react';
import { StreamStoreProvider } from '../store/stream-context';
import type { StreamActions, StreamSession } from './stream-session';

const ActionsContext = createContext<StreamActions | null>(null);

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
      <ActionsContext.Provider value={session.actions}>{children}</ActionsContext.Provider>
    </StreamStoreProvider>
  );
}

/** What this stream's panels may do: send, choose accounts, discard, retry. */
export function useStreamActions(): StreamActions {
  const actions = useContext(ActionsContext);
  if (!actions) throw new Error('useStreamActions is used outside a StreamProvider');
  return actions;
}
