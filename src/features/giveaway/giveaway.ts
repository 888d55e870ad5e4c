import type { MessageDescriptor } from '@lingui/core';
import { msg } from '@lingui/core/macro';

/** One chatter in the giveaway: entered once, whatever the network. */
export interface Entrant {
  /** Network and author id (or the linked person's key). */
  key: string;
  network: string;
  name: string;
  /** When the line that entered came. */
  at: number;
}

/** A giveaway as the panel, the overlay and the export see it. */
export interface Giveaway {
  id: number;
  keyword: string;
  startedAt: number;
  /** When entries close by themselves; null: open until the draw. */
  endsAt: number | null;
  /** Entries closed (the time ran out, or the first draw). */
  closed: boolean;
  count: number;
  /** Entrants per network. */
  byNetwork: Readonly<Record<string, number>>;
  /** Drawn winners, the last one is the winner now (a redraw adds one). */
  winners: readonly Entrant[];
}

export const MIN_GIVEAWAY_SECONDS = 10;
export const MAX_GIVEAWAY_SECONDS = 3_600;

export type GiveawayCommand =
  | { kind: 'start'; keyword: string; seconds: number | null }
  | { kind: 'invalid'; error: MessageDescriptor };

/** Reads `/giveaway KEYWORD [SECONDS]s`; null for any other line. */
export function readGiveawayCommand(line: string): GiveawayCommand | null {
  const match = /^\/giveaway(?:\s+([\s\S]*))?$/i.exec(line.trim());
  if (!match) return null;
  const words = (match[1] ?? '').trim().split(/\s+/).filter(Boolean);
  let seconds: number | null = null;
  const time = words.length > 1 ? /^\[?(\d{1,5})s?\]?$/i.exec(words.at(-1)!) : null;
  if (time) {
    seconds = Number(time[1]);
    words.pop();
  }
  if (words.length !== 1) return { kind: 'invalid', error: msg`Usage: /giveaway KEYWORD [120s]` };
  const problem = keywordProblem(words[0]!);
  if (problem) return { kind: 'invalid', error: problem };
  if (seconds !== null && (seconds < MIN_GIVEAWAY_SECONDS || seconds > MAX_GIVEAWAY_SECONDS)) {
    const min = MIN_GIVEAWAY_SECONDS;
    const max = MAX_GIVEAWAY_SECONDS;
    return {
      kind: 'invalid',
      error: msg`A giveaway runs from ${min} to ${max} seconds.`,
    };
  }
  return { kind: 'start', keyword: words[0]!, seconds };
}

/** Why a keyword cannot be used (one word, at most 30 characters, not a command); or null. */
export function keywordProblem(keyword: string): MessageDescriptor | null {
  if (!keyword || /\s/.test(keyword)) return msg`The keyword is one word.`;
  if (keyword.length > 30) return msg`The keyword has at most 30 characters.`;
  if (keyword.startsWith('/')) return msg`The keyword cannot start with "/".`;
  return null;
}

/** What every live account is told when entries open. */
export function giveawayAnnouncement(keyword: string, seconds: number | null): string {
  return `GIVEAWAY: type ${keyword} in chat to enter${seconds === null ? '' : ` (${seconds} s)`}. One entry per person, from any network.`;
}

/** What every live account is told when a winner is drawn. */
export function winnerAnnouncement(winner: Entrant, networkName: string): string {
  return `GIVEAWAY Winner: ${winner.name} (${networkName})! Congratulations!`;
}

/**
 * A uniformly random index below `count` from `crypto.getRandomValues` (rejection sampling:
 * no modulo bias).
 */
export function randomIndex(
  count: number,
  random: (into: Uint32Array<ArrayBuffer>) => void,
): number {
  if (count <= 0) throw new Error('Nobody to draw from.');
  const limit = Math.floor(0x1_0000_0000 / count) * count;
  const word = new Uint32Array(1);
  for (;;) {
    random(word);
    if (word[0]! < limit) return word[0]! % count;
  }
}
