import * as v from 'valibot';
import { THIRD_PARTY_EMOTE_HOSTS } from '../../protocol/image-hosts';
import { KEPT_VERSION, type KeptAnswer } from './emote-types';
import { MAX_EMOTES_PER_ANSWER } from './provider-answers';

/** Kept answers older than this are not used: emotes come and go on a channel. */
export const CACHE_DAY_MS = 24 * 60 * 60 * 1000;

const emoteSchema = v.object({
  code: v.pipe(v.string(), v.minLength(1), v.maxLength(100)),
  provider: v.picklist(['ffz', 'bttv', 'seventv']),
  src: v.string(),
  srcSet: v.string(),
  width: v.number(),
  height: v.number(),
  zeroWidth: v.boolean(),
});
const keptSchema = v.object({
  v: v.literal(KEPT_VERSION),
  at: v.number(),
  value: v.object({
    emotes: v.pipe(v.array(emoteSchema), v.maxLength(MAX_EMOTES_PER_ANSWER)),
    twitchId: v.optional(v.number()),
  }),
});

/**
 * An answer kept on the device, read back: checked again (shape, age under a day, every image
 * on a provider's CDN or the mirror in use); null for anything odd.
 */
export function checkKept(
  text: string,
  apiBase: string | undefined,
  now: number,
): { value: KeptAnswer; at: number } | null {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return null;
  }
  const parsed = v.safeParse(keptSchema, json);
  if (!parsed.success) return null;
  const { at, value } = parsed.output;
  if (now - at > CACHE_DAY_MS || at > now) return null;
  const prefixes = THIRD_PARTY_EMOTE_HOSTS.map((host) =>
    apiBase ? `${apiBase}/${host}/` : `https://${host}/`,
  );
  const allowed = (url: string) => prefixes.some((prefix) => url.startsWith(prefix));
  const emotes = value.emotes.filter(
    (emote) =>
      allowed(emote.src) &&
      emote.srcSet
        .split(', ')
        .filter(Boolean)
        .every((entry) => allowed(entry)),
  );
  return { value: { ...value, emotes }, at };
}
