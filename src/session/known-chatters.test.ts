import { IDBFactory } from 'fake-indexeddb';
// IDBKeyRange and the other globals a browser has.
import 'fake-indexeddb/auto';
import { describe, expect, it, vi } from 'vitest';
import { keptChatterBook } from './kept-chatters';

/** Kept times are checked like live ones (2000–2100). */
const T = Date.UTC(2026, 0, 1);

describe('keptChatterBook', () => {
  it('remembers chatters across a reload (a new book on the same device)', async () => {
    const device = new IDBFactory();
    const first = keptChatterBook('https://ms.example', 1, device);
    await first.ready;
    expect(first.loaded).toBe(true);
    expect(first.note('twitch:1', T + 100)).toBe(true);
    expect(first.note('twitch:1', T + 200)).toBe(false);
    first.flush();

    const again = keptChatterBook('https://ms.example', 1, device);
    await again.ready;
    expect(again.note('twitch:1', T + 300)).toBe(false);
    expect(again.firstSeen('twitch:1')).toBe(T + 100);
    expect(again.note('youtube:1', T + 300)).toBe(true);
  });

  it('keeps each stream (and server) apart', async () => {
    const device = new IDBFactory();
    const one = keptChatterBook('https://ms.example', 1, device);
    await one.ready;
    one.note('twitch:1', T + 1);
    one.flush();
    const other = keptChatterBook('https://ms.example', 2, device);
    const elsewhere = keptChatterBook('https://other.example', 1, device);
    await Promise.all([other.ready, elsewhere.ready]);
    expect(other.note('twitch:1', T + 2)).toBe(true);
    expect(elsewhere.note('twitch:1', T + 2)).toBe(true);
  });

  it('writes new chatters together, shortly after', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    try {
      const device = new IDBFactory();
      const book = keptChatterBook('https://ms.example', 1, device);
      await book.ready;
      book.note('twitch:1', T + 1);
      book.note('twitch:2', T + 2);
      vi.advanceTimersByTime(100);
      const reloaded = keptChatterBook('https://ms.example', 1, device);
      await reloaded.ready;
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
    const book = keptChatterBook('https://ms.example', 1, refusing);
    await book.ready;
    expect(book.loaded).toBe(true);
    expect(book.note('twitch:1', T + 1)).toBe(true);
    expect(book.note('twitch:1', T + 2)).toBe(false);
    book.flush();
  });

  it('is ready at once where there is no IndexedDB at all', () => {
    const book = keptChatterBook('https://ms.example', 1, null);
    expect(book.loaded).toBe(true);
    expect(book.note('irc:name:bob', 1)).toBe(true);
  });
});
