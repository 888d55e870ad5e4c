import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { createImagePolicy } from '../../protocol/image-hosts';
import { parseServerFrame } from '../../protocol/parse';
import corpus from '../../testing/hostile-corpus.json';
import { ChatMessage, type ChatMessageOptions } from './chat-message';
import { ALLOWED_ELEMENTS, CHAT_LINK_REL } from '../../components/message-text/markdown-elements';

const images = createImagePolicy('https://chat.example');
const options: ChatMessageOptions = {
  compact: false,
  showPicture: true,
  images,
  networkName: (network) => network,
};

/** What a row may contain around the message: its frame, time, icon, picture, name. */
const ROW_ELEMENTS = new Set([
  'article',
  'time',
  'span',
  'p',
  'img',
  'svg',
  'title',
  'path',
  'button',
]);
const MESSAGE_ELEMENTS = new Set([...ALLOWED_ELEMENTS, 'span']);

function renderCase(frame: unknown) {
  const result = parseServerFrame(
    JSON.parse(JSON.stringify(frame).replaceAll('{{origin}}', 'https://chat.example')),
  );
  if (!result.ok || result.event.type !== 'chat') throw new Error('not a chat line');
  const { container } = render(
    <ChatMessage message={{ ...result.event, seq: 1, receivedAt: 0 }} options={options} />,
  );
  return container.querySelector('article')!;
}

describe('the hostile chat corpus', () => {
  it.each(corpus.cases.map((entry) => [entry.name, entry] as const))(
    '%s: renders as data and nothing else',
    (_name, entry) => {
      const article = renderCase(entry.frame);
      if (entry.shows) expect(article.textContent).toContain(entry.shows);

      for (const element of article.querySelectorAll('*')) {
        const tag = element.tagName.toLowerCase();
        expect(ROW_ELEMENTS.has(tag) || MESSAGE_ELEMENTS.has(tag), `<${tag}>`).toBe(true);
        for (const attribute of element.attributes) {
          expect(attribute.name, `${attribute.name} on <${tag}>`).not.toMatch(/^on/i);
          expect(attribute.value, `${attribute.name} on <${tag}>`).not.toMatch(
            /javascript:|vbscript:|expression\(|url\(/i,
          );
        }
      }
      const message = article.querySelector('.chat-text > span:last-child')!;
      for (const element of message.querySelectorAll('*')) {
        expect(MESSAGE_ELEMENTS.has(element.tagName.toLowerCase())).toBe(true);
      }
      for (const link of article.querySelectorAll('a')) {
        expect(link.getAttribute('href')).toMatch(/^https?:\/\/[^/@]+\//);
        expect(link.getAttribute('target')).toBe('_blank');
        expect(link.getAttribute('rel')).toBe(CHAT_LINK_REL);
      }
      for (const image of article.querySelectorAll('img')) {
        const src = image.getAttribute('src') ?? '';
        const isNetworkIcon = image.parentElement?.parentElement === article;
        // The server's own icon for a network becomes an image: scripts never run in one.
        if (isNetworkIcon && src.startsWith('data:')) {
          expect(src).toMatch(/^data:image\/svg\+xml[;,]/);
        } else {
          expect(src).toMatch(/^https:\/\/[^/@]+\//);
          expect(images.allows(src), `${src} is not an allowed image host`).toBe(true);
        }
        expect(image.getAttribute('referrerpolicy')).toBe('no-referrer');
      }
    },
  );

  it('clips the overlong line before rendering it', () => {
    const entry = corpus.cases.find((candidate) => candidate.name === 'overlong message')!;
    const article = renderCase(entry.frame);
    expect(article.textContent!.length).toBeLessThan(2_200);
  });
});
