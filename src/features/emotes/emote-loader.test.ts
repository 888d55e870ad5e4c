import { describe, expect, it, vi } from 'vitest';
import { memoryStorage } from '../../config/page-storage';
import {
  bttvChannel,
  bttvGlobal,
  ffzGlobal,
  ffzRoom,
  seventvGlobal,
  seventvUser,
} from '../../testing/third-party-answers';
import { readLookup } from './answer-reader';
import type { AnswerReader } from './emote-types';
import { checkKept } from './kept-answers';
import { CACHE_DAY_MS } from './kept-answers';
import { EmoteLoader, REFRESH_AFTER_MS, RETRY_AFTER_MS } from './emote-loader';

/** A reader on the test's own thread (the page reads in a worker). */
function directReader(fetcher?: typeof fetch): AnswerReader {
  return {
    read: (request) => readLookup(request, fetcher),
    check: async (text, apiBase, now) => checkKept(text, apiBase, now),
  };
}

const ALL = { ffz: true, bttv: true, seventv: true };
const MIRROR = 'http://mirror.test';

const ANSWERS: Record<string, unknown> = {
  '/api.frankerfacez.com/v1/room/chatdeck_live': ffzRoom,
  '/api.frankerfacez.com/v1/set/global': ffzGlobal,
  '/api.betterttv.net/3/cached/users/twitch/910001': bttvChannel,
  '/api.betterttv.net/3/cached/emotes/global': bttvGlobal,
  '/7tv.io/v3/users/twitch/910001': seventvUser,
  '/7tv.io/v3/emote-sets/global': seventvGlobal,
};

/** A fetch that answers from ANSWERS (or `override`), recording what was asked. */
function fakeFetch(
  override: (path: string) => Response | Promise<Response> | undefined = () => undefined,
) {
  const asked: string[] = [];
  const fetcher = vi.fn(async (input: RequestInfo | URL) => {
    const path = String(input).slice(MIRROR.length);
    asked.push(path);
    const special = await override(path);
    if (special) return special;
    const body = ANSWERS[path];
    return body === undefined
      ? new Response('{"error":"Not Found"}', { status: 404 })
      : new Response(JSON.stringify(body), { status: 200 });
  });
  return { fetcher: fetcher as unknown as typeof fetch, asked };
}

async function settled(loader: EmoteLoader, changes: number) {
  await vi.waitFor(() => expect(loader.version).toBeGreaterThanOrEqual(changes));
}

const codes = (loader: EmoteLoader, providers = ALL) => [
  ...loader.index('chatdeck_live', providers).keys(),
];

