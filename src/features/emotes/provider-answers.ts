import * as v from 'valibot';
import type { ThirdPartyEmote } from './emote-types';

/**
 * The providers' answers, checked once here (valibot) and turned into `ThirdPartyEmote`s.
 * Formats as the providers send them and as open-source clients read them (Chatterino's
 * FfzEmotes.cpp, BttvEmotes.cpp, SeventvEmotes.cpp; BetterTTV's API page). Each emote is
 * checked on its own: one that is malformed, or whose image is anywhere but its provider's
 * CDN, is dropped and the rest are kept. Lists are cut at MAX_EMOTES_PER_ANSWER.
 */

/** More than any real set holds (7TV's largest channel sets hold 1,000). */
export const MAX_EMOTES_PER_ANSWER = 3_000;

/** A code is one word of at most 100 characters: no spaces, no control characters. */
const CODE =
  // eslint-disable-next-line no-control-regex
  /^[^\s\u0000-\u001f\u007f-\u009f\u200b-\u200f\u2028-\u202e\u2060-\u206f\ufeff]{1,100}$/u;
const codeSchema = v.pipe(v.string(), v.regex(CODE));
const sizeSchema = v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(1_000));
/** Where an image may go: the provider's CDN as a canonical https URL, or the mirror. */
export type ImageUrl = (canonical: string) => string;

/** The emote mirror's URL for a provider's (`emote_api=ORIGIN`: `ORIGIN/host/path`). */
export function mirrored(apiBase: string | undefined): ImageUrl {
  if (!apiBase) return (canonical) => canonical;
  return (canonical) => `${apiBase}/${canonical.slice('https://'.length)}`;
}

/** The items of a list, at most MAX_EMOTES_PER_ANSWER, each checked on its own. */
function eachOf<T>(items: readonly unknown[], read: (item: unknown) => T | null): T[] {
  const out: T[] = [];
  for (const item of items.slice(0, MAX_EMOTES_PER_ANSWER)) {
    const emote = read(item);
    if (emote) out.push(emote);
  }
  return out;
}

const listSchema = v.array(v.unknown());

// FrankerFaceZ ------------------------------------------------------------------------------

// `//cdn.frankerfacez.com/emote/ID/1` (older answers: `emoticon`; animated: `/animated/1`).
const FFZ_URL =
  /^(?:https:)?\/\/cdn\.frankerfacez\.com\/(emote|emoticon)\/(\d{1,12})(\/animated)?\/([124])(\.(?:webp|png|gif))?$/;

const ffzUrlsSchema = v.object({
  '1': v.nullish(v.string()),
  '2': v.nullish(v.string()),
  '4': v.nullish(v.string()),
});
const ffzEmoteSchema = v.object({
  id: v.pipe(v.number(), v.safeInteger()),
  name: codeSchema,
  width: v.optional(sizeSchema),
  height: v.optional(sizeSchema),
  urls: ffzUrlsSchema,
  animated: v.nullish(ffzUrlsSchema),
  hidden: v.optional(v.nullable(v.boolean())),
  modifier: v.optional(v.nullable(v.boolean())),
});

function ffzUrl(raw: string | null | undefined, id: number): string | null {
  const match = raw ? FFZ_URL.exec(raw) : null;
  if (!match || Number(match[2]) !== id) return null;
  return `https:${raw!.replace(/^https:/, '')}`;
}

function ffzEmote(item: unknown, image: ImageUrl): ThirdPartyEmote | null {
  const parsed = v.safeParse(ffzEmoteSchema, item);
  if (!parsed.success) return null;
  const emote = parsed.output;
  // Modifiers (ffzW, ffzX…) change the emote before them: not images of their own.
  if (emote.modifier || emote.hidden) return null;
  const urls = emote.animated ?? emote.urls;
  const one = ffzUrl(urls['1'], emote.id);
  if (!one) return null;
  const larger = (['2', '4'] as const)
    .map((scale) => [ffzUrl(urls[scale], emote.id), scale] as const)
    .filter((entry): entry is readonly [string, '2' | '4'] => entry[0] !== null)
    .map(([url, scale]) => `${image(url)} ${scale}x`);
  return {
    code: emote.name,
    provider: 'ffz',
    src: image(one),
    srcSet: larger.join(', '),
    width: emote.width ?? 28,
    height: emote.height ?? 28,
    zeroWidth: false,
  };
}

