import { describe, expect, it } from 'vitest';
import { makeChatEvent } from '../testing/factories';
import { parseLineFilter } from './line-filter';
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
});
