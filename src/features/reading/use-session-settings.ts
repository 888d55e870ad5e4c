import { useMemo } from 'react';
import type { SessionSettings } from '../../session/stream-session';
import { useReadingSettings } from './reading-settings-context';

/** What of the reading settings a stream session uses, as values (the same object until one
 * of them changes). */
export function useSessionSettings(): SessionSettings {
  const days = useReadingSettings((state) => state.settings.keepDays);
  const lines = useReadingSettings((state) => state.settings.keepLines);
  const learnMinutes = useReadingSettings((state) => state.settings.learnMinutes);
  return useMemo(
    () => ({ keepBounds: { days, lines }, learnMinutes }),
    [days, lines, learnMinutes],
  );
}
