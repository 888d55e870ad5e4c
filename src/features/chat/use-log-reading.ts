import { useEffect, useMemo, useRef } from 'react';
import type { Account } from '../../protocol/events';
import type { HistoryLine } from '../../store/slices/history';
import { useStreamStore } from '../../store/stream-context';
import { hasRegexEntry, useRegexEngine, type LineFilter, type ReadingSettings } from '../reading';
import { sharedReadingView, sharedRules } from './shared-reading';

export interface LogReadingInput {
  reading: ReadingSettings;
  accounts: readonly Account[];
  messages: readonly HistoryLine[];
  widget: boolean;
  hideIrc: boolean;
  hidePm: boolean;
  filter: LineFilter | undefined;
  showHidden: boolean;
}

/**
 * What the log shows of the stream's lines under the reading settings: the rules (highlights,
 * hidden users and words), the view (folded repeats, hidden lines, the filter), and the chime
 * on a new highlight where the streamer asked for sound.
 */
export function useLogReading({
  reading,
  accounts,
  messages,
  widget,
  hideIrc,
  hidePm,
  filter,
  showHidden,
}: LogReadingInput) {
  const store = useStreamStore();
  // The rules change with the settings or the stream's own names, not with every status; the
  // rules and the view are the stream's, shared by every log that shows it the same way.
  const ownNames = accounts.map((account) => `${account.network.name}:${account.name}`).join();
  const rulesAccounts = useRef(accounts);
  // eslint-disable-next-line react-hooks/refs -- the latest value for callbacks and effects, written each render (idempotent)
  rulesAccounts.current = accounts;
  // A `/regex/` word runs in the pattern engine, loaded (once) when one is listed.
  const engineReady = useRegexEngine(
    hasRegexEntry(reading.highlightWords) || hasRegexEntry(reading.hiddenWords),
  );
  const rules = useMemo(
    // eslint-disable-next-line react-hooks/refs -- read when the rules are made, as their memo's inputs say
    () => sharedRules(store, reading, rulesAccounts.current, ownNames),
    // ownNames stands for the accounts; the reading settings' rule fields are listed one by one.
    // eslint-disable-next-line react-hooks/exhaustive-deps -- as said above
    [
      store,
      reading.highlightWords,
      reading.highlightUsers,
      reading.highlightFirst,
      reading.hiddenWords,
      reading.hiddenUsers,
      reading.hideBotCommands,
      ownNames,
      engineReady,
    ],
  );
  const foldRepeats =
    reading.foldRepeats === 'everywhere' || (reading.foldRepeats === 'widgets' && widget);
  const builder = useMemo(
    () =>
      sharedReadingView(rules, {
        foldRepeats,
        showHidden: showHidden && !widget,
        hideIrc,
        hidePm,
        filter,
      }),
    [rules, foldRepeats, showHidden, widget, hideIrc, hidePm, filter],
  );
  const reader = useMemo(() => builder.update(messages), [builder, messages]);

  useEffect(() => {
    // The chime loads the first time it is needed (sound is off unless the streamer asks).
    if (!widget && reading.sound && reader.newHighlights > 0) {
      void import('./highlight-tone').then(({ playHighlightTone }) => playHighlightTone());
    }
  }, [reader, widget, reading.sound]);

  return { rules, builder, reader };
}
