import * as v from 'valibot';
import type { Poll } from './poll';

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

export interface PollChannel {
  post(message: PollMessage): void;
  listen(handle: (message: PollMessage) => void): () => void;
  close(): void;
}

export function pollChannel(): PollChannel | null {
  if (typeof BroadcastChannel === 'undefined') return null;
  const channel = new BroadcastChannel(POLL_CHANNEL);
  return {
    post: (message) => channel.postMessage(message),
    listen: (handle) => {
      const onMessage = (event: MessageEvent) => {
        const message = readPollMessage(event.data);
        if (message) handle(message);
      };
      channel.addEventListener('message', onMessage);
      return () => channel.removeEventListener('message', onMessage);
    },
    close: () => channel.close(),
  };
}

/** What the dashboard tells overlays: the poll as it is now (votes included). */
export function pollForOverlay(poll: Poll | null): PollMessage {
  return { type: 'poll', poll };
}