const ffzSetSchema = v.object({ emoticons: listSchema });
function ffzSet(set: unknown, image: ImageUrl): ThirdPartyEmote[] {
  const parsed = v.safeParse(ffzSetSchema, set);
  return parsed.success ? eachOf(parsed.output.emoticons, (item) => ffzEmote(item, image)) : [];
}

const ffzSetsSchema = v.record(v.pipe(v.string(), v.regex(/^\d{1,12}$/)), v.unknown());
const ffzRoomSchema = v.object({
  room: v.object({ twitch_id: v.pipe(v.number(), v.safeInteger(), v.minValue(1)) }),
  sets: ffzSetsSchema,
});

/** `api.frankerfacez.com/v1/room/LOGIN`: the channel's Twitch id and its emote sets. */
export function readFfzRoom(
  body: unknown,
  image: ImageUrl,
): { twitchId: number; emotes: ThirdPartyEmote[] } | null {
  const parsed = v.safeParse(ffzRoomSchema, body);
  if (!parsed.success) return null;
  const emotes = Object.values(parsed.output.sets).flatMap((set) => ffzSet(set, image));
  return { twitchId: parsed.output.room.twitch_id, emotes: emotes.slice(0, MAX_EMOTES_PER_ANSWER) };
}

const ffzGlobalSchema = v.object({
  default_sets: v.array(v.pipe(v.number(), v.safeInteger())),
  sets: ffzSetsSchema,
});

/** `api.frankerfacez.com/v1/set/global`: only the sets in `default_sets` are everyone's. */
export function readFfzGlobal(body: unknown, image: ImageUrl): ThirdPartyEmote[] | null {
  const parsed = v.safeParse(ffzGlobalSchema, body);
  if (!parsed.success) return null;
  const everyone = new Set(parsed.output.default_sets.map(String));
  return Object.entries(parsed.output.sets)
    .filter(([id]) => everyone.has(id))
    .flatMap(([, set]) => ffzSet(set, image))
    .slice(0, MAX_EMOTES_PER_ANSWER);
}

// BetterTTV ---------------------------------------------------------------------------------

/** BetterTTV's global emotes that Chatterino draws over the emote before them. */
const BTTV_ZERO_WIDTH = new Set([
  'SoSnowy',
  'IceCold',
  'SantaHat',
  'TopHat',
  'ReinDeer',
  'CandyCane',
  'cvMask',
  'cvHazmat',
]);

const bttvEmoteSchema = v.object({
  id: v.pipe(v.string(), v.regex(/^[0-9a-f]{24}$/)),
  code: codeSchema,
  width: v.optional(sizeSchema),
  height: v.optional(sizeSchema),
  modifier: v.optional(v.nullable(v.boolean())),
});

function bttvEmote(item: unknown, image: ImageUrl, global: boolean): ThirdPartyEmote | null {
  const parsed = v.safeParse(bttvEmoteSchema, item);
  if (!parsed.success || parsed.output.modifier) return null;
  const { id, code, width, height } = parsed.output;
  // BetterTTV's answers carry no URLs: images are at cdn.betterttv.net/emote/ID/1x (2x, 3x).
  const url = (scale: string) => image(`https://cdn.betterttv.net/emote/${id}/${scale}`);
  return {
    code,
    provider: 'bttv',
    src: url('1x'),
    srcSet: `${url('2x')} 2x, ${url('3x')} 4x`,
    width: width ?? 28,
    height: height ?? 28,
    zeroWidth: global && BTTV_ZERO_WIDTH.has(code),
  };
}

const bttvUserSchema = v.object({
  channelEmotes: v.optional(listSchema, []),
  sharedEmotes: v.optional(listSchema, []),
});

/** `api.betterttv.net/3/cached/users/twitch/ID`: the channel's own and shared emotes. */
export function readBttvChannel(body: unknown, image: ImageUrl): ThirdPartyEmote[] | null {
  const parsed = v.safeParse(bttvUserSchema, body);
  if (!parsed.success) return null;
  const { channelEmotes, sharedEmotes } = parsed.output;
  return eachOf([...channelEmotes.slice(0, MAX_EMOTES_PER_ANSWER), ...sharedEmotes], (item) =>
    bttvEmote(item, image, false),
  );
}

