import { useCallback } from 'react';
import type { HistoryLine } from '../../store/slices/history';
import { useFeaturedStore } from './featured-context';
import { featuredLine } from './featured-store';

/**
 * What a line's Feature button does: shows the line on stream now, or (`queue`: Ctrl/Cmd)
 * adds it to the queue. Null where nothing is featured (outside a FeaturedProvider).
 */
export function useFeatureLine():
  ((line: HistoryLine, options: { networkName: string; queue: boolean }) => void) | null {
  const store = useFeaturedStore();
  const feature = useCallback(
    (line: HistoryLine, { networkName, queue }: { networkName: string; queue: boolean }) => {
      if (!store) return;
      const featured = featuredLine(line, { networkName });
      if (queue) store.getState().enqueue(featured);
      else store.getState().feature(featured);
    },
    [store],
  );
  return store ? feature : null;
}
