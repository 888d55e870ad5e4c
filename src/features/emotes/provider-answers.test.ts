import { describe, expect, it } from 'vitest';
import {
  bttvChannel,
  bttvGlobal,
  ffzGlobal,
  ffzRoom,
  seventvGlobal,
  seventvUser,
} from '../../testing/third-party-answers';
import {
  MAX_EMOTES_PER_ANSWER,
  mirrored,
  readBttvChannel,
  readBttvGlobal,
  readFfzGlobal,
  readFfzRoom,
  readSeventvSet,
  readSeventvUser,
} from './provider-answers';

const direct = mirrored(undefined);

describe("the providers' answers", () => {
  it("FrankerFaceZ's room: the Twitch id and every set's emotes, older URL forms too", () => {
    const room = readFfzRoom(ffzRoom, direct)!;
    expect(room.twitchId).toBe(910001);
    expect(room.emotes).toEqual([
      {
        code: 'LULW',
        provider: 'ffz',
        src: 'https://cdn.frankerfacez.com/emote/139407/1',
        srcSet:
          'https://cdn.frankerfacez.com/emote/139407/2 2x, https://cdn.frankerfacez.com/emote/139407/4 4x',
        width: 28,
        height: 32,
        zeroWidth: false,
      },
      expect.objectContaining({
        code: 'KevinSquirtle',
        src: 'https://cdn.frankerfacez.com/emoticon/18146/1',
        srcSet: '',
      }),
    ]);
  });

  it("FrankerFaceZ's global sets: the default sets only, without modifiers", () => {
    expect(readFfzGlobal(ffzGlobal, direct)!.map((emote) => emote.code)).toEqual(['OMEGALUL']);
  });

  it("BetterTTV: channel and shared emotes, images on BetterTTV's CDN by id", () => {
    const emotes = readBttvChannel(bttvChannel, direct)!;
    expect(emotes.map((emote) => emote.code)).toEqual(['catJAM', 'monkaS']);
    expect(emotes[0]).toMatchObject({
      src: 'https://cdn.betterttv.net/emote/5f1b0186cf6d2144653d2970/1x',
      srcSet:
        'https://cdn.betterttv.net/emote/5f1b0186cf6d2144653d2970/2x 2x, https://cdn.betterttv.net/emote/5f1b0186cf6d2144653d2970/3x 4x',
      zeroWidth: false,
    });
    const global = readBttvGlobal(bttvGlobal, direct)!;
    // `w!` is a modifier; SantaHat is one of the hats drawn over the emote before it.
    expect(global.map((emote) => [emote.code, emote.zeroWidth])).toEqual([
      ['OhMyGoodness', false],
      ['SantaHat', true],
    ]);
  });

  it("7TV: the active set, WebP images from the host, zero-width by the set's flag", () => {
    const user = readSeventvUser(seventvUser, direct);
    expect(user && 'emotes' in user).toBe(true);
    const emotes = (user as { emotes: ReturnType<typeof readSeventvSet> & object }).emotes;
    expect(emotes.map((emote) => [emote.code, emote.zeroWidth])).toEqual([
      ['FeelsDankMan', false],
      ['KEKW', false],
      ['SteerR', true],
    ]);
    expect(emotes[0]).toMatchObject({
      src: 'https://cdn.7tv.app/emote/63071bb9464de28875c52531/1x.webp',
      srcSet:
        'https://cdn.7tv.app/emote/63071bb9464de28875c52531/2x.webp 2x, https://cdn.7tv.app/emote/63071bb9464de28875c52531/4x.webp 4x',
      width: 28,
      height: 32,
    });
    expect(readSeventvSet(seventvGlobal, direct)!.map((emote) => emote.code)).toEqual(['RainTime']);
  });

  it('7TV: a user whose set is only named asks for the set', () => {
    const named: Partial<typeof seventvUser> = { ...seventvUser };
    delete named.emote_set;
    expect(readSeventvUser(named, direct)).toEqual({ setId: '01GB2TV1GR0008NEBV81C7M5DP' });
    expect(readSeventvUser({ ...named, emote_set_id: '../evil' }, direct)).toBeNull();
    expect(readSeventvUser({ id: '1', emote_set: null, emote_set_id: null }, direct)).toEqual({
      emotes: [],
    });
  });

  it('point images at the mirror when there is one', () => {
    const image = mirrored('http://127.0.0.1:8787/mirror');
    expect(readBttvGlobal(bttvGlobal, image)![0]!.src).toBe(
      'http://127.0.0.1:8787/mirror/cdn.betterttv.net/emote/54fa925e01e468494b85b54d/1x',
    );
    expect(readFfzRoom(ffzRoom, image)!.emotes[1]!.src).toBe(
      'http://127.0.0.1:8787/mirror/cdn.frankerfacez.com/emoticon/18146/1',
    );
  });
});

