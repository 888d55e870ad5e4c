import * as v from 'valibot';
import type { Poll } from './poll';
import { pageChannel, type PageChannel } from './page-channel';

/** The poll as `?poll` overlay pages of the same origin see it (BroadcastChannel). */
export const POLL_CHANNEL = 'chatdeck:poll';

const pollSchema = v.object({
  id: v.number(),
  question: v.pipe(v.string(), v.maxLength(500)),
  options: v.pipe(v.array(v.pipe(v.string(), v.maxLength(500))), v.maxLength(9)),
  startedAt: v.number(),
  endsAt: v.number(),
  endedAt: v.nullable(v.number()),
  votes: v.record(v.string(), v.object({ option: v.number(), network: v.string() })),
});

const messageSchema = v.variant('type', [
  v.object({ type: v.literal('poll'), poll: v.nullable(pollSchema) }),
  v.object({ type: v.literal('ask') }),
]);
export type PollMessage = v.InferOutput<typeof messageSchema>;

export function readPollMessage(data: unknown): PollMessage | null {
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
