import { IDBFactory } from 'fake-indexeddb';
// IDBKeyRange and the other globals a browser has.
import 'fake-indexeddb/auto';
import { describe, expect, it, vi } from 'vitest';
import { memoryChatterBook } from '../store/slices/history';
import { byPerson, knownChatters } from './known-chatters';

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

describe('knownChatters while it learns who chats', () => {
  const HOUR = 60 * 60_000;

  it('marks nobody until the device has followed the stream that long, across visits', async () => {
    const device = new IDBFactory();
    let now = T;
    const options = { learnMs: () => HOUR, now: () => now };
    const first = knownChatters('https://ms.example', 1, device, options);
    await first.open();
    first.follow(true);
    expect(first.note('twitch:regular', now)).toBe(false);
    now += 40 * 60_000;
    expect(first.note('twitch:other', now)).toBe(false);
    expect(first.followedMs()).toBe(40 * 60_000);
    // The page goes; hidden or gone, the time stands still.
    first.follow(false);
    first.flush();
    now += 5 * HOUR;

    const again = knownChatters('https://ms.example', 1, device, options);
    await again.open();
    expect(again.followedMs()).toBe(40 * 60_000);
    again.follow(true);
    now += 19 * 60_000;
    expect(again.note('twitch:third', now)).toBe(false);
    now += 60_000;
    // Learned: someone new is marked; the chatters seen while learning are not.
    expect(again.note('twitch:newcomer', now)).toBe(true);
    expect(again.note('twitch:regular', now)).toBe(false);
    expect(again.note('twitch:third', now)).toBe(false);
  });

  it('marks from the first line when the setting is 0, read at each line', async () => {
    const device = new IDBFactory();
    let learnMs = HOUR;
    const book = knownChatters('https://ms.example', 1, device, {
      learnMs: () => learnMs,
      now: () => T,
    });
    await book.open();
    book.follow(true);
    expect(book.note('twitch:1', T)).toBe(false);
    learnMs = 0;
    expect(book.note('twitch:2', T)).toBe(true);
  });

  it('keeps each stream’s followed time apart, and ignores a kept value that is not a time', async () => {
    const device = new IDBFactory();
    let now = T;
    const options = { learnMs: () => HOUR, now: () => now };
    const one = knownChatters('https://ms.example', 1, device, options);
    await one.open();
    one.follow(true);
    now += 30 * 60_000;
    one.follow(false);
    const two = knownChatters('https://ms.example', 2, device, options);
    await two.open();
    expect(two.followedMs()).toBe(0);

    const db = await new Promise<IDBDatabase>((resolve) => {
      const request = device.open('chatdeck');
      request.onsuccess = () => resolve(request.result);
    });
    await new Promise<void>((resolve) => {
      const tx = db.transaction('chatters', 'readwrite');
      tx.objectStore('chatters').put('a lot', 'https://ms.example\u00013\u0001\u0000followed');
      tx.oncomplete = () => resolve();
    });
    db.close();
    const three = knownChatters('https://ms.example', 3, device, options);
    await three.open();
    expect(three.followedMs()).toBe(0);
  });
});

describe('linked chatters', () => {
  it('are noted as one person: one "first" mark', () => {
    const book = memoryChatterBook();
    const links: Record<string, string> = { 'youtube:UC1': 'twitch:1' };
    const people = byPerson(book, (key) => links[key] ?? key);
    expect(people.note('twitch:1', 10)).toBe(true);
    expect(people.note('youtube:UC1', 20)).toBe(false);
    expect(people.firstSeen('youtube:UC1')).toBe(10);
    expect(people.note('facebook:9', 30)).toBe(true);
  });
});
