import { Suspense, lazy, useMemo } from 'react';
import { useReadingSettings, useReadingSettingsStore } from '../reading';
import { useStreamStore } from '../../store/stream-context';
import type { HistoryLine } from '../../store/slices/history';

/** Words that are emotes in a line (never read aloud), if the page knows any. */
export type LineWords = (line: HistoryLine) => { has(word: string): boolean } | undefined;
/** What the page hides besides Settings: its `hide_pm` and `hide_irc`. */
export interface VoiceView {
  hidePm: boolean;
  hideIrc: boolean;
}

// Loaded once Settings turn reading aloud or notifications on.
const VoiceRuntime = lazy(() => import('./voice-runtime'));

/**
 * Read chat aloud and notify when hidden, as Settings say: nothing loads while both are off.
 * Renders `button` "Stop reading" while a line is read (place it in the header).
 */
export function VoiceAndNotice({ hidePm, hideIrc, wordsOf }: VoiceView & { wordsOf: LineWords }) {
  const read = useReadingSettings((state) => state.settings.readAloud);
  const notify = useReadingSettings((state) => state.settings.notifyHidden);
  const store = useStreamStore();
  const readingSettings = useReadingSettingsStore();
  const view = useMemo(() => ({ hidePm, hideIrc }), [hidePm, hideIrc]);
  if (!read && !notify) return null;
  return (
    <Suspense fallback={null}>
      <VoiceRuntime
        read={read}
        notify={notify}
        store={store}
        settings={readingSettings.store}
        view={view}
        wordsOf={wordsOf}
      />
    </Suspense>
  );
}
