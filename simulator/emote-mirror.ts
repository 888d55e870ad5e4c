import type { IncomingMessage, ServerResponse } from 'node:http';
import {
  CHANNEL_EMOTES,
  GLOBAL_EMOTES,
  TWITCH_CHANNELS,
  emoteImageSvg,
  type MirrorEmote,
  type MirrorProvider,
} from './third-party-emotes';

/**
 * A mirror of the third-party emote APIs (`emote_api=ORIGIN` in Chatdeck's address), under
 * each API's host name, answering in the providers' own formats, and their CDNs' images:
 *
 *   /api.frankerfacez.com/v1/room/LOGIN          /api.frankerfacez.com/v1/set/global
 *   /api.betterttv.net/3/cached/users/twitch/ID  /api.betterttv.net/3/cached/emotes/global
 *   /7tv.io/v3/users/twitch/ID                   /7tv.io/v3/emote-sets/global (and /ID)
 *   /cdn.frankerfacez.com/emote/ID/1             /cdn.betterttv.net/emote/ID/1x
 *   /cdn.7tv.app/emote/ID/1x.webp
 *
 * Under `/_sim/emotes/CASE/` the same paths misbehave for tests, CASE naming what each
 * provider does (`bttv=500,7tv=slow`): `500`, `slow` (never answers), `malformed`, `missing`
 * (404 everywhere) or `hostile` (huge lists, `javascript:` URLs, images on other hosts).
 */

type Behaviour = 'ok' | '500' | 'slow' | 'malformed' | 'missing' | 'hostile';
const BEHAVIOURS = new Set<Behaviour>(['ok', '500', 'slow', 'malformed', 'missing', 'hostile']);
const PROVIDER_OF_HOST: Record<string, MirrorProvider> = {
  'api.frankerfacez.com': 'ffz',
  'cdn.frankerfacez.com': 'ffz',
  'api.betterttv.net': 'bttv',
  'cdn.betterttv.net': 'bttv',
  '7tv.io': '7tv',
  'cdn.7tv.app': '7tv',
};

export interface EmoteMirror {
  /** Answers a mirror path (true), or leaves the request alone (false). */
  handle(req: IncomingMessage, res: ServerResponse, path: string): boolean;
  /** Ends the answers held back for `slow`. */
  close(): void;
}

function behaviours(spec: string): Record<MirrorProvider, Behaviour> {
  const chosen: Record<MirrorProvider, Behaviour> = { ffz: 'ok', bttv: 'ok', '7tv': 'ok' };
  for (const part of decodeURIComponent(spec).split(',')) {
    const [who, what] = part.split('=') as [string, Behaviour];
    if (!BEHAVIOURS.has(what)) continue;
    if (who === 'all') for (const key of Object.keys(chosen)) chosen[key as MirrorProvider] = what;
    else if (who in chosen) chosen[who as MirrorProvider] = what;
  }
  return chosen;
}

// Real-format answers ----------------------------------------------------------------------

const FFZ_CDN = 'https://cdn.frankerfacez.com';
const SEVENTV_OWNER = {
  id: '603cb1c696832ffa78cc3bc2',
  username: 'chatdeck',
  display_name: 'Chatdeck',
  avatar_url: '',
  style: {},
  roles: ['62b48deb791a15a25c2a0354'],
};

function ffzEmoticon(emote: MirrorEmote) {
  const id = Number(emote.id);
  return {
    id,
    name: emote.code,
    height: emote.height,
    width: emote.width,
    public: true,
    hidden: false,
    modifier: false,
    modifier_flags: 0,
    offset: null,
    margins: null,
    css: null,
    owner: { _id: 1, name: 'chatdeck', display_name: 'Chatdeck' },
    artist: null,
    urls: {
      '1': `${FFZ_CDN}/emote/${id}/1`,
      '2': `${FFZ_CDN}/emote/${id}/2`,
      '4': `${FFZ_CDN}/emote/${id}/4`,
    },
    status: 1,
    usage_count: 1,
    created_at: '2024-01-01T00:00:00.000Z',
    last_updated: '2024-01-01T00:00:00.000Z',
  };
}

