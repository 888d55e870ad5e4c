import { createContext, useContext, type ReactNode } from 'react';
import { useStore } from 'zustand';
import type { StreamState, StreamStore } from './stream-store';

const StreamStoreContext = createContext<StreamStore | null>(null);

/** Gives the panels below it one stream's store. */
export function StreamStoreProvider({
  store,
  children,
}: {
  store: StreamStore;
  children: ReactNode;
}) {
  return <StreamStoreContext.Provider value={store}>{children}</StreamStoreContext.Provider>;
}

/** The store of the stream this component is inside of. */
export function useStreamStore(): StreamStore {
  const store = useContext(StreamStoreContext);
  if (!store) throw new Error('useStream is used outside a StreamProvider');
  return store;
}

/** Reads this stream's store through a selector (select single fields; derive with useShallow). */
export function useStream<T>(selector: (state: StreamState) => T): T {
  return useStore(useStreamStore(), selector);
}
