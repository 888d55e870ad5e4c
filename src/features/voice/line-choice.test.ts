import { describe, expect, it, vi } from 'vitest';
import { DEFAULT_READING_SETTINGS } from '../reading/reading-settings';
import { makeChatEvent, makeLiveStatus } from '../../testing/factories';
import { createStreamStore } from '../../store/stream-store';
import type { HistoryLine } from '../../store/slices/history';
import { isToNotify, isToRead, lineContext, watchNewLines } from './line-choice';

const accounts = makeLiveStatus().accounts;
const line = (overrides: Partial<HistoryLine> = {}): HistoryLine => ({
  ...makeChatEvent({ from: { id: '9', name: 'viewer' } }),
  seq: 1,
  receivedAt: 0,
  ...overrides,
});
const context = (settings = {}, view = { hidePm: false, hideIrc: false }) =>
  lineContext({ ...DEFAULT_READING_SETTINGS, highlightFirst: false, ...settings }, accounts, view);

describe('which lines are read and notified', () => {
  it('all, highlights, or !say lines', () => {
    const plain = line({ text: 'hello' });
    const mention = line({ text: 'hi @jprjrdev' });
    const say = line({ text: '!say read me' });
    expect([plain, mention, say].map((l) => isToRead(l, 'all', context()))).toEqual([
      true,
      true,
      true,
    ]);
    expect([plain, mention, say].map((l) => isToRead(l, 'highlights', context()))).toEqual([
      false,
      true,
      false,
    ]);
    expect([plain, mention, say].map((l) => isToRead(l, 'say', context()))).toEqual([
      false,
      false,
      true,
    ]);
    expect(isToRead(line({ text: '!say' }), 'say', context())).toBe(false);
  });

  it('never hidden lines, the streamer’s own, kept ones, or private ones in streamer mode', () => {
    expect(
      isToRead(line({ text: 'spoiler alert' }), 'all', context({ hiddenWords: ['spoiler'] })),
    ).toBe(false);
    expect(isToRead(line({ from: { name: 'jprjrdev' } }), 'all', context())).toBe(false);
    expect(isToRead(line({ earlier: true }), 'all', context())).toBe(false);
    const whisper = line({ to: { name: 'jprjrdev' } });
    expect(isToRead(whisper, 'all', context())).toBe(true);
    expect(isToRead(whisper, 'all', context({ streamerMode: true }))).toBe(false);
    expect(isToRead(whisper, 'all', context({}, { hidePm: true, hideIrc: false }))).toBe(false);
    expect(
      isToNotify(
        line({ text: 'hi @jprjrdev', to: { name: 'x' } }),
        context({ streamerMode: true }),
      ),
    ).toBe(false);
  });

  it('notifies mentions and highlights, not a first line alone', () => {
    expect(isToNotify(line({ text: 'hi @jprjrdev' }), context())).toBe(true);
    expect(
      isToNotify(line({ text: 'giveaway now' }), context({ highlightWords: ['giveaway'] })),
    ).toBe(true);
    expect(
      isToNotify(line({ text: 'hello', firstTime: true }), context({ highlightFirst: true })),
    ).toBe(false);
    expect(isToNotify(line({ text: 'hello' }), context())).toBe(false);
  });

  it('watches only the lines that arrive after it starts', () => {
    const store = createStreamStore();
    store.getState().addMessages([makeChatEvent({ text: 'before' })], 1);
    const seen = vi.fn();
    const stop = watchNewLines(store, (lines) => seen(lines.map((l) => l.text)));
    store.getState().addMessages([makeChatEvent({ text: 'a' }), makeChatEvent({ text: 'b' })], 2);
    store.getState().addMessages([makeChatEvent({ text: 'c' })], 3);
    stop();
    store.getState().addMessages([makeChatEvent({ text: 'd' })], 4);
    expect(seen.mock.calls).toEqual([[['a', 'b']], [['c']]]);
  });
});
