import * as v from 'valibot';
import { integerSchema, nameSchema, textSchema, timestampSchema } from '../../protocol/limits';
import { dictionary, hasPrototypeKey } from '../../store/dictionary';
import type { Poll } from './poll';
import { MAX_POLL_OPTIONS, MAX_POLL_SECONDS } from './poll-limits';

/** Most votes a poll message may carry (one per chatter). */
const MAX_VOTES = 100_000;
import { pageChannel, type PageChannel } from '../../session/page-channel';

/** The poll as `?poll` overlay pages of the same origin see it (BroadcastChannel). */
export const POLL_CHANNEL = 'chatdeck:poll';

// Held to the limits a poll started in the dashboard has: a page of the same origin could post
// anything here (`option: 1e7` once overflowed the overlay's stack; `endsAt: Infinity` showed
// "Infinity s left").
const voteSchema = v.object({
  option: integerSchema(0, MAX_POLL_OPTIONS - 1),
  network: nameSchema,
});
const pollSchema = v.pipe(
  v.object({
    id: v.pipe(v.number(), v.finite()),
    question: textSchema(500),
    options: v.pipe(v.array(textSchema(500)), v.minLength(2), v.maxLength(MAX_POLL_OPTIONS)),
    startedAt: timestampSchema,
    endsAt: timestampSchema,
    endedAt: v.nullable(timestampSchema),
    votes: v.pipe(
      v.record(textSchema(300), voteSchema),
      v.check((votes) => Object.keys(votes).length <= MAX_VOTES, 'too many votes'),
    ),
  }),
  v.check(
    (poll) =>
      poll.endsAt >= poll.startedAt &&
      poll.endsAt - poll.startedAt <= MAX_POLL_SECONDS * 1000 &&
      Object.values(poll.votes).every((vote) => vote.option < poll.options.length),
    'not a poll the dashboard could have started',
  ),
  // Keyed by chatters (wire data): a prototype-free object.
  v.transform((poll): Poll => ({ ...poll, votes: dictionary(poll.votes) })),
);
const messageSchema = v.variant('type', [
  v.object({ type: v.literal('poll'), poll: v.nullable(pollSchema) }),
  v.object({ type: v.literal('ask') }),
]);
export type PollMessage = v.InferOutput<typeof messageSchema>;

export function readPollMessage(data: unknown): PollMessage | null {
  if (hasPrototypeKey(data)) return null;
  const result = v.safeParse(messageSchema, data);
  return result.success ? result.output : null;
}

export function pollChannel(): PageChannel<PollMessage> | null {
  return pageChannel(POLL_CHANNEL, readPollMessage);
}

/** What the dashboard tells overlays: the poll as it is now (votes included). */
export function pollForOverlay(poll: Poll | null): PollMessage {
  return { type: 'poll', poll };
}
