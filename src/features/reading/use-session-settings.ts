import { useMemo } from 'react';
import type { SessionSettings } from '../../session/stream-session';
import { useReadingSettings } from './reading-settings-context';

/** What of the reading settings a stream session uses, as values (the same object until one
 * of them changes). */
export function useSessionSettings(): SessionSettings {
  const days = useReadingSettings((state) => state.settings.keepDays);
  const lines = useReadingSettings((state) => state.settings.keepLines);
  const learnMinutes = useReadingSettings((state) => state.settings.learnMinutes);
  const autoReplies = useReadingSettings((state) => state.settings.autoReplies);
  const timedMessages = useReadingSettings((state) => state.settings.timedMessages);
  return useMemo(
    () => ({ keepBounds: { days, lines }, learnMinutes, bot: { autoReplies, timedMessages } }),
    [days, lines, learnMinutes, autoReplies, timedMessages],
  );
}
