import { describe, expect, it } from 'vitest';
import { makeChatEvent } from '../testing/factories';
import { parseLineFilter, parseSearch, searchLines } from './line-filter';
import type { HistoryLine } from './slices/history';

const line = (overrides: Partial<HistoryLine>): HistoryLine => ({
  ...makeChatEvent(),
  seq: 1,
  receivedAt: 0,
  ...overrides,
});

describe('parseLineFilter', () => {
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
    const slow = parseSearch('/(a+)+$/ psst');
    expect(slow.problem).toMatch(/too slow/);
    expect(lines.filter(slow.filter)).toEqual([whisper]);
  });
});

describe('parseSearch', () => {
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
  it('lists matches newest first, at most the limit, with the total', () => {
    const lines = Array.from({ length: 10 }, (_, index) =>
      line({ seq: index + 1, text: index % 2 === 0 ? `even ${index}` : `odd ${index}` }),
    );
    const { results, total } = searchLines(lines, parseSearch('even'), 3);
    expect(total).toBe(5);
    expect(results.map((found) => found.seq)).toEqual([9, 7, 5]);
    expect(searchLines(lines, parseSearch(''), 3)).toEqual({ results: [], total: 0 });
  });
});
