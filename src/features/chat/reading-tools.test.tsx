import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_READING_SETTINGS } from '../reading/reading-settings';
import { createImagePolicy } from '../../protocol/image-hosts';
import type { ReadingSettingsStore } from '../reading/reading-settings-store';
import { makeChatEvent, makeLiveStatus } from '../../testing/factories';
import { streamHarness, type StreamHarness } from '../../testing/stream-harness';
import { ChatLog } from './chat-log';
import type { ChatViewOptions } from './chat-view-options';

const images = createImagePolicy('https://ms.example');
const view: ChatViewOptions = {
  hideIrc: false,
  hidePm: false,
  compact: false,
  showPicture: false,
  fromBottom: false,
  fadeoutSeconds: null,
};

// jsdom lays nothing out: give every element a size, so the virtualized log shows its rows.
const realRect = HTMLElement.prototype.getBoundingClientRect;
const SIZES = [
  ['offsetHeight', 600],
  ['offsetWidth', 400],
  ['clientHeight', 600],
  ['clientWidth', 400],
] as const;
beforeAll(() => {
  HTMLElement.prototype.getBoundingClientRect = () => new DOMRect(0, 0, 400, 600);
  for (const [name, value] of SIZES) {
    Object.defineProperty(HTMLElement.prototype, name, { configurable: true, value });
  }
});
afterAll(() => {
  HTMLElement.prototype.getBoundingClientRect = realRect;
  for (const [name] of SIZES) Reflect.deleteProperty(HTMLElement.prototype, name);
});

let stream: StreamHarness;
let readingSettings: ReadingSettingsStore;
beforeEach(() => {
  stream = streamHarness();
  readingSettings = stream.readingSettings;
  readingSettings.store.setState({
    saved: DEFAULT_READING_SETTINGS,
    settings: DEFAULT_READING_SETTINGS,
    overrides: {},
    notice: null,
  });
  stream.setConnection({ phase: 'connected', since: 1 });
  stream.apply([makeLiveStatus()]);
});
afterEach(() => stream.outbox.dispose());

function say(text: string, name = 'viewer', overrides: Parameters<typeof makeChatEvent>[0] = {}) {
  act(() =>
    stream.apply([
      makeChatEvent({
        network: 'twitch',
        accountId: 14,
        from: { id: name, name },
        text,
        ...overrides,
      }),
    ]),
  );
}

const articles = () => within(screen.getByRole('log', { name: 'Chat' })).queryAllByRole('article');

