import { i18n } from '../../i18n';
import { cleanup, render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import seed from '../../testing/seed-messages.json';
import { createImagePolicy } from '../../protocol/image-hosts';
import { parseServerFrame } from '../../protocol/parse';
import type { HistoryLine } from '../../store/slices/history';
import { makeChatEvent } from '../../testing/factories';
import { ChatMessage, VIA_API_EXPLANATION, type ChatMessageOptions } from './chat-message';
import { isPlainText } from '../../components/message-text/message-markdown';

const options: ChatMessageOptions = {
  compact: false,
  showPicture: false,
  images: createImagePolicy('https://ms.example', ['pictures.example']),
  networkName: (network) => ({ twitch: 'Twitch', irc: 'IRC' })[network] ?? network,
};

function line(overrides: Partial<HistoryLine> = {}): HistoryLine {
  return { ...makeChatEvent(), seq: 1, receivedAt: Date.UTC(2026, 0, 1, 12, 0), ...overrides };
}

function renderLine(message: HistoryLine, opts: Partial<ChatMessageOptions> = {}) {
  render(<ChatMessage message={message} options={{ ...options, ...opts }} />);
  return screen.getByRole('article');
}

describe('ChatMessage', () => {
  it.each(
    seed.incoming
      .map((frame) => parseServerFrame(frame))
      .flatMap((result) => (result.ok && result.event.type === 'chat' ? [result.event] : []))
      .map((event) => [event.from.name, event.text, event] as const),
  )('renders the seed line from %s: %s', (name, _text, event) => {
    const article = renderLine(line(event));
    expect(article).toHaveTextContent(name);
    expect(article).toHaveTextContent((event.markdown ?? event.text).trim());
  });

  it('shows an emote frame as an action, "name text", not "name: text"', () => {
    const article = renderLine(
      line({ kind: 'emote', markdown: 'is loving this', text: 'is loving this' }),
    );
    expect(article.querySelector('p')).toHaveTextContent(/^gamethattunedev is loving this$/);
  });

  it('marks a private message with its recipient', () => {
    const article = renderLine(line({ network: 'irc', to: { name: 'john' } }));
    expect(article).toHaveTextContent('private to john');
  });

  it('renders Twitch emotes inline with their size reserved', () => {
    const article = renderLine(
      line({ markdown: 'hi ![Kappa](http://static-cdn.jtvnw.net/emoticons/v1/25/1.0)' }),
    );
    const emote = within(article).getByRole('img', { name: 'Kappa' });
    expect(emote).toHaveAttribute('src', 'https://static-cdn.jtvnw.net/emoticons/v1/25/1.0');
    expect(emote).toHaveAttribute('width', '28');
    expect(emote).toHaveAttribute('height', '28');
    expect(emote).toHaveClass('emote');
  });

  it('renders emphasis, strike and links that open safely in a new tab', () => {
    const article = renderLine(
      line({ markdown: '*so* **much** ~~gone~~ <https://example.com/a>' }),
    );
    expect(article.querySelector('em')).toHaveTextContent('so');
    expect(article.querySelector('strong')).toHaveTextContent('much');
    expect(article.querySelector('del')).toHaveTextContent('gone');
    const link = within(article).getByRole('link', { name: 'https://example.com/a' });
    expect(link).toHaveAttribute('target', '_blank');
    expect(link).toHaveAttribute('rel', 'noopener noreferrer nofollow ugc');
  });

  it('marks a line published through the REST API, and says why on hover or focus', () => {
    const article = renderLine(line({ viaApi: true, from: { name: 'demo' } }));
    const marker = within(article).getByRole('button', { name: 'via API' });
    expect(marker).toHaveAccessibleDescription(i18n._(VIA_API_EXPLANATION));
    cleanup();
    expect(within(renderLine(line())).queryByRole('button', { name: 'via API' })).toBeNull();
  });

  it('shows the network icon named after the network', () => {
    const article = renderLine(line());
    expect(within(article).getByRole('img', { name: 'Twitch' })).toBeInTheDocument();
  });

  it('shows the chatter picture only when asked, and only from an allowed host', () => {
    const withPicture = line({ from: { name: 'pic', picture: 'https://pictures.example/a.png' } });
    expect(
      renderLine(withPicture, { showPicture: true }).querySelector(
        'img[src="https://pictures.example/a.png"]',
      ),
    ).not.toBeNull();
    cleanup();
    expect(renderLine(withPicture).querySelector('img[src^="https://pictures"]')).toBeNull();
    cleanup();
    const elsewhere = line({ from: { name: 'pic', picture: 'https://tracker.example/a.png' } });
    expect(
      renderLine(elsewhere, { showPicture: true }).querySelector('img[src*="tracker"]'),
    ).toBeNull();
  });

  it('shows an image from a host that is not allowed as its alt text, never fetched', () => {
    const article = renderLine(
      line({
        markdown:
          'look ![a cat](https://tracker.example/cat.png) and ![Kappa](https://static-cdn.jtvnw.net/emoticons/v1/25/1.0)',
      }),
    );
    expect(article.querySelector('img[src*="tracker"]')).toBeNull();
    expect(article).toHaveTextContent('look a cat and');
    expect(within(article).getByRole('img', { name: 'Kappa' })).toBeInTheDocument();
  });

  it('shows a line that came without markdown as its text, never parsed', () => {
    const plain = line({ text: '**not bold** ![x](https://static-cdn.jtvnw.net/a/1.0)' });
    delete plain.markdown;
    const article = renderLine(plain);
    expect(article.querySelector('strong, img.emote')).toBeNull();
    expect(article).toHaveTextContent('**not bold** ![x](https://static-cdn.jtvnw.net/a/1.0)');
  });

  it('renders block syntax as the text that was typed: no quotes, lists or headings', () => {
    const article = renderLine(
      line({ markdown: '> quoted\n# heading\n- item\n1) one\n---\n    code' }),
    );
    expect(article.querySelector('blockquote, ul, ol, li, h1, hr, pre')).toBeNull();
    expect(article).toHaveTextContent('> quoted # heading - item 1) one --- code');
  });

  it('keeps at most three line breaks in a line', () => {
    const tower = Array.from({ length: 500 }, (_, i) => `line ${i}\\`).join('\n');
    const article = renderLine(line({ markdown: tower }));
    expect(article.querySelectorAll('br')).toHaveLength(3);
    expect(article).toHaveTextContent('line 499');
  });

  it('shows the real host beside link text that names another one', () => {
    const article = renderLine(
      line({
        markdown:
          '[https://twitch.tv/you](https://elsewhere.example/x) and [twitch.tv](https://www.twitch.tv/a)',
      }),
    );
    expect(article).toHaveTextContent('https://twitch.tv/you(goes to elsewhere.example)');
    expect(article.querySelectorAll('.real-host')).toHaveLength(1);
  });

  it('skips the markdown parser only for lines without syntax', () => {
    expect(isPlainText('hello there, how are you?')).toBe(true);
    expect(isPlainText('a *b*')).toBe(false);
    expect(isPlainText('1. not a list, lists are not chat')).toBe(true);
    expect(isPlainText('&amp;')).toBe(false);
  });
});
