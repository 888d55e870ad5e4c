import type { ReadingSettings } from '../../config/reading-settings';
import type { Account } from '../../protocol/events';
import type { LineFilter } from '../../store/line-filter';
import { compileReadingRules, type ReadingRules } from '../../store/reading-rules';
import { regexEngine } from '../../store/regex-engine';
import { ReadingViewBuilder, type ReadingViewOptions } from '../../store/reading-view';
import type { StreamStore } from '../../store/stream-store';

/**
 * One stream's reading, shared by every log that shows that stream the same way (the columns
 * of a deck): the rules compiled once per stream and settings, and one incremental view per
 * filter and options, so two columns of a stream read each line once.
 */
type RuleSettings = Pick<
  ReadingSettings,
  | 'highlightWords'
  | 'highlightUsers'
  | 'highlightFirst'
  | 'hiddenWords'
  | 'hiddenUsers'
  | 'hideBotCommands'
>;

const rulesOfStore = new WeakMap<StreamStore, { made: readonly unknown[]; rules: ReadingRules }>();

/** The stream's rules for these settings and its own names (`ownNames` stands for them). */
export function sharedRules(
  store: StreamStore,
  settings: RuleSettings,
  accounts: readonly Account[],
  ownNames: string,
): ReadingRules {
  const made = [
    settings.highlightWords,
    settings.highlightUsers,
    settings.highlightFirst,
    settings.hiddenWords,
    settings.hiddenUsers,
    settings.hideBotCommands,
    ownNames,
    // Rules with a `/regex/` are compiled again once the pattern engine is in.
    regexEngine() !== null,
  ];
  const known = rulesOfStore.get(store);
  if (known && known.made.every((value, index) => value === made[index])) return known.rules;
  const rules = compileReadingRules(settings, accounts);
  rulesOfStore.set(store, { made, rules });
  return rules;
}

const NO_FILTER = {};
const views = new WeakMap<
  ReadingRules,
  Map<string, WeakMap<LineFilter | object, ReadingViewBuilder>>
>();

/** The view of a stream's lines under its rules (from sharedRules) and these options. */
export function sharedReadingView(
  rules: ReadingRules,
  options: ReadingViewOptions,
): ReadingViewBuilder {
  const { foldRepeats, showHidden, hideIrc = false, hidePm = false, filter } = options;
  let byOptions = views.get(rules);
  if (!byOptions) {
    byOptions = new Map();
    views.set(rules, byOptions);
  }
  const key = `${foldRepeats} ${showHidden} ${hideIrc} ${hidePm}`;
  let byFilter = byOptions.get(key);
  if (!byFilter) {
    byFilter = new WeakMap();
    byOptions.set(key, byFilter);
  }
  let view = byFilter.get(filter ?? NO_FILTER);
  if (!view) {
    view = new ReadingViewBuilder(rules, { foldRepeats, showHidden, hideIrc, hidePm, filter });
    byFilter.set(filter ?? NO_FILTER, view);
  }
  return view;
}
