/** Twitch's 1.0 emotes are 28 px square; reserving that keeps rows from jumping on load. */
export const EMOTE_SIZE_PX = 28;

const TWITCH_STYLE_EMOTE = /\/emoticons\/v[12]\/[^/]+\/(?:[^/]+\/)*1\.0$/;

/** The width and height to reserve for an inline image, when its size is known. */
export function reservedEmoteSize(src: string): { width: number; height: number } | undefined {
  try {
    const { pathname } = new URL(src);
    return TWITCH_STYLE_EMOTE.test(pathname)
      ? { width: EMOTE_SIZE_PX, height: EMOTE_SIZE_PX }
      : undefined;
  } catch {
    return undefined;
  }
}
