import type { HistoryLine } from './slices/history';
import { checkRegex } from './word-pattern';

/**
 * A filter over chat lines, in the search syntax streamers know from other chat clients:
 * `network:youtube`, `from:NAME`, `is:pm`, `has:link`, `/regex/`, and plain words (all must
 * match, any case). Unknown `key:value` terms match as plain words.
 */
export type LineFilter = (line: HistoryLine) => boolean;

export interface SearchQuery {
  filter: LineFilter;
  /** Where the query's words or regex match in a line's text, for marking them. */
  marks(text: string): { index: number; length: number }[];
  /** Set when a `/regex/` term was refused (and left out), with why. */
  problem?: string;
  /** No term at all: nothing to search for. */
  empty: boolean;
}

const LINK = /https?:\/\//i;

/** The lower-case text search reads, made once per line. */
const haystacks = new WeakMap<HistoryLine, string>();
function haystackOf(line: HistoryLine): string {
  let text = haystacks.get(line);
  if (text === undefined) {
    text = `${line.from.name}\n${line.text}`.toLowerCase();
    haystacks.set(line, text);
  }
  return text;
}

/** Splits on spaces, keeping `/a regex with spaces/` as one term. */
function terms(query: string): string[] {
  const found: string[] = [];
  const pattern = /\/(?:[^/\\]|\\.)+\/i?(?=\s|$)|\S+/g;
  for (const match of query.trim().matchAll(pattern)) found.push(match[0]);
  return found;
}

export function parseSearch(query: string): SearchQuery {
  const tests: LineFilter[] = [];
  const words: string[] = [];
  const regexes: RegExp[] = [];
  let problem: string | undefined;
  for (const term of terms(query)) {
    const regex = /^\/(.+)\/i?$/s.exec(term);
    if (regex) {
      const checked = checkRegex(regex[1]!);
      if (typeof checked === 'string') {
        problem = `${term}: ${checked}`;
        continue;
      }
      regexes.push(checked);
      tests.push((line) => checked.test(line.text) || checked.test(line.from.name));
      continue;
    }
    const lower = term.toLowerCase();
    const [key, ...rest] = lower.split(':');
    const value = rest.join(':');
    if (key === 'network' && value) tests.push((line) => line.network.toLowerCase() === value);
    else if (key === 'from' && value) {
      const name = value.replace(/^@/, '');
      tests.push((line) => line.from.name.toLowerCase() === name);
    } else if (lower === 'is:pm') tests.push((line) => Boolean(line.to));
    else if (lower === 'has:link') tests.push((line) => LINK.test(line.text));
    else {
      words.push(lower);
      tests.push((line) => haystackOf(line).includes(lower));
    }
  }
  return {
    filter: (line) => tests.every((test) => test(line)),
    marks: (text) => marksIn(text, words, regexes),
    empty: tests.length === 0,
    ...(problem !== undefined && { problem }),
  };
}

/** Non-overlapping places of the words and regexes in `text`, in order. */
function marksIn(
  text: string,
  words: readonly string[],
  regexes: readonly RegExp[],
): { index: number; length: number }[] {
  const found: { index: number; length: number }[] = [];
  const lower = text.toLowerCase();
  for (const word of words) {
    for (let index = lower.indexOf(word); index >= 0; index = lower.indexOf(word, index + 1)) {
      found.push({ index, length: word.length });
    }
  }
  for (const regex of regexes) {
    const global = new RegExp(regex.source, 'giu');
    for (const match of text.matchAll(global)) {
      if (match[0].length > 0) found.push({ index: match.index, length: match[0].length });
    }
  }
  found.sort((a, b) => a.index - b.index || b.length - a.length);
  const kept: { index: number; length: number }[] = [];
  let end = 0;
  for (const mark of found) {
    if (mark.index < end) continue;
    kept.push(mark);
    end = mark.index + mark.length;
  }
  return kept;
}

/** The filter alone (a deck column's view). */
export function parseLineFilter(query: string): LineFilter {
  return parseSearch(query).filter;
}

/** Newest first, at most `limit` matches, and how many there are in all. */
export function searchLines(
  lines: readonly HistoryLine[],
  query: SearchQuery,
  limit: number,
): { results: HistoryLine[]; total: number } {
  const results: HistoryLine[] = [];
  let total = 0;
  if (query.empty) return { results, total };
  for (let i = lines.length - 1; i >= 0; i--) {
    const line = lines[i]!;
    if (!query.filter(line)) continue;
    total++;
    if (results.length < limit) results.push(line);
  }
  return { results, total };
}
