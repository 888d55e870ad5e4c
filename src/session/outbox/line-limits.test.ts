import { describe, expect, it } from 'vitest';
import {
  TWITCH_MAX_CHARS,
  YOUTUBE_MAX_CHARS,
  ircTextBytes,
  limitOf,
  measure,
} from '../../protocol/chat-limits';
import { liveStreams } from '../../testing/live-stream';
import { ALL_LIVE_ACCOUNTS } from '../../store/selectors';
import { overLimit } from './line-limits';
import { germanI18n, said } from '../../testing/said';

const live = liveStreams();

describe('limits', () => {
  it('Twitch 500 and YouTube 200 characters (an emoji is one), IRC what fits 512 bytes', () => {
    expect(limitOf('twitch')?.max).toBe(TWITCH_MAX_CHARS);
    expect(limitOf('youtube')?.max).toBe(YOUTUBE_MAX_CHARS);
    expect(measure('👋🏽 hi', limitOf('youtube')!)).toBe(5);
    expect(measure('é', limitOf('irc')!)).toBe(2);
    expect(ircTextBytes('bob', '#chan')).toBe(
      512 - 2 - `:bob!bob@${'h'.repeat(63)} PRIVMSG #chan :`.length,
    );
    expect(limitOf('facebook')).toBeNull();
  });

  it('says which network and by how much', () => {
    expect(overLimit('x'.repeat(200), ['twitch', 'youtube'])).toBeNull();
    expect(said(overLimit('x'.repeat(201), ['twitch', 'youtube']))).toBe(
      'Too long for YouTube by 1 character (200 at most).',
    );
    expect(said(overLimit('x'.repeat(510), ['twitch']))).toBe(
      'Too long for Twitch by 10 characters (500 at most).',
    );
  });

  it('says it in the interface’s language, with its plural', async () => {
    const german = await germanI18n();
    expect(said(overLimit('x'.repeat(201), ['youtube']), german)).toBe(
      'Für YouTube 1 Zeichen zu lang (höchstens 200).',
    );
    expect(said(overLimit('é'.repeat(300), ['irc']), german)).toMatch(/^Für IRC \d+ Bytes zu lang/);
  });

  it('refuses an over-limit line to any target and sends nothing', () => {
    const { store, outbox, sent } = live();
    store.getState().setTo(ALL_LIVE_ACCOUNTS);
    store.getState().setDraft('y'.repeat(250));
    outbox.submitDraft();
    expect(sent).toEqual([]);
    expect(said(store.getState().composerError)).toBe(
      'Too long for YouTube by 50 characters (200 at most).',
    );
    expect(store.getState().draft).toHaveLength(250);
  });
});
