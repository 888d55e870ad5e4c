import { cleanup, render } from '@testing-library/react';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createImagePolicy } from '../../protocol/image-hosts';
import { parseChatMarkdown, renderChatMarkdown } from './message-markdown';
import { simpleMarkdown } from './simple-markdown';

const images = createImagePolicy('https://ms.example');

function html(node: React.ReactNode): string {
  const { container } = render(<>{node}</>);
  const out = container.innerHTML;
  cleanup();
  return out;
}

describe('simpleMarkdown', () => {
  it('reads escaped text and emote images as multistreamer writes them', () => {
    expect(
      simpleMarkdown(
        "  here\\'s a message from twitch \\! ![Kappa](http://static-cdn.jtvnw.net/emoticons/v1/25/1.0)  ",
      ),
    ).toEqual([
      "here's a message from twitch ! ",
      { alt: 'Kappa', src: 'http://static-cdn.jtvnw.net/emoticons/v1/25/1.0' },
    ]);
  });

  it('leaves every other construct to the parser', () => {
    for (const markdown of [
      '*em*',
      'a_b',
      '~~s~~',
      '`c`',
      '[l](https://x.example)',
      '<https://x.example>',
      '&amp;',
      'a\\\nb',
      'hi!',
      '![a](https://x.example/a b)',
      '![a](https://x.example/%20)',
      '\\a',
    ]) {
      expect(simpleMarkdown(markdown), markdown).toBeNull();
    }
  });

  it('gives exactly what react-markdown gives, for any line it reads', () => {
    const piece = fc.oneof(
      fc.constantFrom(' ', 'hello', 'ünï', '(x)', ':)', 'a.b', '#', '1)', '-', '+', '=', '\t'),
      fc.constantFrom('\\!', '\\.', '\\*', '\\_', '\\(', '\\\\', '\\[', '\\#', '\\-', "\\'"),
      fc.constantFrom(
        '![Kappa](https://static-cdn.jtvnw.net/emoticons/v1/25/1.0)',
        '![:)](http://static-cdn.jtvnw.net/emoticons/v1/1/1.0)',
        '![x](https://tracker.example/p.png)',
        '![](https://ms.example/e.svg?a=1)',
        '![a b](javascript:alert)',
      ),
      fc.constantFrom('*', '_', '!', '[', ']', '<', '&', '`', '~', '\n'),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), (parts) => {
        const markdown = parts.join('');
        if (simpleMarkdown(markdown) === null) return;
        expect(html(renderChatMarkdown(markdown, images))).toBe(
          html(parseChatMarkdown(markdown, images)),
        );
      }),
      { numRuns: 400 },
    );
  });
});
