import { describe, expect, it } from 'vitest';
import { makeChatEvent } from '../../testing/factories';
import {
  createFeaturedStore,
  featuredLine,
  readFeaturedMessage,
  type FeaturedChannel,
  type FeaturedMessage,
} from './featured-store';

/** Pages of one origin: what one posts, the others hear. */
function channels() {
  const listeners = new Set<(message: FeaturedMessage) => void>();
  const sent: FeaturedMessage[] = [];
  const page = (): FeaturedChannel => {
    let own: ((message: FeaturedMessage) => void) | null = null;
    return {
      post: (message) => {
        sent.push(message);
        for (const listener of listeners) if (listener !== own) listener(message);
      },
      listen: (handle) => {
        own = handle;
        listeners.add(handle);
        return () => listeners.delete(handle);
      },
    };
  };
  return { page, sent };
}

const line = (seq: number, name: string) =>
  featuredLine(
    {
      ...makeChatEvent({ text: `line ${seq}`, from: { name } }),
      seq,
      receivedAt: Date.UTC(2026, 0, 1),
    },
    { networkName: 'Twitch' },
  );

describe('the featured line', () => {
  it('tells overlays what to show, clear, and what a late overlay asks', () => {
    const { page, sent } = channels();
    const dashboard = createFeaturedStore(page(), () => 5);
    dashboard.getState().feature(line(1, 'ann'));
    expect(sent.at(-1)).toMatchObject({ type: 'show', line: { name: 'ann' }, shownAt: 5 });
    const overlay = page();
    const heard: FeaturedMessage[] = [];
    overlay.listen((message) => heard.push(message));
    overlay.post({ type: 'ask' });
    expect(heard).toEqual([
      expect.objectContaining({ type: 'show', line: expect.objectContaining({ text: 'line 1' }) }),
    ]);
    dashboard.getState().clear();
    expect(heard.at(-1)).toEqual({ type: 'clear' });
  });

  it('queues with Ctrl (shown at once when nothing is), and Next takes the oldest', () => {
    const { page } = channels();
    const dashboard = createFeaturedStore(page());
    const { enqueue, next } = dashboard.getState();
    enqueue(line(1, 'a'));
    expect(dashboard.getState().current?.line.name).toBe('a');
    enqueue(line(2, 'b'));
    enqueue(line(3, 'c'));
    enqueue(line(3, 'c'));
    expect(dashboard.getState().queue.map((queued) => queued.name)).toEqual(['b', 'c']);
    next();
    expect(dashboard.getState().current?.line.name).toBe('b');
    next();
    next();
    expect(dashboard.getState().current).toBeNull();
  });

  it('reads only well-formed messages from the channel', () => {
    expect(readFeaturedMessage({ type: 'ask' })).toEqual({ type: 'ask' });
    expect(readFeaturedMessage({ type: 'show', line: { name: 5 }, shownAt: 1 })).toBeNull();
    expect(readFeaturedMessage('<img src=x>')).toBeNull();
  });
});