/** `api.betterttv.net/3/cached/emotes/global`: a list of emotes. */
export function readBttvGlobal(body: unknown, image: ImageUrl): ThirdPartyEmote[] | null {
  const parsed = v.safeParse(listSchema, body);
  return parsed.success ? eachOf(parsed.output, (item) => bttvEmote(item, image, true)) : null;
}

// 7TV ---------------------------------------------------------------------------------------

/** Set on an emote of a set: it is zero-width (drawn over the emote before it). */
const SEVENTV_ACTIVE_ZERO_WIDTH = 1 << 0;
/** Set on an emote itself: not allowed on Twitch (7TV's EmoteFlags). */
const SEVENTV_TWITCH_DISALLOWED = 1 << 24;
const SEVENTV_HOST = /^(?:https:)?\/\/cdn\.7tv\.app\/emote\/([0-9A-Za-z]{1,40})$/;
const SEVENTV_FILE = /^([1-4])x\.webp$/;

const flagsSchema = v.optional(v.nullable(v.pipe(v.number(), v.safeInteger())));
const seventvFileSchema = v.object({
  name: v.string(),
  width: sizeSchema,
  height: sizeSchema,
  format: v.optional(v.string()),
});
const seventvEmoteSchema = v.object({
  name: codeSchema,
  flags: flagsSchema,
  data: v.object({
    flags: flagsSchema,
    listed: v.optional(v.nullable(v.boolean())),
    host: v.object({ url: v.string(), files: v.pipe(v.array(seventvFileSchema), v.maxLength(64)) }),
  }),
});

function seventvEmote(item: unknown, image: ImageUrl): ThirdPartyEmote | null {
  const parsed = v.safeParse(seventvEmoteSchema, item);
  if (!parsed.success) return null;
  const { name, flags, data } = parsed.output;
  if (data.listed === false || ((data.flags ?? 0) & SEVENTV_TWITCH_DISALLOWED) !== 0) return null;
  const host = SEVENTV_HOST.exec(data.host.url);
  if (!host) return null;
  // WebP, as Chatterino uses where AVIF is not wanted: every browser shows it.
  const files = new Map<string, { width: number; height: number }>();
  for (const file of data.host.files) {
    const scale = SEVENTV_FILE.exec(file.name)?.[1];
    if (scale && !files.has(scale)) files.set(scale, file);
  }
  const one = files.get('1');
  if (!one) return null;
  const url = (scale: string) => image(`https://cdn.7tv.app/emote/${host[1]}/${scale}x.webp`);
  return {
    code: name,
    provider: 'seventv',
    src: url('1'),
    srcSet: ['2', '4']
      .filter((scale) => files.has(scale))
      .map((scale) => `${url(scale)} ${scale}x`)
      .join(', '),
    width: one.width,
    height: one.height,
    zeroWidth: ((flags ?? 0) & SEVENTV_ACTIVE_ZERO_WIDTH) !== 0,
  };
}

const seventvSetSchema = v.object({ emotes: v.nullish(listSchema) });

/** `7tv.io/v3/emote-sets/ID` (`global`): a set of emotes. */
export function readSeventvSet(body: unknown, image: ImageUrl): ThirdPartyEmote[] | null {
  const parsed = v.safeParse(seventvSetSchema, body);
  if (!parsed.success) return null;
  return eachOf(parsed.output.emotes ?? [], (item) => seventvEmote(item, image));
}

const seventvUserSchema = v.object({
  emote_set: v.nullish(v.unknown()),
  emote_set_id: v.nullish(v.pipe(v.string(), v.regex(/^[0-9A-Za-z]{1,40}$/))),
});

/**
 * `7tv.io/v3/users/twitch/ID`: the channel's active set, inside (`emote_set`), or only named
 * (`emote_set_id`: 7TV may leave the set out, and clients then ask for it).
 */
export function readSeventvUser(
  body: unknown,
  image: ImageUrl,
): { emotes: ThirdPartyEmote[] } | { setId: string } | null {
  const parsed = v.safeParse(seventvUserSchema, body);
  if (!parsed.success) return null;
  const { emote_set: set, emote_set_id: setId } = parsed.output;
  if (set !== undefined && set !== null) {
    const emotes = readSeventvSet(set, image);
    return emotes ? { emotes } : null;
  }
  return setId ? { setId } : { emotes: [] };
}