function ffzSet(id: number, title: string, emoticons: unknown[]) {
  return { id, _type: 1, icon: null, title, css: null, emoticons };
}

function ffzRoom(login: string, emoticons: unknown[]) {
  const channel = TWITCH_CHANNELS[login]!;
  const setId = channel.twitchId + 1;
  return {
    room: {
      _id: channel.twitchId,
      twitch_id: channel.twitchId,
      youtube_id: null,
      id: login,
      is_group: false,
      display_name: channel.displayName,
      set: setId,
      moderator_badge: null,
      vip_badge: null,
      mod_urls: null,
      user_badges: {},
      user_badge_ids: {},
      css: null,
    },
    sets: { [setId]: ffzSet(setId, `Channel: ${channel.displayName}`, emoticons) },
  };
}

function bttvEmote(emote: MirrorEmote, shared: boolean) {
  return {
    id: emote.id,
    code: emote.code,
    imageType: 'png',
    animated: false,
    ...(emote.width !== 28 && { width: emote.width, height: emote.height }),
    ...(shared
      ? {
          user: {
            id: '5561169bd6b9d206222a8c19',
            name: 'chatdeck',
            displayName: 'Chatdeck',
            providerId: '1',
          },
        }
      : { userId: '5561169bd6b9d206222a8c19' }),
  };
}

function seventvEmote(emote: MirrorEmote) {
  const file = (scale: number, format: 'AVIF' | 'WEBP') => ({
    name: `${scale}x.${format.toLowerCase()}`,
    static_name: `${scale}x_static.${format.toLowerCase()}`,
    width: emote.width * scale,
    height: emote.height * scale,
    frame_count: 1,
    size: 1_000 * scale,
    format,
  });
  return {
    id: emote.id,
    name: emote.code,
    flags: emote.zeroWidth ? 1 : 0,
    timestamp: 1_700_000_000_000,
    actor_id: SEVENTV_OWNER.id,
    data: {
      id: emote.id,
      name: emote.code,
      flags: emote.zeroWidth ? 256 : 0,
      lifecycle: 3,
      state: ['LISTED'],
      listed: true,
      animated: false,
      owner: SEVENTV_OWNER,
      host: {
        url: `//cdn.7tv.app/emote/${emote.id}`,
        files: [1, 2, 3, 4].flatMap((scale) => [file(scale, 'AVIF'), file(scale, 'WEBP')]),
      },
    },
  };
}

function seventvSet(id: string, name: string, emotes: unknown[]) {
  return {
    id,
    name,
    flags: 0,
    tags: [],
    immutable: false,
    privileged: false,
    emotes,
    emote_count: emotes.length,
    capacity: 1_000,
    owner: SEVENTV_OWNER,
  };
}

function seventvUser(login: string, emotes: unknown[]) {
  const channel = TWITCH_CHANNELS[login]!;
  const setId = `01HSET${String(channel.twitchId).padStart(20, '0')}`;
  return {
    id: String(channel.twitchId),
    platform: 'TWITCH',
    username: login,
    display_name: channel.displayName,
    linked_at: 1_700_000_000_000,
    emote_capacity: 1_000,
    emote_set_id: setId,
    emote_set: seventvSet(setId, `${channel.displayName}'s emotes`, emotes),
    user: { id: SEVENTV_OWNER.id, username: login, display_name: channel.displayName },
  };
}

const loginOfTwitchId = (id: string) =>
  Object.entries(TWITCH_CHANNELS).find(([, channel]) => String(channel.twitchId) === id)?.[0];
const channelOf = (login: string, provider: MirrorProvider) =>
  (CHANNEL_EMOTES[login] ?? []).filter((emote) => emote.provider === provider);