describe('hostile and broken answers', () => {
  it('drop emotes whose images are anywhere but the CDN, and keep the rest', () => {
    const good = ffzRoom.sets['366370'].emoticons[0]!;
    const room = {
      ...ffzRoom,
      sets: {
        '366370': {
          emoticons: [
            good,
            { ...good, name: 'Script', urls: { '1': 'javascript:alert(1)' } },
            { ...good, name: 'Elsewhere', urls: { '1': 'https://evil.example/emote/139407/1' } },
            {
              ...good,
              name: 'LookAlike',
              urls: { '1': 'https://cdn.frankerfacez.com.evil.example/emote/139407/1' },
            },
            { ...good, name: 'OtherId', urls: { '1': 'https://cdn.frankerfacez.com/emote/1/1' } },
            { ...good, name: 'two words' },
            { ...good, name: '' },
          ],
        },
      },
    };
    expect(readFfzRoom(room, direct)!.emotes.map((emote) => emote.code)).toEqual(['LULW']);

    const first = seventvUser.emote_set.emotes[0]!;
    const hosted = (host: Partial<typeof first.data.host>) => ({
      ...first,
      data: { ...first.data, host: { ...first.data.host, ...host } },
    });
    const user = {
      emote_set: {
        emotes: [
          hosted({ url: '//evil.example/emote/x' }),
          hosted({ url: 'javascript:alert(1)//' }),
          hosted({ files: [{ ...first.data.host.files[1]!, name: '../1x.webp' }] }),
          { ...first, name: 'Unlisted', data: { ...first.data, listed: false } },
          { ...first, name: 'NotOnTwitch', data: { ...first.data, flags: 1 << 24 } },
          { ...first, name: 'Fine' },
        ],
      },
    };
    const emotes = readSeventvUser(user, direct) as { emotes: { code: string }[] };
    expect(emotes.emotes.map((emote) => emote.code)).toEqual(['Fine']);

    expect(
      readBttvGlobal(
        [
          { id: '../../evil', code: 'PathId' },
          { id: '54fa925e01e468494b85b54d', code: '<script>alert(1)</script>' },
          { id: 42, code: 'NumberId' },
        ],
        direct,
      )!.map((emote) => emote.code),
    ).toEqual(['<script>alert(1)</script>']);
  });

  it('refuse answers of the wrong shape', () => {
    expect(readFfzRoom({ error: 'Not Found' }, direct)).toBeNull();
    expect(readFfzRoom({ room: { twitch_id: '910001' }, sets: {} }, direct)).toBeNull();
    expect(readFfzGlobal([], direct)).toBeNull();
    expect(readBttvChannel('nope', direct)).toBeNull();
    expect(readBttvGlobal({ message: 'user not found' }, direct)).toBeNull();
    expect(readSeventvSet({ emotes: 'all of them' }, direct)).toBeNull();
  });

  it('cut huge lists', () => {
    const many = Array.from({ length: MAX_EMOTES_PER_ANSWER + 500 }, (_, index) => ({
      id: index.toString(16).padStart(24, '0'),
      code: `e${index}`,
    }));
    expect(readBttvGlobal(many, direct)).toHaveLength(MAX_EMOTES_PER_ANSWER);
    expect(readBttvChannel({ channelEmotes: many, sharedEmotes: many }, direct)).toHaveLength(
      MAX_EMOTES_PER_ANSWER,
    );
  });
});
