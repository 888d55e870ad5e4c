import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { EmoteIndex, ThirdPartyEmote } from './emote-types';
import { decorateWords, wordDecorator } from './emote-words';

function emote(code: string, overrides: Partial<ThirdPartyEmote> = {}): ThirdPartyEmote {
  return {
    code,
    provider: 'seventv',
    src: `https://cdn.7tv.app/emote/${code}/1x.webp`,
    srcSet: '',
    width: 32,
    height: 32,
    zeroWidth: false,
    ...overrides,
  };
}

const index: EmoteIndex = new Map([
  ['KEKW', emote('KEKW')],
  ['catJAM', emote('catJAM', { provider: 'bttv', width: 56 })],
  ['SteerR', emote('SteerR', { zeroWidth: true })],
]);

function show(node: React.ReactNode) {
  return render(<p data-testid="line">{decorateWords(node, index)}</p>).getByTestId('line');
}

describe('third-party emote words', () => {
  it('turns whole words that are codes into images, case and all', () => {
    // Whole words only, as Chatterino matches them: `catJAM,` stays a word.
    const line = show('KEKW that was catJAM kekw KEKWs catJAM,');
    const images = screen.getAllByRole('img');
    expect(images.map((image) => image.getAttribute('alt'))).toEqual(['KEKW', 'catJAM']);
    expect(line).toHaveTextContent('that was kekw KEKWs catJAM,');
    expect(images[0]).toHaveAttribute('src', 'https://cdn.7tv.app/emote/KEKW/1x.webp');
    expect(images[0]).toHaveAttribute('title', 'KEKW (7TV)');
    // Its width is reserved before it loads.
    expect(images[1]!.style.aspectRatio).toBe('56 / 32');
  });

  it('leaves links and inline code as they are, and reaches into emphasis', () => {
    show([
      'KEKW ',
      <a key="a" href="https://example.com/KEKW">
        KEKW
      </a>,
      ' ',
      <code key="c">KEKW</code>,
      ' ',
      <em key="e">so catJAM</em>,
    ]);
    expect(screen.getAllByRole('img').map((image) => image.getAttribute('alt'))).toEqual([
      'KEKW',
      'catJAM',
    ]);
    expect(screen.getByRole('link')).toHaveTextContent(/^KEKW$/);
  });

  it('draws a zero-width emote over the image before it, Twitch emotes too', () => {
    const line = show([
      'look KEKW SteerR ',
      <img key="k" src="https://static-cdn.jtvnw.net/emoticons/v1/25/1.0" alt="Kappa" />,
      ' SteerR and SteerR alone',
    ]);
    const stacks = line.querySelectorAll('.emote-stack');
    expect(stacks).toHaveLength(2);
    expect([...stacks[0]!.querySelectorAll('img')].map((image) => image.alt)).toEqual([
      'KEKW',
      'SteerR',
    ]);
    expect([...stacks[1]!.querySelectorAll('img')].map((image) => image.alt)).toEqual([
      'Kappa',
      'SteerR',
    ]);
    // After a word it has nothing to sit on: shown on its own.
    expect(line.querySelectorAll(':scope > img[alt="SteerR"]')).toHaveLength(1);
  });

  it('gives back the very same node when no word is an emote', () => {
    const node = <em>nothing here</em>;
    expect(decorateWords(node, index)).toBe(node);
    expect(decorateWords('plain words', index)).toBe('plain words');
    expect(decorateWords('KEKW', new Map())).toBe('KEKW');
  });

  it('keeps what it made for a line, so a row mounting again costs a lookup', () => {
    const decorate = wordDecorator(index);
    const node = ['a KEKW line'];
    expect(decorate(node)).toBe(decorate(node));
    expect(decorate('KEKW')).toBe(decorate('KEKW'));
  });
});
