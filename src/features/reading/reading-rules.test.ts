import { beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_READING_SETTINGS, type ReadingSettings } from './reading-settings';
import { makeAccount, makeChatEvent, makeIrcAccount } from '../../testing/factories';
import { compileReadingRules } from './reading-rules';
import { loadRegexEngine } from './regex-engine';
import type { HistoryLine } from '../../store/slices/history';

const accounts = [
  makeIrcAccount({ name: 'demo' }),
  makeAccount({ id: 14, name: 'chatdeck_live' }),
  makeAccount({
    id: 15,
    name: 'Chatdeck Live',
    network: { name: 'youtube', displayName: 'YouTube' },
  }),
];

// `/regex/` words run in the pattern engine, loaded on demand.
beforeAll(() => loadRegexEngine());

let seq = 0;
function line(text: string, overrides: Partial<HistoryLine> = {}): HistoryLine {
  seq += 1;
  return {
    ...makeChatEvent(),
    network: 'twitch',
    from: { id: '7', name: 'viewer' },
    text,
    seq,
    receivedAt: 0,
    ...overrides,
  };
}

function rules(settings: Partial<ReadingSettings> = {}) {
  return compileReadingRules({ ...DEFAULT_READING_SETTINGS, ...settings }, accounts);
}

describe('highlights', () => {
  it('mention: one of the stream’s own names as a word, with or without @', () => {
    const read = rules().read;
    expect(read(line('hi @chatdeck_live!')).reasons).toEqual(['mention']);
    expect(read(line('CHATDECK_LIVE you rock')).reasons).toEqual(['mention']);
    expect(read(line('hey Chatdeck Live, loving it')).reasons).toEqual(['mention']);
    expect(read(line('demo time')).reasons).toEqual(['mention']);
    expect(read(line('demos are fun')).reasons).toEqual([]);
    expect(read(line('chatdeck_live2 is someone else')).reasons).toEqual([]);
  });

  it('keyword: a highlight word or /regex/', () => {
    const read = rules({ highlightWords: ['giveaway', '/^!drop\\b/'] }).read;
    expect(read(line('is the GIVEAWAY on?')).reasons).toEqual(['keyword']);
    expect(read(line('!drop please')).reasons).toEqual(['keyword']);
    expect(read(line('giveaways')).reasons).toEqual([]);
  });

  it('user: by name, or network:name', () => {
    const read = rules({ highlightUsers: ['modmarie', 'youtube:Lena Fischer'] }).read;
    expect(read(line('hello', { from: { name: 'ModMarie' } })).reasons).toEqual(['user']);
    expect(
      read(line('hello', { network: 'youtube', from: { name: 'Lena Fischer' } })).reasons,
    ).toEqual(['user']);
    expect(read(line('hello', { from: { name: 'Lena Fischer' } })).reasons).toEqual([]);
  });

  it('first: the line the history marked, unless switched off', () => {
    expect(rules().read(line('hi', { firstTime: true })).reasons).toEqual(['first']);
    expect(rules({ highlightFirst: false }).read(line('hi', { firstTime: true })).reasons).toEqual(
      [],
    );
  });

  it('lists every reason, in order', () => {
    const read = rules({ highlightWords: ['gg'], highlightUsers: ['viewer'] }).read;
    expect(read(line('gg @demo', { firstTime: true })).reasons).toEqual([
      'mention',
      'keyword',
      'user',
      'first',
    ]);
  });

  it('never highlights the streamer’s own lines', () => {
    const read = rules({ highlightWords: ['gg'] }).read;
    expect(read(line('gg demo', { from: { name: 'chatdeck_live' } })).reasons).toEqual([]);
    // The same name through the API is anyone's: it is read like any chatter's line.
    expect(
      read(line('gg demo', { from: { name: 'chatdeck_live' }, viaApi: true })).reasons,
    ).toEqual(['mention', 'keyword']);
  });
});

describe('hiding', () => {
  it('hides hidden words, hidden users and (when asked) bot commands', () => {
    const read = rules({
      hiddenWords: ['spoiler'],
      hiddenUsers: ['twitch:Nightbot'],
      hideBotCommands: true,
    }).read;
    expect(read(line('huge SPOILER ahead')).hidden).toBe(true);
    expect(read(line('Join!', { from: { name: 'nightbot' } })).hidden).toBe(true);
    expect(read(line('Join!', { network: 'youtube', from: { name: 'nightbot' } })).hidden).toBe(
      false,
    );
    expect(read(line('  !discord')).hidden).toBe(true);
    expect(read(line('wow!')).hidden).toBe(false);
    expect(rules().read(line('!discord')).hidden).toBe(false);
  });

  it('wins over highlights', () => {
    const read = rules({ hiddenUsers: ['viewer'] }).read;
    expect(read(line('@demo hi', { firstTime: true }))).toEqual({ reasons: [], hidden: true });
  });
});
