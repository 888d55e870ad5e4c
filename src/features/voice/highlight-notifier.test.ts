import { describe, expect, it, vi } from 'vitest';
import { makeChatEvent } from '../../testing/factories';
import type { HistoryLine } from '../../store/slices/history';
import { HighlightNotifier, NOTIFY_EVERY_MS, type NotificationLike } from './highlight-notifier';

const line = (text: string): HistoryLine => ({
  ...makeChatEvent({ text, from: { id: '1', name: 'viewer' } }),
  seq: 7,
  receivedAt: 0,
});

describe('notifications of highlights', () => {
  it('at most one each 10 s; a click shows the line', () => {
    const shown: Array<{ title: string; options: NotificationOptions; note: NotificationLike }> =
      [];
    const opened = vi.fn();
    let now = 0;
    const notifier = new HighlightNotifier(
      (title, options) => {
        const note = { onclick: null, close: vi.fn() } as NotificationLike;
        shown.push({ title, options, note });
        return note;
      },
      opened,
      () => now,
    );
    const twitch = { networkName: 'Twitch', streamerMode: false };
    expect(notifier.offer(line('@me hi'), twitch)).toBe(true);
    now += NOTIFY_EVERY_MS - 1;
    expect(notifier.offer(line('@me again'), twitch)).toBe(false);
    now += 1;
    expect(
      notifier.offer(line('@me see https://example.com/secret?t=1'), {
        ...twitch,
        streamerMode: true,
      }),
    ).toBe(true);
    expect(shown.map(({ title, options }) => [title, options.body])).toEqual([
      ['viewer on Twitch', '@me hi'],
      // Streamer mode: an address shows as its host only.
      ['viewer on Twitch', '@me see example.com'],
    ]);
    shown[0]!.note.onclick?.(new Event('click'));
    expect(opened).toHaveBeenCalledWith(expect.objectContaining({ seq: 7 }));
    expect(shown[0]!.note.close).toHaveBeenCalled();
  });
});
