import { IDBFactory } from 'fake-indexeddb';
// IDBKeyRange and the other globals a browser has.
import 'fake-indexeddb/auto';
import { describe, expect, it, vi } from 'vitest';
import { knownChatters } from './known-chatters';

/** Kept times are checked like live ones (2000–2100). */
const T = Date.UTC(2026, 0, 1);

describe('knownChatters', () => {
  it('remembers chatters across a reload (a new book on the same device)', async () => {
    const device = new IDBFactory();
    const first = knownChatters('https://ms.example', 1, device);
    await first.open();
    expect(first.loaded).toBe(true);
    expect(first.note('twitch:1', T + 100)).toBe(true);
    expect(first.note('twitch:1', T + 200)).toBe(false);
    first.flush();

    const again = knownChatters('https://ms.example', 1, device);
    await again.open();
    expect(again.note('twitch:1', T + 300)).toBe(false);
    expect(again.firstSeen('twitch:1')).toBe(T + 100);
    expect(again.note('youtube:1', T + 300)).toBe(true);
  });

  it('keeps each stream (and server) apart', async () => {
    const device = new IDBFactory();
    const one = knownChatters('https://ms.example', 1, device);
    await one.open();
    one.note('twitch:1', T + 1);
    one.flush();
    const other = knownChatters('https://ms.example', 2, device);
    const elsewhere = knownChatters('https://other.example', 1, device);
    await Promise.all([other.open(), elsewhere.open()]);
    expect(other.note('twitch:1', T + 2)).toBe(true);
    expect(elsewhere.note('twitch:1', T + 2)).toBe(true);
  });

  it('writes new chatters together, shortly after', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    try {
      const device = new IDBFactory();
      const book = knownChatters('https://ms.example', 1, device);
      await book.open();
      book.note('twitch:1', T + 1);
      book.note('twitch:2', T + 2);
      vi.advanceTimersByTime(100);
      const reloaded = knownChatters('https://ms.example', 1, device);
      await reloaded.open();
      expect(reloaded.firstSeen('twitch:2')).toBe(T + 2);
    } finally {
      vi.useRealTimers();
    }
  });

  it('works from memory where the browser refuses storage', async () => {
    const refusing = {
      open: () => {
        throw new DOMException('The user denied permission', 'SecurityError');
      },
    } as unknown as IDBFactory;
    const book = knownChatters('https://ms.example', 1, refusing);
    await book.open();
    expect(book.loaded).toBe(true);
    expect(book.note('twitch:1', T + 1)).toBe(true);
    expect(book.note('twitch:1', T + 2)).toBe(false);
    book.flush();
  });

  it('is ready at once where there is no IndexedDB at all', () => {
    const book = knownChatters('https://ms.example', 1, null);
    expect(book.loaded).toBe(true);
    expect(book.note('irc:name:bob', 1)).toBe(true);
  });
});
