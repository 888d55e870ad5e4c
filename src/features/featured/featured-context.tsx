import { createContext, useContext, useEffect, useState, type ReactNode } from 'react';
import { useStore } from 'zustand';
import {
  broadcastChannel,
  createFeaturedStore,
  type FeaturedState,
  type FeaturedStore,
} from './featured-store';

const FeaturedContext = createContext<FeaturedStore | null>(null);

/**
 * The page's featured line (dashboards and decks feature lines): its store for everything
 * below, joined to the overlays' channel while mounted (opened and closed here, never at
 * import; StrictMode's mount, unmount, mount leaves one channel open).
 */
export function FeaturedProvider({ children }: { children: ReactNode }) {
  const [store] = useState(() => createFeaturedStore());
  useEffect(() => {
    const channel = broadcastChannel();
    if (!channel) return;
    const disconnect = store.connect(channel);
    return () => {
      disconnect();
      channel.close();
    };
  }, [store]);
  return <FeaturedContext value={store}>{children}</FeaturedContext>;
}

/** The page's featured store; null outside a FeaturedProvider (a widget features nothing). */
export function useFeaturedStore(): FeaturedStore | null {
  return useContext(FeaturedContext);
}

/** A part of what is featured and queued (under a FeaturedProvider). */
export function useFeatured<T>(selector: (state: FeaturedState) => T): T {
  const store = useFeaturedStore();
  if (!store) throw new Error('useFeatured is used outside a FeaturedProvider');
  return useStore(store, selector);
}
