/** The third-party emote providers of Twitch channels. */
export type EmoteProvider = 'ffz' | 'bttv' | 'seventv';

export const PROVIDER_NAMES: Record<EmoteProvider, string> = {
  ffz: 'FrankerFaceZ',
  bttv: 'BetterTTV',
  seventv: '7TV',
};

/** One emote, checked: its image URLs are on its provider's CDN (or the mirror). */
export interface ThirdPartyEmote {
  /** The word that shows it, as typed in chat (case matters). */
  code: string;
  provider: EmoteProvider;
  /** The 1x image. */
  src: string;
  /** Larger images for dense screens (`URL 2x, URL 4x`); empty when there are none. */
  srcSet: string;
  /** The 1x image's size in px. */
  width: number;
  height: number;
  /** Drawn over the emote before it (7TV zero-width emotes). */
  zeroWidth: boolean;
}

/** The emotes a word may be, for one channel: its own sets first, then the global ones. */
export type EmoteIndex = ReadonlyMap<string, ThirdPartyEmote>;

/** The format of answers kept on the device: `{ v, at, value: KeptAnswer }`. */
export const KEPT_VERSION = 1;

/** What one lookup gave: the emotes, and for FrankerFaceZ's room the channel's Twitch id. */
export interface KeptAnswer {
  emotes: ThirdPartyEmote[];
  twitchId?: number;
}

/** Which answer a lookup asks for (its reader). */
export type LookupKind =
  'ffz-room' | 'ffz-global' | 'bttv-channel' | 'bttv-global' | 'seventv-user' | 'seventv-set';

export interface LookupRequest {
  kind: LookupKind;
  url: string;
  /** `emote_api`: images point at the mirror. */
  apiBase?: string;
}

/** What a lookup came to: emotes, a 7TV set to ask for next, none (404), or a failure. */
export type LookupResult =
  | { kind: 'emotes'; value: KeptAnswer }
  | { kind: 'set'; setId: string }
  | { kind: 'none' }
  | { kind: 'failed' };

/**
 * Fetches, reads and checks answers, and checks what was kept on the device: in a worker on
 * the page (big answers are parsed off the main thread), directly in tests.
 */
export interface AnswerReader {
  read(request: LookupRequest): Promise<LookupResult>;
  /** A kept answer's text, checked again: null when it is broken, foreign or a day old. */
  check(
    text: string,
    apiBase: string | undefined,
    now: number,
  ): Promise<{ value: KeptAnswer; at: number } | null>;
}
