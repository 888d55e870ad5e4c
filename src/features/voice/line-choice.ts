import type { ReadWhich, ReadingSettings } from '../reading';
import type { Account } from '../../protocol/events';
import { compileReadingRules, isOwnLine, type ReadingRules } from '../reading';
import type { HistoryLine } from '../../store/slices/history';

/** What decides which new lines are read aloud or notified, for one stream. */
export interface LineContext {
  rules: ReadingRules;
  own: ReadonlySet<string>;
  /** Private messages are neither read nor notified (streamer mode, or `hide_pm`). */
  hidePm: boolean;
  hideIrc: boolean;
}

export function lineContext(
  settings: ReadingSettings,
  accounts: readonly Account[],
  view: { hidePm: boolean; hideIrc: boolean },
): LineContext {
  return {
    rules: compileReadingRules(settings, accounts),
    own: new Set(
      accounts.map((account) => `${account.network.name}:${account.name.toLowerCase()}`),
    ),
    hidePm: view.hidePm || settings.streamerMode,
    hideIrc: view.hideIrc,
  };
}

/** A line the log shows (not hidden by Settings, nor by the page), and not the streamer's own. */
function isShownFromOthers(line: HistoryLine, context: LineContext): boolean {
  if (line.earlier || (line.to && context.hidePm) || (line.network === 'irc' && context.hideIrc)) {
    return false;
  }
  return !isOwnLine(line, context.own) && !context.rules.read(line).hidden;
}

/** Whether a new line is one to read aloud. */
export function isToRead(line: HistoryLine, which: ReadWhich, context: LineContext): boolean {
  if (!isShownFromOthers(line, context)) return false;
  if (which === 'say') return /^\s*!say\s+\S/i.test(line.text);
  if (which === 'highlights') return context.rules.read(line).reasons.length > 0;
  return true;
}

/** Whether a new line deserves a desktop notification: it mentions the streamer or is highlighted. */
export function isToNotify(line: HistoryLine, context: LineContext): boolean {
  if (!isShownFromOthers(line, context)) return false;
  // A first-time chatter alone is no reason to call the streamer back.
  return context.rules.read(line).reasons.some((reason) => reason !== 'first');
}

/**
 * Calls `onNew` with the lines that arrive after it starts (newest last), never the lines kept
 * from before. Returns the function that stops.
 */
export function watchNewLines(
  store: {
    getState(): { messages: readonly HistoryLine[] };
    subscribe(listener: (state: { messages: readonly HistoryLine[] }) => void): () => void;
  },
  onNew: (lines: readonly HistoryLine[]) => void,
): () => void {
  let lastSeq = store.getState().messages.at(-1)?.seq ?? 0;
  let seen = store.getState().messages;
  return store.subscribe((state) => {
    if (state.messages === seen) return;
    seen = state.messages;
    const added: HistoryLine[] = [];
    for (let index = seen.length - 1; index >= 0 && seen[index]!.seq > lastSeq; index--) {
      added.push(seen[index]!);
    }
    if (added.length === 0) return;
    lastSeq = added[0]!.seq;
    onNew(added.reverse().filter((line) => !line.earlier));
  });
}
