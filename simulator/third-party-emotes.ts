/**
 * The simulator's third-party emotes: what its mirror of FrankerFaceZ, BetterTTV and 7TV says
 * for the demo's Twitch channels, and what the demo chatters type. Ids in each provider's own
 * form; images are drawn by the mirror.
 */

export type MirrorProvider = 'ffz' | 'bttv' | '7tv';

export interface MirrorEmote {
  provider: MirrorProvider;
  id: string;
  code: string;
  width: number;
  height: number;
  /** 7TV: set as zero-width in the set (drawn over the emote before it). */
  zeroWidth?: boolean;
  /** Colour of the drawn image. */
  color: string;
}

/** The demo's Twitch channels, as FrankerFaceZ's room lookup knows them. */
export const TWITCH_CHANNELS: Record<string, { twitchId: number; displayName: string }> = {
  chatdeck_live: { twitchId: 910001, displayName: 'Chatdeck_Live' },
  chatdeck_alt: { twitchId: 910002, displayName: 'Chatdeck_Alt' },
  chatdeck_games: { twitchId: 910003, displayName: 'Chatdeck_Games' },
};

const ffz = (id: number, code: string, color: string, width = 28): MirrorEmote => ({
  provider: 'ffz',
  id: String(id),
  code,
  width,
  height: 28,
  color,
});
const bttv = (id: string, code: string, color: string, width = 28): MirrorEmote => ({
  provider: 'bttv',
  id,
  code,
  width,
  height: 28,
  color,
});
const seventv = (id: string, code: string, color: string, zeroWidth = false): MirrorEmote => ({
  provider: '7tv',
  id,
  code,
  width: 32,
  height: 32,
  color,
  zeroWidth,
});

/** Each channel's own emotes, by login. */
export const CHANNEL_EMOTES: Record<string, MirrorEmote[]> = {
  chatdeck_live: [
    ffz(139407, 'LULW', '#f2c14e'),
    ffz(210748, 'PepeLaugh', '#5bbf5b'),
    bttv('5f1b0186cf6d2144653d2970', 'catJAM', '#f0a35e'),
    bttv('566c9fde65dbbdab32ec053e', 'monkaS', '#6cbf84', 56),
    seventv('01F6MQ33FG000FFJ97ZB8MWV52', 'KEKW', '#e8c07d'),
    seventv('01GB4CK01800090V9B3D8CGEEX', 'Clap', '#c792ea'),
    seventv('612fc78b9a14cebbb339b113', 'SteerR', '#ff6f61', true),
  ],
  chatdeck_alt: [
    ffz(381875, 'AltFFZ', '#7fb6f5'),
    bttv('60aea3a7f8b3f62601c3b7fa', 'altBTTV', '#9ad0ec'),
    seventv('01H16FA16G0005EZED5J0EY7KN', 'alt7TV', '#a3e635'),
  ],
  chatdeck_games: [
    ffz(381876, 'GamesFFZ', '#fbbf24'),
    bttv('60aea3a7f8b3f62601c3b7fb', 'gamesBTTV', '#fb7185'),
    seventv('01H16FA16G0005EZED5J0EY7KP', 'games7TV', '#34d399'),
  ],
};

/** Everyone's emotes, by provider. */
export const GLOBAL_EMOTES: Record<MirrorProvider, MirrorEmote[]> = {
  ffz: [ffz(9, 'CatBag', '#b08d57'), ffz(28136, 'ZreknarF', '#8ecae6')],
  bttv: [
    bttv('54fa8f1401e468494b85b537', 'FeelsBadMan', '#4caf50'),
    bttv('566ca38765dbbdab32ec0560', 'SourPls', '#ffd54f', 56),
  ],
  '7tv': [
    seventv('01EZTCN91800012PTN006Q50PR', 'EZ', '#ef9a9a'),
    seventv('01FCY771D800007PQ2DF3GDTN6', 'RainTime', '#64b5f6', true),
  ],
};

/** Codes a demo chatter on a Twitch channel may type: the channel's and the global ones. */
export function codesFor(login: string): string[] {
  return [...(CHANNEL_EMOTES[login] ?? []), ...Object.values(GLOBAL_EMOTES).flat()].map(
    (emote) => emote.code,
  );
}

/** The image the mirror draws for an emote: its colour, its initials; zero-width: rain. */
export function emoteImageSvg(emote: MirrorEmote): string {
  const { width, height } = emote;
  if (emote.zeroWidth) {
    const drops = Array.from(
      { length: 5 },
      (_, index) =>
        `<path d="M${4 + index * 6} ${2 + (index % 2) * 6} l-2 6" stroke="${emote.color}" stroke-width="2" stroke-linecap="round"/>`,
    ).join('');
    return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">${drops}${drops.replaceAll(/M(\d+) (\d+)/g, (_, x, y) => `M${x} ${Number(y) + 14}`)}</svg>`;
  }
  const letters = emote.code.replace(/[^A-Za-z0-9]/g, '').slice(0, 2) || '?';
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}"><rect x="1" y="1" width="${width - 2}" height="${height - 2}" rx="7" fill="${emote.color}" stroke="#0003"/><text x="${width / 2}" y="${height / 2 + 4}" font-family="sans-serif" font-size="11" font-weight="700" text-anchor="middle" fill="#1b1b1f">${letters}</text></svg>`;
}
