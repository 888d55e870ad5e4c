import * as v from 'valibot';
import { pageStorage } from '../../config/page-storage';

/**
 * How chat is read on this device: highlights, hiding, repeats, timestamps, streamer mode.
 * Kept in local storage under a versioned key, checked when read back, and shared by every
 * Chatdeck page of the same origin (the dashboard, widgets in docks and browser sources).
 */
export const READING_SETTINGS_KEY = 'chatdeck:reading';
export const READING_SETTINGS_VERSION = 1;

export type Timestamps = 'off' | '24h' | '12h';
/** Where lines repeated within 30 s fold into the first one. */
export type FoldRepeats = 'widgets' | 'everywhere' | 'never';
/** Which lines are read aloud: every one, highlighted ones, or those starting with `!say`. */
export type ReadWhich = 'all' | 'highlights' | 'say';
/** A link in a line read aloud: said as its host ("link to example.com"), or left out. */
export type ReadLinks = 'host' | 'skip';
/** The third-party emote providers of Twitch channels. */
export interface EmoteProviders {
  ffz: boolean;
  bttv: boolean;
  seventv: boolean;
}

export interface ReadingSettings {
  highlightWords: string[];
  highlightUsers: string[];
  highlightFirst: boolean;
  /** Minutes this device follows a stream's chat (added up across visits) before it marks
   * anyone a first-time chatter; 0 marks from the first line. */
  learnMinutes: number;
  sound: boolean;
  hiddenWords: string[];
  hiddenUsers: string[];
  hideBotCommands: boolean;
  foldRepeats: FoldRepeats;
  timestamps: Timestamps;
  streamerMode: boolean;
  /** A live network with viewers silent this long (while others talk) is pointed out. */
  quietMinutes: number;
  /** Chat kept on this device: this many days at most… */
  keepDays: number;
  /** …and this many lines per stream at most. */
  keepLines: number;
  /** Lines offered by typing `;` in the message box. */
  quickReplies: string[];
  /** The bot: `!command answer` pairs, and `MINUTES message` timed messages. */
  autoReplies: string[];
  timedMessages: string[];
  /** Voice and notice: read chat aloud (the browser's speech synthesis). */
  readAloud: boolean;
  readWhich: ReadWhich;
  readLinks: ReadLinks;
  /** A voice's URI; empty: a voice of the interface language. */
  readVoice: string;
  /** Speech rate, 0.5 to 2 (1 is the voice's own). */
  readRate: number;
  /** Speech volume, 0 to 1. */
  readVolume: number;
  /** A desktop notification for a mention or highlight while the page is hidden. */
  notifyHidden: boolean;
  /** The dashboard's log stops following while the pointer rests on it. */
  pauseOnHover: boolean;
  /** 7TV, BetterTTV and FrankerFaceZ emotes in Twitch lines, and which providers. */
  thirdPartyEmotes: boolean;
  emoteProviders: EmoteProviders;
}

export const DEFAULT_READING_SETTINGS: ReadingSettings = {
  highlightWords: [],
  highlightUsers: [],
  highlightFirst: true,
  learnMinutes: 60,
  sound: false,
  hiddenWords: [],
  hiddenUsers: [],
  hideBotCommands: false,
  foldRepeats: 'widgets',
  timestamps: '24h',
  streamerMode: false,
  quietMinutes: 5,
  keepDays: 7,
  keepLines: 100_000,
  quickReplies: [],
  autoReplies: [],
  timedMessages: [],
  readAloud: false,
  readWhich: 'highlights',
  readLinks: 'host',
  readVoice: '',
  readRate: 1,
  readVolume: 1,
  notifyHidden: false,
  pauseOnHover: true,
  thirdPartyEmotes: true,
  emoteProviders: { ffz: true, bttv: true, seventv: true },
};

/** The longest a device learns a stream's chatters for: a day of following. */
export const MAX_LEARN_MINUTES = 1_440;

/** A list field holds at most this many entries, each at most this long. */
export const MAX_LIST_ENTRIES = 200;
export const MAX_ENTRY_LENGTH = 100;

const listSchema = v.pipe(
  v.array(v.pipe(v.string(), v.trim(), v.nonEmpty(), v.maxLength(MAX_ENTRY_LENGTH))),
  v.maxLength(MAX_LIST_ENTRIES),
);

/** Quick replies and the bot's rules: up to 50 lines of up to 500 characters. */
const linesSchema = v.optional(
  v.pipe(v.array(v.pipe(v.string(), v.trim(), v.nonEmpty(), v.maxLength(500))), v.maxLength(50)),
  [],
);

