import type { ReadingSettings, LineFilter } from '../reading';
import type { Account } from '../../protocol/events';
import {
  compileReadingRules,
  type ReadingRules,
  regexEngine,
  ReadingViewBuilder,
  type ReadingViewOptions,
} from '../reading';
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

const filterIds = new WeakMap<LineFilter, number>();
let filters = 0;
const views = new WeakMap<ReadingRules, Map<string, ReadingViewBuilder>>();

/** The view of a stream's lines under its rules (from sharedRules) and these options. */
export function sharedReadingView(
  rules: ReadingRules,
  options: ReadingViewOptions,
): ReadingViewBuilder {
  const { foldRepeats, showHidden, hideIrc, hidePm, filter } = options;
  let id = 0;
  if (filter) {
    id = filterIds.get(filter) ?? ++filters;
    filterIds.set(filter, id);
  }
  const key = `${foldRepeats} ${showHidden} ${!!hideIrc} ${!!hidePm} ${id}`;
  let byKey = views.get(rules);
  if (!byKey) views.set(rules, (byKey = new Map()));
  let view = byKey.get(key);
  if (!view) byKey.set(key, (view = new ReadingViewBuilder(rules, options)));
  return view;
}