describe('the chat log with the reading settings', () => {
  it('marks highlights with their reasons, and the first line of a chatter', () => {
    readingSettings.store.getState().change({ highlightWords: ['giveaway'] });
    render(stream.wrap(<ChatLog images={images} view={view} />));
    say('hello @jprjrdev, is the giveaway on?', 'newcomer');
    say('thanks', 'newcomer');
    const [first, second] = articles();
    expect(first).toHaveAttribute('data-highlight', 'mention keyword first');
    expect(first).toHaveTextContent('Highlighted: mentions you, a highlight word, first message');
    expect(second).not.toHaveAttribute('data-highlight');
  });

  it('holds a time element: the server’s timestamp, else when the page received it', () => {
    render(stream.wrap(<ChatLog images={images} view={view} />));
    say('stamped', 'a', { timestamp: Date.UTC(2026, 10, 29, 18, 5, 7) });
    say('not stamped', 'b', { timestamp: undefined });
    const [stamped, unstamped] = articles();
    expect(stamped!.querySelector('time')).toHaveAttribute('datetime', '2026-11-29T18:05:07.000Z');
    const received = Date.parse(unstamped!.querySelector('time')!.getAttribute('datetime')!);
    expect(Math.abs(received - Date.now())).toBeLessThan(60_000);
    act(() => readingSettings.store.getState().change({ timestamps: 'off' }));
    expect(articles()[0]!.querySelector('time')).not.toBeVisible();
    act(() => readingSettings.store.getState().change({ timestamps: '12h' }));
    expect(articles()[0]!.querySelector('time')!.textContent).toMatch(/(AM|PM)/i);
  });

  it('does not render hidden lines, counts them, and shows them on demand', async () => {
    readingSettings.store.getState().change({ hiddenUsers: ['spammer'], hideBotCommands: true });
    render(stream.wrap(<ChatLog images={images} view={view} />));
    say('buy followers', 'spammer');
    say('!uptime');
    say('a real line');
    expect(articles()).toHaveLength(1);
    const count = screen.getByRole('button', { name: '2 hidden' });
    await userEvent.click(count);
    expect(articles()).toHaveLength(3);
    expect(count).toHaveAttribute('aria-pressed', 'true');
  });

  it('applies a change of settings to lines already shown', () => {
    render(stream.wrap(<ChatLog images={images} view={view} />));
    say('from bob', 'bob');
    expect(articles()).toHaveLength(1);
    act(() => readingSettings.store.getState().change({ hiddenUsers: ['bob'] }));
    expect(articles()).toHaveLength(0);
  });

  it('folds repeats in a widget (×N), and not in the dashboard unless asked', () => {
    const { unmount } = render(stream.wrap(<ChatLog images={images} view={view} widget />));
    say('GG', 'a');
    say('gg', 'b');
    say('GG', 'c');
    expect(articles()).toHaveLength(1);
    expect(articles()[0]).toHaveTextContent('×3');
    unmount();
    render(stream.wrap(<ChatLog images={images} view={view} />));
    expect(articles()).toHaveLength(3);
  });

  it('opens a user card from the name, and its Reply fills the composer', async () => {
    render(stream.wrap(<ChatLog images={images} view={view} />));
    say('first question?', 'Aiko');
    say('another', 'someone');
    say('second question?', 'Aiko');
    const name = within(articles()[2]!).getByRole('button', { name: 'Aiko' });
    await userEvent.click(name);
    // The card loads on demand: a cold transform on a busy machine can take over a second.
    const card = await screen.findByRole('dialog', { name: 'Aiko' }, { timeout: 5_000 });
    const recent = within(card).getByRole('list', { name: 'Recent messages' });
    expect(
      within(recent)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual([
      expect.stringContaining('second question?'),
      expect.stringContaining('first question?'),
    ]);
    expect(card).toHaveTextContent('2 lines kept');
    await userEvent.click(within(card).getByRole('button', { name: 'Reply' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(stream.store.getState().draft).toBe('@Aiko ');
    expect(stream.store.getState().reply?.name).toBe('Aiko');
  });

  it('adds a chatter to the lists from the card, and Escape gives the focus back', async () => {
    render(stream.wrap(<ChatLog images={images} view={view} />));
    say('hi', 'Marco');
    const name = within(articles()[0]!).getByRole('button', { name: 'Marco' });
    await userEvent.click(name);
    const card = await screen.findByRole('dialog', { name: 'Marco' });
    await userEvent.click(within(card).getByRole('button', { name: 'Highlight' }));
    expect(readingSettings.store.getState().saved.highlightUsers).toEqual(['twitch:Marco']);
    expect(within(card).getByRole('button', { name: 'Highlight' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    await userEvent.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(articles()[0]).toHaveAttribute('data-highlight', 'user first');
    expect(name).toHaveFocus();
  });

  it('streamer mode: no private messages, no pictures, addresses as their host', () => {
    readingSettings.override({ streamerMode: true });
    try {
      render(stream.wrap(<ChatLog images={images} view={{ ...view, showPicture: true }} />));
      say('psst', 'mod', { to: { name: 'john' } });
      say('see https://secret.example/path?token=abc', 'a', {
        markdown: 'see https://secret.example/path?token=abc',
        from: { id: 'a', name: 'a', picture: 'https://ms.example/a.png' },
      });
      expect(articles()).toHaveLength(1);
      expect(articles()[0]).toHaveTextContent('see secret.example');
      expect(articles()[0]).not.toHaveTextContent('token=abc');
      expect(articles()[0]!.querySelector('img')).toBeNull();
    } finally {
      readingSettings.override({});
    }
  });
});