const storedSchema = v.object({
  version: v.literal(READING_SETTINGS_VERSION),
  settings: v.object({
    highlightWords: v.optional(listSchema, []),
    highlightUsers: v.optional(listSchema, []),
    highlightFirst: v.optional(v.boolean(), true),
    learnMinutes: v.optional(
      v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(MAX_LEARN_MINUTES)),
      60,
    ),
    sound: v.optional(v.boolean(), false),
    hiddenWords: v.optional(listSchema, []),
    hiddenUsers: v.optional(listSchema, []),
    hideBotCommands: v.optional(v.boolean(), false),
    foldRepeats: v.optional(v.picklist(['widgets', 'everywhere', 'never']), 'widgets'),
    timestamps: v.optional(v.picklist(['off', '24h', '12h']), '24h'),
    streamerMode: v.optional(v.boolean(), false),
    quietMinutes: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(120)), 5),
    keepDays: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(365)), 7),
    keepLines: v.optional(
      v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(1_000_000)),
      100_000,
    ),
    quickReplies: linesSchema,
    autoReplies: linesSchema,
    timedMessages: linesSchema,
    readAloud: v.optional(v.boolean(), false),
    readWhich: v.optional(v.picklist(['all', 'highlights', 'say']), 'highlights'),
    readLinks: v.optional(v.picklist(['host', 'skip']), 'host'),
    readVoice: v.optional(v.pipe(v.string(), v.maxLength(500)), ''),
    readRate: v.optional(v.pipe(v.number(), v.minValue(0.5), v.maxValue(2)), 1),
    readVolume: v.optional(v.pipe(v.number(), v.minValue(0), v.maxValue(1)), 1),
    notifyHidden: v.optional(v.boolean(), false),
    pauseOnHover: v.optional(v.boolean(), true),
    thirdPartyEmotes: v.optional(v.boolean(), true),
    emoteProviders: v.optional(
      v.object({
        ffz: v.optional(v.boolean(), true),
        bttv: v.optional(v.boolean(), true),
        seventv: v.optional(v.boolean(), true),
      }),
      () => ({ ffz: true, bttv: true, seventv: true }),
    ),
  }),
});

/** Why kept settings were not used: could not be read, or from another version. */
export type ReadBackNotice = 'unreadable' | 'other-version';

export interface ReadBack {
  settings: ReadingSettings;
  /** Set when something was kept but could not be used: it is ignored, and the user told. */
  /** Which notice (the store words it, drawn in the page's language when shown). */
  notice?: ReadBackNotice;
}

/** Reads a stored value (JSON text, or null when nothing is kept). */
export function readReadingSettings(stored: string | null): ReadBack {
  if (stored === null) return { settings: { ...DEFAULT_READING_SETTINGS } };
  let value: unknown;
  try {
    value = JSON.parse(stored);
  } catch {
    return { settings: { ...DEFAULT_READING_SETTINGS }, notice: BROKEN_NOTICE };
  }
  const result = v.safeParse(storedSchema, value);
  if (!result.success) {
    const version =
      typeof value === 'object' && value !== null && 'version' in value ? value.version : null;
    return {
      settings: { ...DEFAULT_READING_SETTINGS },
      notice: version !== READING_SETTINGS_VERSION ? OLD_NOTICE : BROKEN_NOTICE,
    };
  }
  return { settings: result.output.settings };
}

const BROKEN_NOTICE = 'unreadable';
const OLD_NOTICE = 'other-version';

export function writeReadingSettings(settings: ReadingSettings): string {
  return JSON.stringify({ version: READING_SETTINGS_VERSION, settings });
}

/** What a list field holds: entries separated by commas or new lines, trimmed, no blanks. */
export function splitList(text: string): string[] {
  const entries: string[] = [];
  // A comma inside /regex/ belongs to the regex: split on commas only outside slashes.
  for (const line of text.split(/\r?\n/)) {
    let current = '';
    let inRegex = false;
    for (let i = 0; i < line.length; i++) {
      const char = line[i]!;
      if (char === '\\' && inRegex) {
        current += char + (line[i + 1] ?? '');
        i++;
        continue;
      }
      if (char === '/' && (inRegex || current.trim() === '')) inRegex = !inRegex;
      if (char === ',' && !inRegex) {
        entries.push(current);
        current = '';
      } else current += char;
    }
    entries.push(current);
  }
  return entries
    .map((entry) => entry.trim())
    .filter((entry) => entry.length > 0)
    .slice(0, MAX_LIST_ENTRIES)
    .map((entry) => entry.slice(0, MAX_ENTRY_LENGTH));
}

/** The device's kept settings, or the defaults where nothing (or nothing usable) is kept. */
export function loadReadingSettings(storage = pageStorage('localStorage')): ReadBack {
  try {
    return readReadingSettings(storage?.getItem(READING_SETTINGS_KEY) ?? null);
  } catch {
    return { settings: { ...DEFAULT_READING_SETTINGS } };
  }
}

/** Keeps the settings on this device; false where the browser refuses storage. */
export function saveReadingSettings(
  settings: ReadingSettings,
  storage = pageStorage('localStorage'),
): boolean {
  if (!storage) return false;
  try {
    storage.setItem(READING_SETTINGS_KEY, writeReadingSettings(settings));
    return true;
  } catch {
    return false;
  }
}
