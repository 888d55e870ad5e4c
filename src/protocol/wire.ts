/**
 * The multistreamer WebSocket wire contract (docs/protocol.md) as valibot schemas.
 * Schemas validate the wire shape and transform it into the app's own event types, so
 * nothing past `parse.ts` ever sees raw wire data. Valibot needs no `eval`, so a strict
 * Content-Security-Policy can forbid it.
 */
import * as v from 'valibot';

// Ids past 2^53 cannot be told apart as numbers: such a frame is not trusted at all.
const accountId = v.pipe(v.number(), v.safeInteger(), v.minValue(0));
const streamId = v.pipe(v.number(), v.safeInteger(), v.minValue(0));
/** Account keys in `status` are decimal strings; every other frame uses numbers. */
const accountKey = v.pipe(v.string(), v.regex(/^\d{1,15}$/));
// A numeric chatter id must be exact to identify anyone; otherwise it is treated as absent.
const chatterId = v.pipe(
  v.union([v.pipe(v.string(), v.maxLength(128)), v.number()]),
  v.transform((id) => (typeof id === 'number' && !Number.isSafeInteger(id) ? null : String(id))),
);

const networkSchema = v.object({
  name: v.string(),
  displayName: v.string(),
});

const accountSchema = v.object({
  name: v.string(),
  network: networkSchema,
  live: v.boolean(),
  writable: v.boolean(),
  ready: v.boolean(),
  http_url: v.nullish(v.string()),
});

export const statusFrameSchema = v.object({
  type: v.literal('status'),
  status: v.object({
    data_pushing: v.boolean(),
    data_pulling: v.boolean(),
    data_incoming: v.boolean(),
  }),
  accounts: v.record(accountKey, accountSchema),
});

export const writerResultFrameSchema = v.object({
  type: v.literal('writerresult'),
  account_id: accountId,
  cur_stream_account_id: accountId,
});

export const viewCountFrameSchema = v.object({
  type: v.literal('viewcountresult'),
  account_id: accountId,
  stream_id: v.nullish(streamId),
  // Range is checked in parse.ts, so a bad count drops only the count, not the frame.
  viewer_count: v.nullish(v.number()),
});

const chatterSchema = v.object({
  id: v.nullish(chatterId),
  name: v.string(),
  picture: v.nullish(v.string()),
});

const recipientSchema = v.object({
  id: v.nullish(chatterId),
  name: v.string(),
});

export const chatFrameSchema = v.pipe(
  v.object({
    type: v.picklist(['text', 'emote']),
    network: v.string(),
    account_id: accountId,
    stream_id: v.nullish(streamId),
    from: chatterSchema,
    to: v.nullish(recipientSchema),
    text: v.nullish(v.string()),
    markdown: v.nullish(v.string()),
    timestamp: v.nullish(v.number()),
    network_icon: v.nullish(v.string()),
    network_icon_css: v.nullish(v.string()),
    // Only lines published through `POST /api/v1/stream/:id/msg` carry a top-level `id`.
    id: v.optional(v.unknown()),
  }),
  v.check(
    (frame) => typeof frame.text === 'string' || typeof frame.markdown === 'string',
    'a chat line needs text or markdown',
  ),
);

/** Every server frame type the dashboard understands, keyed by `type`. */
export const serverFrameSchema = v.variant('type', [
  statusFrameSchema,
  writerResultFrameSchema,
  viewCountFrameSchema,
  chatFrameSchema,
]);

export type StatusFrame = v.InferOutput<typeof statusFrameSchema>;
export type ChatFrame = v.InferOutput<typeof chatFrameSchema>;

// Client -> server commands. The simulator validates what clients send with these.
const targetedFields = {
  account_id: accountId,
  cur_stream_account_id: accountId,
};

/** A chat line or action to send (also what waits in the outbox across reloads). */
export const chatCommandSchema = v.object({
  type: v.picklist(['text', 'emote']),
  ...targetedFields,
  text: v.string(),
});

export const clientCommandSchema = v.variant('type', [
  v.object({ type: v.literal('status') }),
  v.object({ type: v.literal('viewcount') }),
  v.object({ type: v.literal('writer'), ...targetedFields }),
  chatCommandSchema,
]);

export type ClientCommand = v.InferOutput<typeof clientCommandSchema>;
export type ChatCommand = v.InferOutput<typeof chatCommandSchema>;
