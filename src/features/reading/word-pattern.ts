import type { MessageDescriptor } from '@lingui/core';
import { compileUserRegex, isRefusal, type MatchPlace, type UserRegex } from './regex-engine';

/**
 * Word lists typed by the streamer (highlight and hidden words) compiled into one test each:
 * plain entries match as whole words or phrases in any case (the browser's RegExp, on escaped
 * text only, so it never backtracks more than the words are long); `/regex/` entries are
 * regular expressions (case-insensitive) run in the linear-time engine (`regex-engine.ts`),
 * refused when invalid or unsupported, and waiting (not applied) until that engine is loaded.
 */

export interface RefusedEntry {
  entry: string;
  /** Why, drawn in the interface's language. */
  reason: MessageDescriptor;
}

export interface WordPattern {
  /** True when the text holds one of the entries. */
  test(text: string): boolean;
  /** The first match's place in `text`, for marking it; null when none. */
  find(text: string): MatchPlace | null;
  /** Entries that were not taken, with why. */
  refused: RefusedEntry[];
  /** `/regex/` entries not applied yet: the pattern engine is still loading. */
  waiting: string[];
  /** How many entries are in use. */
  size: number;
}

/** A letter, digit or underscore in any script: what a "whole word" may not touch. */
const WORD_CHAR = '[\\p{L}\\p{N}_]';

export function escapeRegex(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

/** `/…/` or `/…/i`: a regular expression entry. */
export function regexBody(entry: string): string | null {
  const match = /^\/(.+)\/i?$/s.exec(entry);
  return match ? match[1]! : null;
}

/** Whether any entry is a `/regex/` (the engine is then needed). */
export function hasRegexEntry(entries: readonly string[]): boolean {
  return entries.some((entry) => regexBody(entry) !== null);
}

/**
 * Compiles one `/regex/` body in the linear-time engine, or says why it is refused; null while
 * the engine is not loaded yet.
 */
export function checkRegex(body: string): UserRegex | MessageDescriptor | null {
  return compileUserRegex(body);
}

const NOTHING: WordPattern = {
  test: () => false,
  find: () => null,
  refused: [],
  waiting: [],
  size: 0,
};

/** One test for a list of entries: plain words in one alternation, regexes each on their own. */
export function compileWords(
  entries: readonly string[],
  { plain = false }: { plain?: boolean } = {},
): WordPattern {
  const words: string[] = [];
  const regexes: UserRegex[] = [];
  const refused: RefusedEntry[] = [];
  const waiting: string[] = [];
  for (const entry of entries) {
    const body = plain ? null : regexBody(entry);
    if (body === null) {
      const word = entry.replace(/^@/, '').trim();
      if (word) words.push(escapeRegex(word).replace(/\s+/g, '\\s+'));
      continue;
    }
    const checked = checkRegex(body);
    if (checked === null) waiting.push(entry);
    else if (isRefusal(checked)) refused.push({ entry, reason: checked });
    else regexes.push(checked);
  }
  let wordRegex: RegExp | null = null;
  if (words.length > 0) {
    // Longest first, so that "good game" wins over "good" when both are listed. Escaped words
    // with a single-character look-around each side: no nested repeat, nothing to backtrack
    // into but the whitespace between a phrase's words.
    words.sort((a, b) => b.length - a.length);
    wordRegex = new RegExp(`(?<!${WORD_CHAR})@?(?:${words.join('|')})(?!${WORD_CHAR})`, 'iu');
  }
  if (!wordRegex && regexes.length === 0) return { ...NOTHING, refused, waiting };
  return {
    test: (text) => wordRegex?.test(text) === true || regexes.some((regex) => regex.test(text)),
    find: (text) => {
      let best: MatchPlace | null = null;
      const word = wordRegex?.exec(text);
      if (word && word[0].length > 0) best = { index: word.index, length: word[0].length };
      for (const regex of regexes) {
        const match = regex.find(text);
        if (match && (!best || match.index < best.index)) best = match;
      }
      return best;
    },
    refused,
    waiting,
    size: words.length + regexes.length,
  };
}

/** Authors by `name` (any network) or `network:name`, in any case. */
export interface UserList {
  has(network: string, name: string): boolean;
  size: number;
}

export function compileUsers(entries: readonly string[]): UserList {
  const anywhere = new Set<string>();
  const onNetwork = new Set<string>();
  for (const raw of entries) {
    const entry = raw.replace(/^@/, '').trim().toLowerCase();
    const colon = entry.indexOf(':');
    if (colon > 0 && /^[a-z0-9_-]+$/.test(entry.slice(0, colon))) {
      onNetwork.add(`${entry.slice(0, colon)}:${entry.slice(colon + 1).replace(/^@/, '')}`);
    } else if (entry) anywhere.add(entry);
  }
  return {
    has: (network, name) => {
      const lower = name.toLowerCase();
      return anywhere.has(lower) || onNetwork.has(`${network.toLowerCase()}:${lower}`);
    },
    size: anywhere.size + onNetwork.size,
  };
}
