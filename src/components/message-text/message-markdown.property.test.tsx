import { cleanup, render } from '@testing-library/react';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_MESSAGE_CHARS } from '../../protocol/parse';
import { createImagePolicy } from '../../protocol/image-hosts';
import { ALLOWED_ELEMENTS } from './markdown-elements';
import { MessageMarkdown } from './message-markdown';

const images = createImagePolicy('https://ms.example');
const MESSAGE_ELEMENTS = new Set([...ALLOWED_ELEMENTS, 'span']);

// Text made mostly of what markdown and HTML are made of, so the parser is pushed hard.
const SYNTAX = [
  '*',
  '_',
  '~',
  '[',
  ']',
  '(',
  ')',
  '!',
  '`',
  '<',
  '>',
  '\\',
  '\n',
  '#',
  '-',
  '+',
  '1.',
  '1)',
  '&amp;',
  ' ',
  'a',
  'http://x.example/',
  'https://static-cdn.jtvnw.net/e/1.0',
  'javascript:',
  '<img src=x>',
  '    ',
];
const chatText = fc
  .array(fc.oneof(fc.constantFrom(...SYNTAX), fc.string({ maxLength: 4 })), {
    maxLength: 700,
    size: 'large',
  })
  .map((parts) => parts.join('').slice(0, MAX_MESSAGE_CHARS));

describe('MessageMarkdown for any text up to the clip', () => {
  it('finishes and yields only the allowed elements, with only allowed images', () => {
    fc.assert(
      fc.property(chatText, (markdown) => {
        const { container } = render(
          <MessageMarkdown markdown={markdown} text={markdown} images={images} />,
        );
        for (const element of container.querySelectorAll('*')) {
          expect(MESSAGE_ELEMENTS.has(element.tagName.toLowerCase())).toBe(true);
        }
        for (const image of container.querySelectorAll('img')) {
          expect(images.allows(image.getAttribute('src') ?? '')).toBe(true);
        }
        expect(container.querySelectorAll('br').length).toBeLessThanOrEqual(3);
        cleanup();
      }),
      { numRuns: 150 },
    );
  });
});
