import { useCallback, useSyncExternalStore } from 'react';

/** Below this width panels fold to one line each and the deck shows one column at a time. */
export const NARROW_QUERY = '(max-width: 767px)';

const matches = (query: string) =>
  typeof window.matchMedia === 'function' && window.matchMedia(query).matches;

/** Whether the window matches a media query now, following it as it changes. */
export function useMediaQuery(query: string): boolean {
  const subscribe = useCallback(
    (changed: () => void) => {
      if (typeof window.matchMedia !== 'function') return () => undefined;
      const list = window.matchMedia(query);
      list.addEventListener('change', changed);
      return () => list.removeEventListener('change', changed);
    },
    [query],
  );
  return useSyncExternalStore(subscribe, () => matches(query));
}
