import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import seed from '../../../../shared/fixtures/seed-messages.json';
import { parseServerFrame } from '../../protocol/parse';
import type { ChatMessage as ChatLine } from '../../store/slices/messages';
import { makeChatEvent } from '../../testing/factories';
import { ChatMessage, type ChatMessageOptions } from './chat-message';
import { isPlainText } from './message-markdown';

const options: ChatMessageOptions = {
  compact: false,
  showPicture: false,
  networkName: (network) => ({ twitch: 'Twitch', irc: 'IRC' })[network] ?? network,
};

function line(overrides: Partial<ChatLine> = {}): ChatLine {
  return { ...makeChatEvent(), seq: 1, receivedAt: Date.UTC(2026, 0, 1, 12, 0), ...overrides };
}

function renderLine(message: ChatLine, opts: Partial<ChatMessageOptions> = {}) {
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
    expect(article).toHaveTextContent(event.markdown.trim());
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

  it('shows the network icon named after the network', () => {
    const article = renderLine(line());
    expect(within(article).getByRole('img', { name: 'Twitch' })).toBeInTheDocument();
  });

  it('shows the chatter picture only when asked and only for http(s) pictures', () => {
    const withPicture = line({ from: { name: 'pic', picture: 'https://example.com/a.png' } });
    const article = renderLine(withPicture, { showPicture: true });
    expect(article.querySelector('img[src="https://example.com/a.png"]')).not.toBeNull();
  });

  it('skips the markdown parser only for lines without syntax', () => {
    expect(isPlainText('hello there, how are you?')).toBe(true);
    expect(isPlainText('a *b*')).toBe(false);
    expect(isPlainText('1. not a list')).toBe(false);
    expect(isPlainText('&amp;')).toBe(false);
  });
});
