import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ChatMessage, type ChatMessageOptions } from '../features/chat/chat-message';
import type { ThirdPartyEmote } from '../features/emotes/emote-types';
import { wordDecorator } from '../features/emotes/emote-words';
import { createImagePolicy } from '../protocol/image-hosts';
import type { HistoryLine } from '../store/slices/history';
import { makeChatEvent } from '../testing/factories';

/** The chat's renderer and the emotes' decorator together, as the app wires them. */
const emote = (code: string, zeroWidth = false): ThirdPartyEmote => ({
  code,
  provider: 'seventv',
  src: `https://cdn.7tv.app/emote/${code}/1x.webp`,
  srcSet: '',
  width: 32,
  height: 32,
  zeroWidth,
});
const decorate = wordDecorator(
  new Map([
    ['KEKW', emote('KEKW')],
    ['SteerR', emote('SteerR', true)],
  ]),
);
const options: ChatMessageOptions = {
  compact: false,
  showPicture: false,
  images: createImagePolicy('https://ms.example'),
  networkName: (network) => network,
  decorateFor: (line) => (line.network === 'twitch' ? decorate : undefined),
};

function show(overrides: Partial<HistoryLine>, extra: Partial<ChatMessageOptions> = {}) {
  const line = { ...makeChatEvent(), seq: 1, receivedAt: 0, ...overrides };
  render(<ChatMessage message={line} options={{ ...options, ...extra }} />);
  const article = screen.getByRole('article');
  return {
    article,
    emotes: () =>
      [...article.querySelectorAll<HTMLImageElement>('img.emote')].map((image) => image.alt),
  };
}

describe('third-party emotes in chat lines', () => {
  it('in plain lines, and over Twitch’s own emotes (zero-width)', () => {
    const { article, emotes } = show({
      text: 'KEKW Kappa SteerR',
      markdown: 'KEKW ![Kappa](https://static-cdn.jtvnw.net/emoticons/v1/25/1.0) SteerR',
    });
    expect(emotes()).toEqual(['KEKW', 'Kappa', 'SteerR']);
    const stack = article.querySelector('.emote-stack')!;
    expect([...stack.querySelectorAll('img')].map((image) => image.alt)).toEqual([
      'Kappa',
      'SteerR',
    ]);
  });

  it('in emphasis, never in code or links', () => {
    const parsed = show({
      text: 'x',
      markdown: '*so KEKW* `KEKW` [KEKW](https://example.com/KEKW) **KEKW**',
    });
    expect(parsed.emotes()).toEqual(['KEKW', 'KEKW']);
    expect(within(parsed.article).getByRole('link')).toHaveTextContent(/^KEKW$/);
    expect(parsed.article.querySelector('code')).toHaveTextContent(/^KEKW$/);
  });

  it('beside streamer mode’s host-only links', () => {
    const hostOnly = show(
      { text: 'x', markdown: '[https://x.example/KEKW](https://x.example/KEKW) KEKW' },
      { streamerMode: true },
    );
    expect(hostOnly.emotes()).toEqual(['KEKW']);
    expect(hostOnly.article).toHaveTextContent('x.example');
  });

  it('not in lines the app does not decorate (other networks)', () => {
    expect(show({ network: 'youtube', text: 'KEKW', markdown: 'KEKW' }).emotes()).toEqual([]);
  });

  it('in frames that carry text only', () => {
    expect(show({ text: 'plain KEKW', markdown: undefined }).emotes()).toEqual(['KEKW']);
  });
});
