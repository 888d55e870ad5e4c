/**
 * Reading: which lines show and how (hidden users and words, highlights, folded repeats,
 * bot commands), the search syntax, the device's reading settings and their dialog.
 */
import { lazy } from 'react';

export {
  DEFAULT_READING_SETTINGS,
  splitList,
  type EmoteProviders,
  type FoldRepeats,
  type ReadLinks,
  type ReadWhich,
  type ReadingSettings,
  type Timestamps,
} from './reading-settings';
export {
  createReadingSettingsStore,
  type ReadingSettingsState,
  type ReadingSettingsStore,
} from './reading-settings-store';
export {
  ReadingSettingsProvider,
  useReadingSettings,
  useReadingSettingsStore,
} from './reading-settings-context';
export {
  PLAIN_READING,
  compileReadingRules,
  isOwnLine,
  type HighlightReason,
  type LineReading,
  type ReadingRules,
} from './reading-rules';
export {
  ReadingViewBuilder,
  indexAfter,
  type ReadingView,
  type ReadingViewOptions,
} from './reading-view';
export {
  parseLineFilter,
  parseSearch,
  queryHasRegex,
  MAX_QUERY_CHARS,
  type LineFilter,
} from './line-filter';
export { useSessionSettings } from './use-session-settings';
export { regexEngine, useRegexEngine, loadRegexEngine, type UserRegex } from './regex-engine';
export { checkRegex, compileUsers, compileWords, hasRegexEntry } from './word-pattern';

// Loaded when first opened: the first paint does not wait for them.
export const SearchPanel = lazy(() =>
  import('./search-panel').then((module) => ({ default: module.SearchPanel })),
);

/** The Settings dialog (its tools' groups are given by the page that opens it). */
export const SettingsDialog = lazy(() =>
  import('./settings-dialog').then((module) => ({ default: module.SettingsDialog })),
);
