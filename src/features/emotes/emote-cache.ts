import * as v from 'valibot';
import { pageStorage } from '../../config/page-storage';
import { THIRD_PARTY_EMOTE_HOSTS } from '../../protocol/image-hosts';
import type { ThirdPartyEmote } from './emote-types';
import { MAX_EMOTES_PER_ANSWER } from './provider-answers';

/** Kept answers older than this are not used: emotes come and go on a channel. */
export const CACHE_DAY_MS = 24 * 60 * 60 * 1000;
const PREFIX = 'chatdeck:emotes:';
const VERSION = 1;

/** What one lookup gave: the emotes, and for FrankerFaceZ's room the channel's Twitch id. */
export interface KeptAnswer {
  emotes: ThirdPartyEmote[];
  twitchId?: number;
}

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
  v: v.literal(VERSION),
  at: v.number(),
  value: v.object({
    emotes: v.pipe(v.array(emoteSchema), v.maxLength(MAX_EMOTES_PER_ANSWER)),
    twitchId: v.optional(v.number()),
  }),
});

/** Image URLs allowed for kept emotes: the providers' CDNs, or the mirror in use. */
function imagePrefixes(apiBase: string | undefined): string[] {
  return THIRD_PARTY_EMOTE_HOSTS.map((host) =>
    apiBase ? `${apiBase}/${host}/` : `https://${host}/`,
  );
}

/**
 * Answers kept on this device (local storage, read synchronously so that a reload shows
 * emotes with its first lines), per API origin and lookup, for a day. What is read back is
 * checked again; anything odd is ignored.
 */
export class EmoteCache {
  private readonly prefixes: string[];

  constructor(
    private readonly apiBase: string | undefined,
    private readonly storage: Storage | null = pageStorage('localStorage'),
  ) {
    this.prefixes = imagePrefixes(apiBase);
  }

  private key(lookup: string): string {
    return `${PREFIX}${this.apiBase ?? 'providers'}:${lookup}`;
  }

  /** The kept answer and when it was fetched, if kept less than a day ago. */
  read(lookup: string, now: number): { value: KeptAnswer; at: number } | null {
    let text: string | null = null;
    try {
      text = this.storage?.getItem(this.key(lookup)) ?? null;
    } catch {
      return null;
    }
    if (!text) return null;
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch {
      return null;
    }
    const parsed = v.safeParse(keptSchema, json);
    if (!parsed.success || now - parsed.output.at > CACHE_DAY_MS || parsed.output.at > now) {
      return null;
    }
    const allowed = (url: string) => this.prefixes.some((prefix) => url.startsWith(prefix));
    const emotes = parsed.output.value.emotes.filter(
      (emote) =>
        allowed(emote.src) &&
        emote.srcSet
          .split(', ')
          .filter(Boolean)
          .every((entry) => allowed(entry)),
    );
    return { value: { ...parsed.output.value, emotes }, at: parsed.output.at };
  }

  write(lookup: string, value: KeptAnswer, at: number): void {
    try {
      this.storage?.setItem(this.key(lookup), JSON.stringify({ v: VERSION, at, value }));
    } catch {
      // Full or refused: the emotes still show on this page; the next page asks again.
    }
  }
}
