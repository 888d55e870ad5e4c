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
