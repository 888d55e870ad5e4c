import type { HistoryLine } from './slices/history';

/**
 * A filter over chat lines, in the search syntax streamers know from other chat clients:
 * `network:youtube`, `from:NAME`, `is:pm`, `has:link`, and plain words (all must match,
 * any case). Unknown `key:value` terms match as plain words.
 */
export type LineFilter = (line: HistoryLine) => boolean;

const LINK = /https?:\/\//i;

export function parseLineFilter(query: string): LineFilter {
  const tests: LineFilter[] = [];
  for (const term of query.trim().toLowerCase().split(/\s+/).filter(Boolean)) {
    const [key, ...rest] = term.split(':');
    const value = rest.join(':');
    if (key === 'network' && value) tests.push((line) => line.network.toLowerCase() === value);
    else if (key === 'from' && value) tests.push((line) => line.from.name.toLowerCase() === value);
    else if (term === 'is:pm') tests.push((line) => Boolean(line.to));
    else if (term === 'has:link') tests.push((line) => LINK.test(line.text));
    else tests.push((line) => `${line.from.name} ${line.text}`.toLowerCase().includes(term));
  }
  return (line) => tests.every((test) => test(line));
}
