import { IDBFactory } from 'fake-indexeddb';
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { makeChatEvent } from '../../testing/factories';
import type { HistoryLine } from '../../store/slices/history';
import { createStreamStore } from '../../store/stream-store';
import { createChatKeeper } from './chat-keeper';
import { openKeptHistory } from './kept-history';
import { memoryStorage } from '../../config/page-storage';

const DAY = 24 * 60 * 60_000;
/** Kept times are checked like live ones (2000–2100): the tests' clock starts in 2026. */
const T = Date.UTC(2026, 0, 1);

function line(seq: number, receivedAt: number, text = `line ${seq}`): HistoryLine {
  return { ...makeChatEvent({ text, markdown: text }), seq, receivedAt };
}

describe('kept history', () => {
  it('reads back the last lines kept, oldest first, with what they were', async () => {
    const device = new IDBFactory();
    const kept = await openKeptHistory('https://ms.example', 1, device);
    kept.keep([line(1, T + 1_000), { ...line(2, T + 2_000), firstTime: true }, line(3, T + 3_000)]);
    await kept.flush();
    const again = await openKeptHistory('https://ms.example', 1, device);
    const { lines } = await again.restore(2);
    expect(lines.map((kept) => kept.event.text)).toEqual(['line 2', 'line 3']);
    expect(lines[0]).toMatchObject({ receivedAt: T + 2_000, firstTime: true });
    expect(lines[0]!.event).not.toHaveProperty('seq');
    expect((await again.all()).map((kept) => kept.event.text)).toEqual([
      'line 1',
      'line 2',
      'line 3',
    ]);
  });

  it('writes what waits at once when the page goes away, without waiting for the next write', async () => {
    const device = new IDBFactory();
    const kept = await openKeptHistory('https://ms.example', 1, device, memoryStorage());
    kept.keep([line(1, T + 1_000), line(2, T + 2_000)]);
    kept.writeNow();
    // Another page (the reloaded one) reads them: nothing was left for a timer.
    const again = await openKeptHistory('https://ms.example', 1, device, memoryStorage());
    expect((await again.all()).map((entry) => entry.event.text)).toEqual(['line 1', 'line 2']);
  });

  it('takes over a write under way when the page goes away: every line kept once', async () => {
    const device = new IDBFactory();
    const kept = await openKeptHistory('https://ms.example', 1, device, memoryStorage());
    const many = Array.from({ length: 60 }, (_, index) => line(index + 1, T + index));
    kept.keep(many);
    const writing = kept.flush();
    kept.keep([line(61, T + 61)]);
    kept.writeNow();
    await writing;
    const again = await openKeptHistory('https://ms.example', 1, device, memoryStorage());
    const texts = (await again.all()).map((entry) => entry.event.text);
    expect(texts).toHaveLength(61);
    expect(new Set(texts).size).toBe(61);
  });

  it('leaves the last lines in local storage as the page goes away; the next page stores them', async () => {
    const journal = memoryStorage();
    const kept = await openKeptHistory('https://ms.example', 1, new IDBFactory(), journal);
    kept.keep([line(1, T + 1_000, 'said as the tab closed')]);
    kept.writeNow();
    // The database never finished that write (a fresh one stands for it): the note has the line.
    const device = new IDBFactory();
    const next = await openKeptHistory('https://ms.example', 1, device, journal);
    expect((await next.all()).map((entry) => entry.event.text)).toEqual(['said as the tab closed']);
    // Stored once, the note is gone.
    expect(journal.length).toBe(0);
  });

  it("reads another stream's or a broken note as nothing", async () => {
    const journal = memoryStorage();
    const other = await openKeptHistory('https://ms.example', 2, new IDBFactory(), journal);
    other.keep([line(1, T + 1_000, 'stream two')]);
    other.writeNow();
    const name = journal.key(0)!;
    // Stream 1's note claims stream 2's key, or is not a list at all.
    const forged = JSON.parse(journal.getItem(name)!) as unknown[];
    journal.setItem(name.replace(/2([^2]*)$/, '1$1'), JSON.stringify(forged));
    const device = new IDBFactory();
    const one = await openKeptHistory('https://ms.example', 1, device, journal);
    expect(await one.all()).toEqual([]);
    // Nor was anything written for stream 2 from stream 1's note.
    const two = await openKeptHistory('https://ms.example', 2, device, memoryStorage());
    expect(await two.all()).toEqual([]);
    journal.setItem(name.replace(/2([^2]*)$/, '1$1'), '{"not": "a list"');
    const again = await openKeptHistory('https://ms.example', 1, device, journal);
    expect(await again.all()).toEqual([]);
  });

  it('keeps streams apart', async () => {
    const device = new IDBFactory();
    const one = await openKeptHistory('https://ms.example', 1, device);
    one.keep([line(1, T + 1_000)]);
    await one.flush();
    const two = await openKeptHistory('https://ms.example', 2, device);
    expect(await two.all()).toEqual([]);
  });

  it('drops lines older than the days kept, and the oldest beyond the lines kept', async () => {
    const device = new IDBFactory();
    const now = T + 100 * DAY;
    const kept = await openKeptHistory('https://ms.example', 1, device);
    kept.keep([
      line(1, now - 9 * DAY, 'nine days ago'),
      line(2, now - 6 * DAY, 'six days ago'),
      line(3, now - 2 * DAY, 'two days ago'),
      line(4, now - 1_000, 'just now'),
    ]);
    await kept.trim({ days: 7, lines: 100_000 }, now);
    expect((await kept.all()).map((entry) => entry.event.text)).toEqual([
      'six days ago',
      'two days ago',
      'just now',
    ]);
    await kept.trim({ days: 7, lines: 2 }, now);
    expect((await kept.all()).map((entry) => entry.event.text)).toEqual([
      'two days ago',
      'just now',
    ]);
  });

  it('ignores what does not read back as a chat line', async () => {
    const device = new IDBFactory();
    const kept = await openKeptHistory('https://ms.example', 1, device);
    kept.keep([line(1, T + 1_000)]);
    await kept.flush();
    await new Promise<void>((resolve) => {
      const open = device.open('chatdeck');
      open.onsuccess = () => {
        const put = open.result
          .transaction('lines', 'readwrite')
          .objectStore('lines')
          .put({ event: { type: 'chat', text: 5 } }, 'https://ms.example\u00011\u0001zzz');
        put.onsuccess = () => resolve();
      };
    });
    expect(await kept.all()).toHaveLength(1);
  });

  it('holds kept lines to the limits of live ones: a long name clipped, an odd time dropped', async () => {
    const device = new IDBFactory();
    const kept = await openKeptHistory('https://ms.example', 1, device);
    const event = { ...makeChatEvent({ text: 'kept' }) };
    const records: Array<[string, unknown]> = [
      ['a', { receivedAt: T, event: { ...event, from: { name: 'n'.repeat(1_000_000) } } }],
      ['b', { receivedAt: 1e20, event }],
      ['c', { receivedAt: T, event: { ...event, accountId: Infinity } }],
      ['d', { receivedAt: T, event: { ...event, timestamp: -1e20 } }],
      ['e', { receivedAt: T, event: { ...event, from: { name: 'x', picture: 'javascript:x' } } }],
    ];
    await new Promise<void>((resolve) => {
      const open = device.open('chatdeck');
      open.onsuccess = () => {
        const transaction = open.result.transaction('lines', 'readwrite');
        for (const [key, record] of records) {
          transaction.objectStore('lines').put(record, `https://ms.example\u00011\u0001${key}`);
        }
        transaction.oncomplete = () => resolve();
      };
    });
    const lines = await kept.all();
    expect(lines).toHaveLength(3);
    expect(lines[0]!.event.from.name.length).toBeLessThanOrEqual(64);
    // A time outside 2000–2100 is dropped, as in a live frame: the line keeps its receivedAt.
    expect(lines[1]!.event).not.toHaveProperty('timestamp');
    expect(lines[2]!.event.from).toEqual({ name: 'x' });
  });
});

