import { describe, expect, it } from 'vitest';
import { makeChatEvent } from '../../testing/factories';
import type { HistoryLine } from '../../store/slices/history';
import { MAX_SPOKEN_CHARS, spokenLine, spokenName } from './speech-text';

const line = (overrides: Partial<HistoryLine> = {}): HistoryLine => ({
  ...makeChatEvent({ from: { id: '1', name: 'pixel_pioneer' } }),
  seq: 1,
  receivedAt: 0,
  ...overrides,
});

describe('what is said for a line', () => {
  it('says the name, then the words', () => {
    expect(spokenLine(line({ text: 'hello there' }), { links: 'host' })).toBe(
      'pixel pioneer: hello there',
    );
    expect(spokenLine(line({ kind: 'emote', text: 'waves' }), { links: 'host' })).toBe(
      'pixel pioneer waves',
    );
    expect(spokenName('Lena.Fischer__')).toBe('Lena Fischer');
  });

  it('says links as their host, or leaves them out', () => {
    const withLink = line({ text: 'see https://www.example.com/a?b=c and www.other.example/x' });
    expect(spokenLine(withLink, { links: 'host' })).toBe(
      'pixel pioneer: see example.com and other.example',
    );
    expect(spokenLine(withLink, { links: 'skip' })).toBe('pixel pioneer: see and');
  });

  it("leaves out Twitch's emotes and the channel's third-party ones", () => {
    const emotes = line({
      text: 'gg Kappa KEKW catJAM',
      markdown: 'gg ![Kappa](https://static-cdn.jtvnw.net/emoticons/v1/25/1.0) KEKW catJAM',
    });
    expect(spokenLine(emotes, { links: 'host', emoteWords: new Set(['KEKW', 'catJAM']) })).toBe(
      'pixel pioneer: gg',
    );
    // Nothing but emotes: nothing to say.
    expect(
      spokenLine(line({ text: 'KEKW KEKW' }), { links: 'host', emoteWords: new Set(['KEKW']) }),
    ).toBeNull();
  });

  it('says repeated characters and repeated words once', () => {
    expect(spokenLine(line({ text: 'noooooo way!!!!!! gg gg gg' }), { links: 'host' })).toBe(
      'pixel pioneer: no way! gg',
    );
  });

  it('reads !say lines without the command, and stops a wall of text', () => {
    expect(spokenLine(line({ text: '!say hi chat' }), { links: 'host', sayOnly: true })).toBe(
      'pixel pioneer: hi chat',
    );
    const words = Array.from({ length: 200 }, (_, index) => `word${index}`).join(' ');
    const long = spokenLine(line({ text: words }), { links: 'host' })!;
    expect(long.length).toBeLessThan(MAX_SPOKEN_CHARS + 20);
    expect(long.endsWith('…')).toBe(true);
  });
});
