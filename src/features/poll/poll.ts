import type { MessageDescriptor } from '@lingui/core';
import { msg } from '@lingui/core/macro';
import type { ChatEvent } from '../../protocol/events';
import { dictionary } from '../../store/dictionary';
import { chatterKey } from '../../store/slices/history';

/** A poll on every live network: the question, its options, who voted for what. */
export interface Poll {
  id: number;
  question: string;
  options: string[];
  startedAt: number;
  /** When it ends by itself. */
  endsAt: number;
  /** Set once it is over (by time or `/endpoll`). */
  endedAt: number | null;
  /**
   * One vote per chatter (network + author id): the last one counts. Keyed by wire data, so a
   * prototype-free object (`dictionary`).
   */
  votes: Readonly<Record<string, { option: number; network: string }>>;
}

import {
  DEFAULT_POLL_SECONDS,
  MAX_POLL_OPTIONS,
  MIN_POLL_SECONDS,
  MAX_POLL_SECONDS,
} from './poll-limits';

export { DEFAULT_POLL_SECONDS, MAX_POLL_OPTIONS, MIN_POLL_SECONDS, MAX_POLL_SECONDS };

export type PollCommand =
  | { kind: 'start'; question: string; options: string[]; seconds: number }
  | { kind: 'end' }
  | { kind: 'invalid'; error: MessageDescriptor };

export const POLL_USAGE = msg`Usage: /poll Question | Option A | Option B [| …] [60s]`;

/** Reads `/poll Question | A | B [60s]` and `/endpoll`; null for any other line. */
export function readPollCommand(line: string): PollCommand | null {
  const text = line.trim();
  if (/^\/endpoll\s*$/i.test(text)) return { kind: 'end' };
  const poll = /^\/poll(?:\s+([\s\S]*))?$/i.exec(text);
  if (!poll) return null;
  let body = (poll[1] ?? '').trim();
  let seconds = DEFAULT_POLL_SECONDS;
  const time = /\s*\[?(\d{1,4})\s*s\]?\s*$/i.exec(body);
  if (time && body.includes('|')) {
    seconds = Number(time[1]);
    body = body.slice(0, time.index).trim();
  }
  const parts = body.split('|').map((part) => part.trim());
  const [question, ...options] = parts;
  if (!question || options.length < 2 || options.some((option) => !option)) {
    return { kind: 'invalid', error: POLL_USAGE };
  }
  if (options.length > MAX_POLL_OPTIONS) {
    const max = MAX_POLL_OPTIONS;
    return { kind: 'invalid', error: msg`A poll has at most ${max} options.` };
  }
  if (seconds < MIN_POLL_SECONDS || seconds > MAX_POLL_SECONDS) {
    const [min, max] = [MIN_POLL_SECONDS, MAX_POLL_SECONDS];
    return { kind: 'invalid', error: msg`A poll runs from ${min} to ${max} seconds.` };
  }
  return { kind: 'start', question, options, seconds };
}

/** What is announced on every network when a poll starts. */
export function pollAnnouncement(
  poll: Pick<Poll, 'question' | 'options' | 'endsAt' | 'startedAt'>,
): string {
  const options = poll.options.map((option, index) => `${index + 1}) ${option}`).join('  ');
  const seconds = Math.round((poll.endsAt - poll.startedAt) / 1000);
  return `POLL: ${poll.question}  ${options}  (type the number to vote, ${seconds} s)`;
}

export interface PollResult {
  counts: number[];
  total: number;
  /** Options with the most votes (several on a tie, none without votes). */
  winners: number[];
  /** Votes per network, for each option. */
  byNetwork: ReadonlyMap<string, number[]>;
}

export function pollResult(poll: Pick<Poll, 'options' | 'votes'>): PollResult {
  const counts = poll.options.map(() => 0);
  const byNetwork = new Map<string, number[]>();
  for (const { option, network } of Object.values(poll.votes)) {
    // Only a vote for one of the options counts (a page message could say anything).
    if (!Number.isInteger(option) || option < 0 || option >= counts.length) continue;
    counts[option]! += 1;
    let perNetwork = byNetwork.get(network);
    if (!perNetwork) byNetwork.set(network, (perNetwork = poll.options.map(() => 0)));
    perNetwork[option]! += 1;
  }
  const total = counts.reduce((sum, count) => sum + count, 0);
  const top = Math.max(0, ...counts);
  const winners = top === 0 ? [] : counts.flatMap((count, index) => (count === top ? [index] : []));
  return { counts, total, winners, byNetwork };
}

/** What is announced when it ends. */
export function pollOutcome(poll: Poll): string {
  const { counts, total, winners } = pollResult(poll);
  if (total === 0) return `POLL ENDED: ${poll.question}  No votes.`;
  const share = (index: number) => Math.round((counts[index]! / total) * 100);
  const names = winners.map(
    (index) => `${poll.options[index]!} (${counts[index]} votes, ${share(index)} %)`,
  );
  return winners.length === 1
    ? `POLL ENDED: ${poll.question}  Winner: ${names[0]!} of ${total} votes.`
    : `POLL ENDED: ${poll.question}  Tie: ${names.join(' and ')} of ${total} votes.`;
}

/** The option a chat line votes for: just its number, or just its text; else null. */
export function voteOf(poll: Pick<Poll, 'options'>, text: string): number | null {
  const said = text.trim().toLowerCase();
  if (/^\d{1,2}$/.test(said)) {
    const index = Number(said) - 1;
    return index >= 0 && index < poll.options.length ? index : null;
  }
  const index = poll.options.findIndex((option) => option.toLowerCase() === said);
  return index >= 0 ? index : null;
}

/**
 * The poll with these lines' votes counted: one per chatter, the last one counts. Lines from
 * the API (anyone's name), the streamer's own, private messages and lines after the end never
 * vote. The same poll object when nothing changed.
 */
export function countVotes(
  poll: Poll,
  lines: readonly ChatEvent[],
  at: number,
  isOwn: (line: ChatEvent) => boolean,
  /** Who a line is from: the chatter, or the person linked chatters are ("Same person as…"). */
  personOf: (line: ChatEvent) => string = chatterKey,
): Poll {
  if (poll.endedAt !== null || at > poll.endsAt) return poll;
  let votes: Record<string, { option: number; network: string }> | null = null;
  for (const line of lines) {
    if (line.viaApi || line.to || isOwn(line)) continue;
    const option = voteOf(poll, line.text);
    if (option === null) continue;
    votes ??= dictionary(poll.votes);
    votes[personOf(line)] = { option, network: line.network };
  }
  return votes ? { ...poll, votes } : poll;
}