const BOUNDS = { days: 7, lines: 100_000 };

describe('the chat keeper of a session', () => {
  it('puts the kept lines before live ones, marked earlier, and keeps the new ones', async () => {
    const device = new IDBFactory();
    const first = createStreamStore();
    const keeper = createChatKeeper(
      first,
      { server: 'https://ms.example', streamId: 1 },
      { factory: device },
    );
    const keeping = keeper.start(BOUNDS);
    await keeping.ready;
    first.getState().addMessages([makeChatEvent({ text: 'before the reload' })], Date.now());
    await keeping.stop();

    const second = createStreamStore();
    const reloaded = createChatKeeper(
      second,
      { server: 'https://ms.example', streamId: 1 },
      { factory: device },
    );
    const keepingAgain = reloaded.start(BOUNDS);
    await keepingAgain.ready;
    second.getState().addMessages([makeChatEvent({ text: 'after' })], Date.now());
    expect(second.getState().messages.map((kept) => [kept.text, kept.earlier ?? false])).toEqual([
      ['before the reload', true],
      ['after', false],
    ]);
    expect(second.getState().keeping).toBe('device');
    await keepingAgain.stop();
  });

  it('works from memory where the browser refuses storage, and says so', async () => {
    const refusing = {
      open: () => {
        throw new DOMException('denied', 'SecurityError');
      },
    } as unknown as IDBFactory;
    const store = createStreamStore();
    const keeper = createChatKeeper(
      store,
      { server: 'https://ms.example', streamId: 1 },
      { factory: refusing },
    );
    const keeping = keeper.start(BOUNDS);
    await keeping.ready;
    expect(store.getState().keeping).toBe('memory');
    store.getState().addMessages([makeChatEvent({ text: 'in memory' })], 1);
    expect((await keeper.all()).map((kept) => kept.event.text)).toEqual(['in memory']);
    await keeping.stop();
  });
});
