import type { ReadLinks } from '../reading';
import type { HistoryLine } from '../../store/slices/history';

/** A line read aloud stops after this many characters ("…"): a wall of text is not read. */
export const MAX_SPOKEN_CHARS = 240;

const URL_WORD = /^(https?:\/\/|www\.)\S+$/i;
// Twitch's own emotes come as images in the markdown: `![Kappa](…)`.
const IMAGE_ALT = /!\[([^\]\n]{1,200})\]\(/g;

/** A link said as its host, or nothing. */
function linkWord(word: string, links: ReadLinks): string {
  if (links === 'skip') return '';
  try {
    const url = new URL(/^www\./i.test(word) ? `https://${word}` : word);
    return url.hostname.replace(/^www\./, '');
  } catch {
    return '';
  }
}

/** `Noooooo!!!!` → `No!`: three or more of one character are said once. */
function withoutRepeats(word: string): string {
  return word.replace(/(.)\1{2,}/gu, '$1');
}

/** `pixel_pioneer` → `pixel pioneer`: underscores and dots are not said as such. */
export function spokenName(name: string): string {
  return name.replace(/[_.]+/g, ' ').trim() || name;
}

export interface SpeechOptions {
  links: ReadLinks;
  /** `!say` lines: the words after `!say` only. */
  sayOnly?: boolean;
  /** Words that are emotes in this line (third-party emotes); never read. */
  emoteWords?: { has(word: string): boolean };
}

/**
 * What is said for a chat line: the author's name, then the words, without emotes (Twitch's
 * own and third-party), with links as their host (or left out), characters repeated three
 * times or more said once and a word repeated in a row said once. Null when nothing is left
 * to say but the name.
 */
export function spokenLine(line: HistoryLine, options: SpeechOptions): string | null {
  let text = line.text;
  if (options.sayOnly) text = text.trimStart().replace(/^!say\b/i, '');
  const emotes = new Set<string>();
  for (const match of (line.markdown ?? '').matchAll(IMAGE_ALT)) emotes.add(match[1]!);
  const words: string[] = [];
  for (const raw of text.split(/\s+/)) {
    if (!raw || emotes.has(raw) || options.emoteWords?.has(raw)) continue;
    const word = URL_WORD.test(raw) ? linkWord(raw, options.links) : withoutRepeats(raw);
    if (word && word !== words.at(-1)) words.push(word);
  }
  let said = words.join(' ');
  if (!said) return null;
  if (said.length > MAX_SPOKEN_CHARS)
    said = `${said.slice(0, MAX_SPOKEN_CHARS).replace(/\s+\S*$/, '')}…`;
  const name = spokenName(line.from.name);
  return line.kind === 'emote' ? `${name} ${said}` : `${name}: ${said}`;
}
