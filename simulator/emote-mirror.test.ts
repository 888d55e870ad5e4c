import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  mirrored,
  readBttvChannel,
  readBttvGlobal,
  readFfzGlobal,
  readFfzRoom,
  readSeventvSet,
  readSeventvUser,
} from '../src/features/emotes/provider-answers';
import { startSimulator, type RunningSimulator } from './server';

let sim: RunningSimulator;
beforeAll(async () => {
  sim = await startSimulator({ scenario: 'idle' });
});
afterAll(() => sim.close());

const get = (path: string) => fetch(`${sim.url}${path}`);
const json = async (path: string) => (await get(path)).json() as Promise<unknown>;

describe("the simulator's emote mirror", () => {
  it('answers every lookup in the format the real providers use', async () => {
    const image = mirrored(sim.url);
    const room = readFfzRoom(await json('/api.frankerfacez.com/v1/room/chatdeck_live'), image)!;
    expect(room.twitchId).toBe(910001);
    expect(room.emotes.map((emote) => emote.code)).toEqual(['LULW', 'PepeLaugh']);
    expect(readFfzGlobal(await json('/api.frankerfacez.com/v1/set/global'), image)).toHaveLength(2);
    const bttv = readBttvChannel(
      await json('/api.betterttv.net/3/cached/users/twitch/910001'),
      image,
    );
    expect(bttv!.map((emote) => emote.code)).toEqual(['catJAM', 'monkaS']);
    expect(
      readBttvGlobal(await json('/api.betterttv.net/3/cached/emotes/global'), image),
    ).toHaveLength(2);
    const user = readSeventvUser(await json('/7tv.io/v3/users/twitch/910001'), image) as {
      emotes: { code: string; zeroWidth: boolean }[];
    };
    expect(user.emotes.map((emote) => [emote.code, emote.zeroWidth])).toEqual([
      ['KEKW', false],
      ['Clap', false],
      ['SteerR', true],
    ]);
    const global = readSeventvSet(await json('/7tv.io/v3/emote-sets/global'), image)!;
    expect(global.map((emote) => emote.code)).toEqual(['EZ', 'RainTime']);

    // And serves the images its answers point at, to any origin.
    const picture = await get(new URL(global[1]!.src).pathname);
    expect(picture.headers.get('content-type')).toBe('image/svg+xml');
    expect(picture.headers.get('access-control-allow-origin')).toBe('*');
    expect(await picture.text()).toContain('<svg');
  });

  it('says 404 for a channel it does not know, as the providers do', async () => {
    expect((await get('/api.frankerfacez.com/v1/room/nobody_at_all')).status).toBe(404);
    expect((await get('/7tv.io/v3/users/twitch/1')).status).toBe(404);
  });

  it('misbehaves on request under /_sim/emotes/CASE/', async () => {
    expect(
      (await get('/_sim/emotes/bttv=500/api.betterttv.net/3/cached/emotes/global')).status,
    ).toBe(500);
    expect((await get('/_sim/emotes/bttv=500/7tv.io/v3/emote-sets/global')).status).toBe(200);
    const malformed = await get('/_sim/emotes/all=malformed/api.frankerfacez.com/v1/set/global');
    await expect(malformed.json()).rejects.toThrow();
    const slow = await Promise.race([
      get('/_sim/emotes/7tv=slow/7tv.io/v3/emote-sets/global').then(() => 'answered'),
      new Promise((resolve) => setTimeout(() => resolve('still waiting'), 300)),
    ]);
    expect(slow).toBe('still waiting');
    const image = mirrored(sim.url);
    const hostile = readFfzRoom(
      await json('/_sim/emotes/all=hostile/api.frankerfacez.com/v1/room/chatdeck_live'),
      image,
    )!;
    expect(hostile.emotes.map((emote) => emote.code)).toEqual(['HonestFFZ']);
  });
});