/** What a provider answers for a path of its API, as it is (undefined: 404). */
function honestAnswer(host: string, path: string): unknown {
  let match: RegExpExecArray | null;
  if (host === 'api.frankerfacez.com') {
    if (path === '/v1/set/global') {
      return {
        default_sets: [3],
        sets: { '3': ffzSet(3, 'Global Emotes', GLOBAL_EMOTES.ffz.map(ffzEmoticon)) },
        users: {},
      };
    }
    if ((match = /^\/v1\/room\/([a-z0-9_]+)$/.exec(path)) && TWITCH_CHANNELS[match[1]!]) {
      return ffzRoom(match[1]!, channelOf(match[1]!, 'ffz').map(ffzEmoticon));
    }
  }
  if (host === 'api.betterttv.net') {
    if (path === '/3/cached/emotes/global')
      return GLOBAL_EMOTES.bttv.map((e) => bttvEmote(e, false));
    const login =
      (match = /^\/3\/cached\/users\/twitch\/(\d+)$/.exec(path)) && loginOfTwitchId(match[1]!);
    if (login) {
      const [own, ...shared] = channelOf(login, 'bttv');
      return {
        id: `5a3fc5f8c0b5a9b6d1b8a${String(TWITCH_CHANNELS[login]!.twitchId).slice(-3)}`,
        bots: [],
        avatar: '',
        channelEmotes: own ? [bttvEmote(own, false)] : [],
        sharedEmotes: shared.map((emote) => bttvEmote(emote, true)),
      };
    }
  }
  if (host === '7tv.io') {
    if (path === '/v3/emote-sets/global') {
      return seventvSet(
        '01HKQT8EWR000ESSWF3625XCS4',
        'Global Emotes',
        GLOBAL_EMOTES['7tv'].map(seventvEmote),
      );
    }
    const login = (match = /^\/v3\/users\/twitch\/(\d+)$/.exec(path)) && loginOfTwitchId(match[1]!);
    if (login) return seventvUser(login, channelOf(login, '7tv').map(seventvEmote));
  }
  return undefined;
}

/** The same answers gone bad on purpose: what a hostile or compromised provider might send. */
function hostileAnswer(host: string, path: string): unknown {
  const honest = honestAnswer(host, path);
  if (honest === undefined) return undefined;
  if (host === 'api.frankerfacez.com') {
    // Every image elsewhere; one emote honest; and the sets keyed as they should be.
    const bad = (code: string, url: string) => ({
      ...ffzEmoticon(GLOBAL_EMOTES.ffz[0]!),
      name: code,
      urls: { '1': url },
    });
    const emoticons = [
      bad('EvilScript', 'javascript:alert(1)'),
      bad('EvilHost', 'https://evil.example/emote/9/1'),
      bad('EvilLookAlike', 'https://cdn.frankerfacez.com.evil.example/emote/9/1'),
      bad('EvilData', 'data:image/svg+xml,<svg onload=alert(1)>'),
      ffzEmoticon({ ...GLOBAL_EMOTES.ffz[0]!, code: 'HonestFFZ' }),
    ];
    const answer = honest as { sets: Record<string, { emoticons: unknown[] }> };
    for (const set of Object.values(answer.sets)) set.emoticons = emoticons;
    return answer;
  }
  if (host === 'api.betterttv.net') {
    // A huge list (50,000 emotes with good ids, under 3 MB): more than any real set holds.
    const many = Array.from({ length: 50_000 }, (_, index) => ({
      id: index.toString(16).padStart(24, '0'),
      code: `Spam${index}`,
    }));
    return path.startsWith('/3/cached/users')
      ? { id: '5a3fc5f8c0b5a9b6d1b8a000', bots: [], channelEmotes: many, sharedEmotes: [] }
      : many;
  }
  // 7TV: hosts that are not 7TV's CDN, and an answer too large to read (over 6 MB).
  const emote = (code: string, url: string) => ({
    ...seventvEmote({ ...GLOBAL_EMOTES['7tv'][0]!, code }),
    data: {
      ...seventvEmote(GLOBAL_EMOTES['7tv'][0]!).data,
      host: { url, files: [{ name: '1x.webp', width: 32, height: 32, format: 'WEBP' }] },
    },
  });
  const emotes = [
    emote('EvilScript7', 'javascript:alert(1)//'),
    emote('EvilHost7', '//evil.example/emote/x'),
    emote('EvilLookAlike7', '//cdn.7tv.app.evil.example/emote/x'),
  ];
  if (path === '/v3/emote-sets/global') {
    return { ...(honest as object), emotes, padding: 'x'.repeat(7 * 1024 * 1024) };
  }
  return {
    ...(honest as object),
    emote_set: { ...(honest as { emote_set: object }).emote_set, emotes },
  };
}

