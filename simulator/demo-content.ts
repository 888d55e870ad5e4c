/** Things the demo chatters say, and the emote and avatar images the simulator serves. */

export interface Emote {
  code: string;
  id: number;
  /** Face colour of the generated image. */
  color: string;
  mouth: string;
}

export const EMOTES: readonly Emote[] = [
  { code: 'Kappa', id: 25, color: '#c9a27e', mouth: 'M10 19 q4 2 8 0' },
  { code: 'PogChamp', id: 88, color: '#f0b35b', mouth: 'M11 17 a3 3 0 1 0 6 0 a3 3 0 1 0 -6 0' },
  { code: 'LUL', id: 425618, color: '#e8c07d', mouth: 'M8 17 q6 7 12 0 z' },
  { code: 'HeyGuys', id: 30259, color: '#9ad0ec', mouth: 'M9 18 q5 4 10 0' },
  { code: 'BibleThump', id: 86, color: '#7fb6f5', mouth: 'M10 20 q4 -3 8 0' },
];

/** A small face as SVG: the demo's stand-in for a network's emote image. */
export function emoteSvg(emote: Emote): string {
  return `<svg xmlns="http://www.w3.org/2000/svg" width="28" height="28" viewBox="0 0 28 28"><circle cx="14" cy="14" r="12" fill="${emote.color}" stroke="#0003"/><circle cx="10" cy="11" r="1.8" fill="#222"/><circle cx="18" cy="11" r="1.8" fill="#222"/><path d="${emote.mouth}" fill="none" stroke="#222" stroke-width="1.8" stroke-linecap="round"/></svg>`;
}

const AVATAR_COLORS = ['#9146ff', '#ff4f4f', '#1877f2', '#00b894', '#e67e22', '#6c5ce7'];

/** An initials avatar as SVG for `from.picture`. */
export function avatarSvg(name: string): string {
  const letter = (name.match(/[a-z0-9]/i)?.[0] ?? '?').toUpperCase();
  let hash = 0;
  for (const char of name) hash = (hash * 31 + char.charCodeAt(0)) >>> 0;
  const color = AVATAR_COLORS[hash % AVATAR_COLORS.length];
  return `<svg xmlns="http://www.w3.org/2000/svg" width="48" height="48" viewBox="0 0 48 48"><rect width="48" height="48" rx="24" fill="${color}"/><text x="24" y="31" font-family="sans-serif" font-size="22" font-weight="700" text-anchor="middle" fill="#fff">${letter}</text></svg>`;
}

export const CHATTERS = {
  twitch: ['pixel_pioneer', 'NightOwlGG', 'speedrun_sam', 'modmarie', 'cozycatto', 'TurboTaco'],
  youtube: ['Lena Fischer', 'Marco Rossi', 'Aiko Tanaka', 'Dev Patel'],
  facebook: ['Carla Mendes', 'Tom Becker', 'Priya Nair'],
  irc: ['alice', 'bob'],
} as const;

export const LINES = [
  'hello from the other side of the world!',
  'that jump was clean',
  'is this the new setup? looks great',
  'first time catching the stream live',
  'what keyboard is that?',
  'GG',
  'no way that worked',
  'audio is a bit quiet on my end',
  'can you show the settings again?',
  'hype hype hype',
  'chat is moving fast today',
  'greetings from Lisbon',
  'how long have you been streaming today?',
  'this track is a banger',
  'lets gooo',
  'the *italic* and **bold** chat formatting works here',
  'check the schedule at https://example.com/schedule',
];

export const ACTIONS = [
  'waves at everyone',
  'is loving this',
  'grabs popcorn',
  'does a little dance',
];

export const WHISPERS = [
  'hey, the overlay is covering your webcam',
  'raid incoming in 2 minutes',
  'want me to clip that?',
];

/** Lines that mention one of the stream's own accounts ({name}). */
export const MENTIONS = [
  '@{name} what game is next?',
  '{name} you should try the hard mode',
  'hey @{name}, loving the stream today',
  '@{name} can you say hi to my sister?',
];

/** Chat bot commands viewers type. */
export const BOT_COMMANDS = ['!discord', '!uptime', '!socials', '!schedule', '!lurk'];

/** What a whole chat says at once. */
export const REPEATS = ['GG', 'W', 'LUL', 'F', 'lets gooo'];

/** Name stems for first-time chatters (a number is added). */
export const NEWCOMER_NAMES = ['new_viewer_', 'lurker', 'SpeedFan', 'cloudy_', 'Neo'];
