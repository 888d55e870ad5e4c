import type { HistoryLine } from '../../store/slices/history';
import type { MessageDescriptor } from '@lingui/core';
import { isRefusal, type MatchPlace, type UserRegex } from './regex-engine';
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
  problem?: { term: string; reason: MessageDescriptor };
  /**
   * `/regex/` terms waiting for the pattern engine to load: until it is in, the query matches
   * nothing (rather than everything the other terms match).
   */
  waiting: boolean;
  /** The query was longer than `MAX_QUERY_CHARS` and was cut there. */
  clipped: boolean;
  /** No term at all: nothing to search for. */
  empty: boolean;
}

const LINK = /https?:\/\//i;
/** Longest query read: a longer one is cut (a 10,000-character query froze the page). */
export const MAX_QUERY_CHARS = 500;

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

export function parseSearch(input: string): SearchQuery {
  const clipped = input.length > MAX_QUERY_CHARS;
  const query = clipped ? input.slice(0, MAX_QUERY_CHARS) : input;
  const tests: LineFilter[] = [];
  const words: string[] = [];
  const regexes: UserRegex[] = [];
  let problem: SearchQuery['problem'];
  let waiting = false;
  for (const term of terms(query)) {
    const regex = /^\/(.+)\/i?$/s.exec(term);
    if (regex) {
      const checked = checkRegex(regex[1]!);
      if (checked === null) {
        waiting = true;
        tests.push(() => false);
        continue;
      }
      if (isRefusal(checked)) {
        problem = { term, reason: checked };
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
    waiting,
    clipped,
    ...(problem !== undefined && { problem }),
  };
}

/** Whether a query (or a deck column's filter) holds a `/regex/` term. */
export function queryHasRegex(query: string): boolean {
  return terms(query.slice(0, MAX_QUERY_CHARS)).some((term) => /^\/(.+)\/i?$/s.test(term));
}

/** Non-overlapping places of the words and regexes in `text`, in order. */
function marksIn(
  text: string,
  words: readonly string[],
  regexes: readonly UserRegex[],
): MatchPlace[] {
  const found: MatchPlace[] = [];
  const lower = text.toLowerCase();
  for (const word of words) {
    for (let index = lower.indexOf(word); index >= 0; index = lower.indexOf(word, index + 1)) {
      found.push({ index, length: word.length });
    }
  }
  for (const regex of regexes) found.push(...regex.findAll(text));
  found.sort((a, b) => a.index - b.index || b.length - a.length);
  const kept: MatchPlace[] = [];
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

export interface SearchResult {
  results: HistoryLine[];
  total: number;
}

/**
 * The search as steps: each `next()` reads up to `slice` more lines (newest first) and says
 * whether it is done. What it found so far is in `result`.
 */
export function searchSteps(
  lines: readonly HistoryLine[],
  query: SearchQuery,
  limit: number,
): { result: SearchResult; step(slice: number): boolean } {
  const result: SearchResult = { results: [], total: 0 };
  let i = query.empty ? -1 : lines.length - 1;
  return {
    result,
    step(slice) {
      for (const stop = Math.max(-1, i - slice); i > stop; i--) {
        const line = lines[i]!;
        if (!query.filter(line)) continue;
        result.total++;
        if (result.results.length < limit) result.results.push(line);
      }
      return i < 0;
    },
  };
}

/** Lines read between two looks at the clock. */
const SLICE_LINES = 200;
/** Work done before the page gets the main thread back, ms. */
const SLICE_BUDGET_MS = 8;

/**
 * The same search in slices of about 8 ms, giving the page the main thread between them (a
 * frame, a key press), so a search over 10,000 long lines never freezes it. `onDone` is not
 * called once `signal` aborts.
 */
export function searchInSlices(
  lines: readonly HistoryLine[],
  query: SearchQuery,
  limit: number,
  onDone: (result: SearchResult) => void,
  {
    signal,
    yieldToPage = (go: () => void) => setTimeout(go, 0),
    now = () => performance.now(),
  }: {
    signal?: AbortSignal;
    yieldToPage?: (go: () => void) => void;
    now?: () => number;
  } = {},
): void {
  const search = searchSteps(lines, query, limit);
  const run = () => {
    if (signal?.aborted) return;
    const started = now();
    do {
      if (search.step(SLICE_LINES)) {
        onDone(search.result);
        return;
      }
    } while (now() - started < SLICE_BUDGET_MS);
    yieldToPage(run);
  };
  run();
}
