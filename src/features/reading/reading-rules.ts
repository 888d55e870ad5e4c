import type { ReadingSettings } from './reading-settings';
import type { Account } from '../../protocol/events';
import type { HistoryLine } from '../../store/slices/history';
import { compileUsers, compileWords, type UserList, type WordPattern } from './word-pattern';

/** Why a line stands out, in the order they are listed in `data-highlight`. */
export type HighlightReason = 'mention' | 'keyword' | 'user' | 'first';

export interface LineReading {
  /** Empty when the line is not highlighted. */
  reasons: readonly HighlightReason[];
  hidden: boolean;
}

/** The streamer's reading settings, compiled once for a stream's accounts. */
export interface ReadingRules {
  read(line: HistoryLine): LineReading;
  highlightWords: WordPattern;
  hiddenWords: WordPattern;
}

/** A line nothing singles out. */
export const PLAIN_READING: LineReading = { reasons: [], hidden: false };
const PLAIN = PLAIN_READING;

/** Lines that start with `!` are bot commands (`!discord`, `!uptime`). */
export function isBotCommand(text: string): boolean {
  return text.trimStart().startsWith('!');
}

/** The stream's own names, by network: lines from them are the streamer's own. */
function ownNames(accounts: readonly Account[]): Set<string> {
  const names = new Set<string>();
  for (const account of accounts) {
    names.add(`${account.network.name}:${account.name.toLowerCase()}`);
  }
  return names;
}

/** Whether a line was written by one of the stream's accounts (never a "via API" line). */
export function isOwnLine(line: HistoryLine, own: ReadonlySet<string>): boolean {
  return !line.viaApi && own.has(`${line.network}:${line.from.name.toLowerCase()}`);
}

export function compileReadingRules(
  settings: Pick<
    ReadingSettings,
    | 'highlightWords'
    | 'highlightUsers'
    | 'highlightFirst'
    | 'hiddenWords'
    | 'hiddenUsers'
    | 'hideBotCommands'
  >,
  accounts: readonly Account[],
): ReadingRules {
  const mentions: WordPattern = compileWords(
    [...new Set(accounts.map((account) => account.name.trim()).filter(Boolean))],
    { plain: true },
  );
  const highlightWords = compileWords(settings.highlightWords);
  const hiddenWords = compileWords(settings.hiddenWords);
  const highlightUsers: UserList = compileUsers(settings.highlightUsers);
  const hiddenUsers: UserList = compileUsers(settings.hiddenUsers);
  const own = ownNames(accounts);
  const { highlightFirst, hideBotCommands } = settings;
  const cache = new WeakMap<HistoryLine, LineReading>();

  const read = (line: HistoryLine): LineReading => {
    const { network, text } = line;
    const name = line.from.name;
    if (
      hiddenUsers.has(network, name) ||
      (hideBotCommands && isBotCommand(text)) ||
      hiddenWords.test(text)
    ) {
      return { reasons: [], hidden: true };
    }
    if (isOwnLine(line, own)) return PLAIN;
    const reasons: HighlightReason[] = [];
    if (mentions.test(text)) reasons.push('mention');
    if (highlightWords.test(text)) reasons.push('keyword');
    if (highlightUsers.has(network, name)) reasons.push('user');
    if (highlightFirst && line.firstTime) reasons.push('first');
    return reasons.length === 0 ? PLAIN : { reasons, hidden: false };
  };
  return {
    read: (line) => {
      let reading = cache.get(line);
      if (!reading) {
        reading = read(line);
        cache.set(line, reading);
      }
      return reading;
    },
    highlightWords,
    hiddenWords,
  };
}