describe('the emote loader', () => {
  it("asks FrankerFaceZ for the room, then BetterTTV's and 7TV's sets by its Twitch id", async () => {
    const { fetcher, asked } = fakeFetch();
    const loader = new EmoteLoader(MIRROR, {
      reader: directReader(fetcher),
      storage: memoryStorage(),
    });
    loader.want(['chatdeck_live'], ALL);
    await settled(loader, 6);
    expect(asked.sort()).toEqual(Object.keys(ANSWERS).sort());
    // Channel sets first (FFZ, BetterTTV, 7TV), then the global ones.
    expect(codes(loader)).toEqual([
      'LULW',
      'KevinSquirtle',
      'catJAM',
      'monkaS',
      'FeelsDankMan',
      'KEKW',
      'SteerR',
      'OMEGALUL',
      'OhMyGoodness',
      'SantaHat',
      'RainTime',
    ]);
    expect(loader.index('chatdeck_live', ALL).get('catJAM')!.src).toBe(
      `${MIRROR}/cdn.betterttv.net/emote/5f1b0186cf6d2144653d2970/1x`,
    );
    // Without a channel: the global sets only.
    expect([...loader.index(undefined, ALL).keys()]).toEqual([
      'OMEGALUL',
      'OhMyGoodness',
      'SantaHat',
      'RainTime',
    ]);
  });

  it('asks only the providers that are on, and shows only theirs', async () => {
    const { fetcher, asked } = fakeFetch();
    const loader = new EmoteLoader(MIRROR, {
      reader: directReader(fetcher),
      storage: memoryStorage(),
    });
    const onlySeventv = { ffz: false, bttv: false, seventv: true };
    loader.want(['chatdeck_live'], onlySeventv);
    await settled(loader, 3);
    // The room is asked for all the same: it is where the channel's Twitch id comes from.
    expect(asked.sort()).toEqual([
      '/7tv.io/v3/emote-sets/global',
      '/7tv.io/v3/users/twitch/910001',
      '/api.frankerfacez.com/v1/room/chatdeck_live',
    ]);
    expect(codes(loader, onlySeventv)).toEqual(['FeelsDankMan', 'KEKW', 'SteerR', 'RainTime']);
  });

  it('follows a set 7TV only names', async () => {
    const { emote_set: set, ...named } = seventvUser;
    const { fetcher, asked } = fakeFetch((path) => {
      if (path === '/7tv.io/v3/users/twitch/910001') return Response.json(named);
      if (path === `/7tv.io/v3/emote-sets/${named.emote_set_id}`) return Response.json(set);
      return undefined;
    });
    const loader = new EmoteLoader(MIRROR, {
      reader: directReader(fetcher),
      storage: memoryStorage(),
    });
    loader.want(['chatdeck_live'], { ffz: false, bttv: false, seventv: true });
    await vi.waitFor(() => expect(codes(loader)).toContain('SteerR'));
    expect(asked).toContain(`/7tv.io/v3/emote-sets/${named.emote_set_id}`);
  });

  it('one provider failing, hanging or answering nonsense leaves the others', async () => {
    const { fetcher } = fakeFetch((path) => {
      if (path.startsWith('/api.betterttv.net/3/cached/users'))
        return new Response('', { status: 500 });
      if (path.startsWith('/api.betterttv.net/3/cached/emotes')) return new Response('<html>');
      if (path.startsWith('/7tv.io/v3/emote-sets')) return new Promise<Response>(() => undefined);
      return undefined;
    });
    const loader = new EmoteLoader(MIRROR, {
      reader: directReader(fetcher),
      storage: memoryStorage(),
    });
    loader.want(['chatdeck_live'], ALL);
    await vi.waitFor(() => expect(codes(loader)).toContain('SteerR'));
    expect(codes(loader)).toEqual([
      'LULW',
      'KevinSquirtle',
      'FeelsDankMan',
      'KEKW',
      'SteerR',
      'OMEGALUL',
    ]);
  });

  it('keeps answers on the device for a day, refreshes them behind, retries failures later', async () => {
    const storage = memoryStorage();
    let now = 1_000_000;
    const first = fakeFetch();
    const loader = new EmoteLoader(MIRROR, {
      reader: directReader(first.fetcher),
      storage,
      now: () => now,
    });
    loader.want(['chatdeck_live'], ALL);
    await settled(loader, 6);

    // Another page soon after: everything from the device, nothing asked.
    const soon = fakeFetch();
    const next = new EmoteLoader(MIRROR, {
      reader: directReader(soon.fetcher),
      storage,
      now: () => now + 1_000,
    });
    next.want(['chatdeck_live'], ALL);
    await vi.waitFor(() => expect(codes(next)).toHaveLength(11));
    expect(soon.asked).toEqual([]);

    // Later: shown from the device at once, and asked again behind it.
    now += REFRESH_AFTER_MS + 1;
    const later = fakeFetch();
    const stale = new EmoteLoader(MIRROR, {
      reader: directReader(later.fetcher),
      storage,
      now: () => now,
    });
    stale.want(['chatdeck_live'], ALL);
    await vi.waitFor(() => expect(codes(stale)).toHaveLength(11));
    await vi.waitFor(() => expect(later.asked).toHaveLength(6));

    // A day on: what is kept is too old to show.
    now += CACHE_DAY_MS + 1;
    const failing = fakeFetch(() => new Response('', { status: 503 }));
    const old = new EmoteLoader(MIRROR, {
      reader: directReader(failing.fetcher),
      storage,
      now: () => now,
    });
    old.want(['chatdeck_live'], ALL);
    await vi.waitFor(() => expect(failing.asked.length).toBeGreaterThanOrEqual(4));
    expect(codes(old)).toEqual([]);
    await new Promise((resolve) => setTimeout(resolve, 10));
    // A failure is not asked again at once…
    const count = failing.asked.length;
    old.want(['chatdeck_live'], ALL);
    expect(failing.asked).toHaveLength(count);
    // …but after a while.
    now += RETRY_AFTER_MS + 1;
    old.want(['chatdeck_live'], ALL);
    expect(failing.asked.length).toBeGreaterThan(count);
  });

  it('takes a 404 as "no emotes there", and keeps that', async () => {
    const { fetcher } = fakeFetch();
    const storage = memoryStorage();
    const loader = new EmoteLoader(MIRROR, { reader: directReader(fetcher), storage });
    loader.want(['nobody_here'], ALL);
    await settled(loader, 4);
    expect([...loader.index('nobody_here', ALL).keys()]).toEqual([
      'OMEGALUL',
      'OhMyGoodness',
      'SantaHat',
      'RainTime',
    ]);
  });
});
