import { beforeAll, describe, expect, it, vi } from 'vitest';
import { makeChatEvent } from '../../testing/factories';
import {
  MAX_QUERY_CHARS,
  parseLineFilter,
  parseSearch,
  searchInSlices,
  searchSteps,
  type SearchQuery,
  type SearchResult,
} from './line-filter';
import { loadRegexEngine } from './regex-engine';
import type { HistoryLine } from '../../store/slices/history';
import { said } from '../../testing/said';

/** Newest first, at most `limit` matches, and how many there are in all (in one go). */
function searchLines(lines: readonly HistoryLine[], query: SearchQuery, limit: number) {
  const search = searchSteps(lines, query, limit);
  search.step(Infinity);
  return search.result;
}

const line = (overrides: Partial<HistoryLine>): HistoryLine => ({
  ...makeChatEvent(),
  seq: 1,
  receivedAt: 0,
  ...overrides,
});

describe('a query with a regex before the pattern engine is in', () => {
  it('matches nothing and says it waits, then matches once the engine is loaded', async () => {
    // Fresh copies of the modules: not the engine another test file loaded in this worker.
    vi.resetModules();
    const fresh = await import('./line-filter');
    const engine = await import('./regex-engine');
    const lines = [line({ text: 'gg all' }), line({ text: 'hello' })];
    const waiting = fresh.parseSearch('/^gg/');
    expect(waiting.waiting).toBe(true);
    expect(lines.filter(waiting.filter)).toEqual([]);
    await engine.loadRegexEngine();
    expect(lines.filter(fresh.parseSearch('/^gg/').filter)).toEqual([lines[0]]);
  });
});

describe('parseLineFilter', () => {
  beforeAll(() => loadRegexEngine());

  const youtube = line({
    network: 'youtube',
    from: { name: 'Aiko' },
    text: 'hello https://x.example',
  });
  const twitch = line({ network: 'twitch', from: { name: 'modmarie' }, text: 'GG everyone' });
  const whisper = line({
    network: 'irc',
    from: { name: 'alice' },
    to: { name: 'demo' },
    text: 'psst',
  });

  it('keeps one network', () => {
    const filter = parseLineFilter('network:YouTube');
    expect([youtube, twitch, whisper].filter(filter)).toEqual([youtube]);
  });

  it('keeps private messages, lines with links, one author', () => {
    expect([youtube, twitch, whisper].filter(parseLineFilter('is:pm'))).toEqual([whisper]);
    expect([youtube, twitch, whisper].filter(parseLineFilter('has:link'))).toEqual([youtube]);
    expect([youtube, twitch, whisper].filter(parseLineFilter('from:modmarie'))).toEqual([twitch]);
  });

  it('needs every plain word, in any case, in the name or the text', () => {
    expect([youtube, twitch, whisper].filter(parseLineFilter('gg EVERYONE'))).toEqual([twitch]);
    expect([youtube, twitch, whisper].filter(parseLineFilter('aiko hello'))).toEqual([youtube]);
    expect([youtube, twitch, whisper].filter(parseLineFilter('network:twitch psst'))).toEqual([]);
    expect([youtube, twitch, whisper].filter(parseLineFilter('   '))).toHaveLength(3);
  });

  it('takes /regex/ terms, spaces inside included, and refuses slow ones with a reason', () => {
    const lines = [youtube, twitch, whisper];
    expect(lines.filter(parseLineFilter('/^gg\\b/'))).toEqual([twitch]);
    expect(lines.filter(parseLineFilter('/gg every/'))).toEqual([twitch]);
    expect(lines.filter(parseLineFilter('/x\\.example/ network:youtube'))).toEqual([youtube]);
    const refused = parseSearch('/(a)\\1/ psst');
    expect(refused.problem?.term).toBe('/(a)\\1/');
    expect(said(refused.problem?.reason)).toMatch(/^back-references/);
    expect(lines.filter(refused.filter)).toEqual([whisper]);
    // A pattern that backtracks without bound elsewhere runs here, in one pass.
    const hostile = line({ from: { name: 'bob' }, text: `${'b'.repeat(5_000)}!` });
    expect([hostile].filter(parseLineFilter('/(b|b)*c/'))).toEqual([]);
    expect([...lines, hostile].filter(parseLineFilter('/^(b|b)*!/'))).toEqual([hostile]);
  });
});

describe('parseSearch', () => {
  beforeAll(() => loadRegexEngine());

  it('marks where the words and regexes match, without overlaps', () => {
    const query = parseSearch('gg /ever\\w+/ from:modmarie');
    expect(query.marks('GG everyone, gg')).toEqual([
      { index: 0, length: 2 },
      { index: 3, length: 8 },
      { index: 13, length: 2 },
    ]);
    expect(parseSearch('   ').empty).toBe(true);
  });
});

describe('searchLines', () => {
  beforeAll(() => loadRegexEngine());

  it('lists matches newest first, at most the limit, with the total', () => {
    const lines = Array.from({ length: 10 }, (_, index) =>
      line({ seq: index + 1, text: index % 2 === 0 ? `even ${index}` : `odd ${index}` }),
    );
    const { results, total } = searchLines(lines, parseSearch('even'), 3);
    expect(total).toBe(5);
    expect(results.map((found) => found.seq)).toEqual([9, 7, 5]);
    expect(searchLines(lines, parseSearch(''), 3)).toEqual({ results: [], total: 0 });
  });

  it('cuts a query at 500 characters and says so', () => {
    const query = parseSearch(`${'x'.repeat(10_000)}`);
    expect(query.clipped).toBe(true);
    expect(query.marks('x'.repeat(600))).toEqual([{ index: 0, length: MAX_QUERY_CHARS }]);
    expect(parseSearch('gg').clipped).toBe(false);
  });

  it('searches in slices that give the page back, with the same result as in one go', () => {
    const lines = Array.from({ length: 1_000 }, (_, index) =>
      line({ seq: index + 1, text: index % 3 === 0 ? `three ${index}` : `other ${index}` }),
    );
    const query = parseSearch('three');
    let clock = 0;
    let yields = 0;
    const pending: Array<() => void> = [];
    let done: SearchResult | null = null;
    searchInSlices(lines, query, 10, (result) => (done = result), {
      // Every look at the clock is 1 ms later: 8 looks (of 200 lines each) fit in one slice.
      now: () => clock++,
      yieldToPage: (go) => {
        yields++;
        pending.push(go);
      },
    });
    expect(done).not.toBeNull();
    // A slow page: every look is 100 ms later, so each slice reads 200 lines and gives way.
    const slow = new AbortController();
    let slowDone: SearchResult | null = null;
    searchInSlices(lines, query, 10, (result) => (slowDone = result), {
      now: () => (clock += 100),
      yieldToPage: (go) => {
        yields++;
        pending.push(go);
      },
      signal: slow.signal,
    });
    expect(slowDone).toBeNull();
    while (pending.length > 0 && !slowDone) pending.shift()!();
    expect(slowDone).toEqual(searchLines(lines, query, 10));
    expect(yields).toBe(4);
    expect(done).toEqual(searchLines(lines, query, 10));
    const stopped = new AbortController();
    let stoppedDone = false;
    searchInSlices(lines, query, 10, () => (stoppedDone = true), {
      now: () => (clock += 100),
      yieldToPage: (go) => pending.push(go),
      signal: stopped.signal,
    });
    stopped.abort();
    while (pending.length > 0) pending.shift()!();
    expect(stoppedDone).toBe(false);
  });
});