/** The mirror of the emote APIs and CDNs, for the simulator's HTTP server. */
export function createEmoteMirror(): EmoteMirror {
  const held = new Set<ServerResponse>();
  return {
    handle(req, res, fullPath) {
      const scoped = /^\/_sim\/emotes\/([^/]+)(\/.*)$/.exec(fullPath);
      const path = scoped ? scoped[2]! : fullPath;
      const match = /^\/([a-z0-9.]+)(\/.*)$/.exec(path);
      const provider = match && PROVIDER_OF_HOST[match[1]!];
      if (!match || !provider) return false;
      const host = match[1]!;
      const rest = match[2]!;
      const behaviour = behaviours(scoped?.[1] ?? '')[provider];
      res.setHeader('access-control-allow-origin', '*');
      if (host.startsWith('cdn.')) {
        const emote = imageOf(host, rest);
        if (!emote) {
          res.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
          return true;
        }
        res
          .writeHead(200, { 'content-type': 'image/svg+xml', 'cache-control': 'max-age=86400' })
          .end(emoteImageSvg(emote));
        return true;
      }
      if (req.method === 'OPTIONS') {
        res.writeHead(204).end();
        return true;
      }
      const json = (status: number, body: unknown) =>
        res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
      switch (behaviour) {
        case '500':
          json(500, { error: 'Internal Server Error' });
          return true;
        case 'slow':
          held.add(res);
          res.on('close', () => held.delete(res));
          return true;
        case 'missing':
          json(404, { status: 404, error: 'Not Found' });
          return true;
        case 'malformed':
          res
            .writeHead(200, { 'content-type': 'application/json' })
            .end('{"room": {"twitch_id": "not a number"}, "sets": [');
          return true;
        default: {
          const body =
            behaviour === 'hostile' ? hostileAnswer(host, rest) : honestAnswer(host, rest);
          if (body === undefined)
            json(404, { status: 404, error: 'Not Found', message: 'No such room' });
          else json(200, body);
          return true;
        }
      }
    },
    close() {
      for (const res of held) res.destroy();
      held.clear();
    },
  };
}

/** The emote a CDN path shows (any of its sizes), if the mirror knows it. */
function imageOf(host: string, path: string): MirrorEmote | undefined {
  const id =
    host === 'cdn.frankerfacez.com'
      ? /^\/emote\/(\d+)\/[124]$/.exec(path)?.[1]
      : host === 'cdn.betterttv.net'
        ? /^\/emote\/([0-9a-f]{24})\/[123]x$/.exec(path)?.[1]
        : /^\/emote\/([0-9A-Za-z]+)\/[1-4]x\.webp$/.exec(path)?.[1];
  if (!id) return undefined;
  const all = [...Object.values(CHANNEL_EMOTES).flat(), ...Object.values(GLOBAL_EMOTES).flat()];
  const known = all.find((emote) => emote.id === id);
  if (known) return known;
  // Hostile answers name emotes the mirror never listed (BetterTTV's huge list): grey squares.
  return {
    provider: PROVIDER_OF_HOST[host]!,
    id,
    code: '?',
    width: 28,
    height: 28,
    color: '#9ca3af',
  };
}
