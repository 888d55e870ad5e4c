import * as v from 'valibot';
import {
  MAX_ICON_CHARS,
  MAX_MESSAGE_CHARS,
  httpUrlSchema,
  nameSchema,
  textSchema,
  timestampSchema,
} from '../../protocol/limits';
import { createStore, type StoreApi } from 'zustand';
import type { HistoryLine } from '../../store/slices/history';
import { hasPrototypeKey } from '../../store/dictionary';
import { pageChannel, type PageChannel } from '../../session/page-channel';

/**
 * The line featured on stream: chosen in a dashboard, shown by every `?featured` overlay page
 * of the same origin (an OBS browser source, another tab), over a BroadcastChannel. No server.
 */
export const FEATURED_CHANNEL = 'chatdeck:featured';

// Held to the limits of a live chat line: a page of the same origin could post anything here.
const featuredLineSchema = v.object({
  id: textSchema(200),
  name: nameSchema,
  network: nameSchema,
  networkName: nameSchema,
  kind: v.picklist(['text', 'emote']),
  text: textSchema(MAX_MESSAGE_CHARS),
  markdown: v.optional(textSchema(MAX_MESSAGE_CHARS)),
  picture: v.optional(httpUrlSchema),
  networkIcon: v.optional(
    v.object({
      svg: textSchema(MAX_ICON_CHARS),
      css: v.optional(textSchema(MAX_ICON_CHARS)),
    }),
  ),
  at: timestampSchema,
});
export type FeaturedLine = v.InferOutput<typeof featuredLineSchema>;

const messageSchema = v.variant('type', [
  v.object({ type: v.literal('show'), line: featuredLineSchema, shownAt: timestampSchema }),
  v.object({ type: v.literal('clear') }),
  v.object({ type: v.literal('ask') }),
]);
export type FeaturedMessage = v.InferOutput<typeof messageSchema>;

/** Reads a message from the channel; anything else is ignored. */
export function readFeaturedMessage(data: unknown): FeaturedMessage | null {
  if (hasPrototypeKey(data)) return null;
  const result = v.safeParse(messageSchema, data);
  return result.success ? result.output : null;
}

/**
 * What an overlay shows of a chat line (nothing else of it leaves the dashboard). Which image
 * hosts it may load is the overlay's own setting (its address), never the message's.
 */
export function featuredLine(
  line: HistoryLine,
  { networkName }: { networkName: string },
): FeaturedLine {
  return {
    id: `${line.receivedAt}-${line.seq}-${line.network}`,
    name: line.from.name,
    network: line.network,
    networkName,
    kind: line.kind,
    text: line.text,
    ...(line.markdown !== undefined && { markdown: line.markdown }),
    ...(line.from.picture !== undefined && { picture: line.from.picture }),
    ...(line.networkIcon !== undefined && { networkIcon: line.networkIcon }),
    at: line.timestamp ?? line.receivedAt,
  };
}

export interface FeaturedState {
  /** On screen now (in every overlay), with when it was shown. */
  current: { line: FeaturedLine; shownAt: number } | null;
  /** Lines waiting for "Next", oldest first. */
  queue: readonly FeaturedLine[];
  /** Shows the line now (replacing what is shown). */
  feature: (line: FeaturedLine) => void;
  /** Adds the line to the queue; shown at once when nothing is. */
  enqueue: (line: FeaturedLine) => void;
  /** Shows the next queued line (or clears when none). */
  next: () => void;
  clear: () => void;
  /** Takes a line out of the queue. */
  unqueue: (id: string) => void;
}

/** A page's end of the featured channel: null where the browser has none. */
export type FeaturedChannel = Pick<PageChannel<FeaturedMessage>, 'post' | 'listen'>;

export function broadcastChannel(): PageChannel<FeaturedMessage> | null {
  return pageChannel(FEATURED_CHANNEL, readFeaturedMessage);
}

export type FeaturedStore = StoreApi<FeaturedState> & {
  /** Tells overlays through `channel` from now on; returns the function that stops. */
  connect(channel: FeaturedChannel): () => void;
};

/**
 * The dashboard's side: what is featured and queued, told to every overlay as it changes, and
 * told again to an overlay that opens later and asks. Made without opening a channel
 * (no I/O): `connect` joins one (the FeaturedProvider's, while mounted).
 */
export function createFeaturedStore(
  joined: FeaturedChannel | null = null,
  now = () => Date.now(),
): FeaturedStore {
  let channel: FeaturedChannel | null = null;
  const store = createStore<FeaturedState>()((set, get) => {
    const show = (line: FeaturedLine | null, queue: readonly FeaturedLine[]) => {
      const current = line ? { line, shownAt: now() } : null;
      set({ current, queue });
      channel?.post(current ? { type: 'show', ...current } : { type: 'clear' });
    };
    return {
      current: null,
      queue: [],
      feature: (line) =>
        show(
          line,
          get().queue.filter((queued) => queued.id !== line.id),
        ),
      enqueue: (line) => {
        const { current, queue } = get();
        if (!current) show(line, queue);
        else if (!queue.some((queued) => queued.id === line.id) && current.line.id !== line.id) {
          set({ queue: [...queue, line] });
        }
      },
      next: () => {
        const [first, ...rest] = get().queue;
        show(first ?? null, rest);
      },
      clear: () => show(null, get().queue),
      unqueue: (id) => set({ queue: get().queue.filter((queued) => queued.id !== id) }),
    };
  });
  const featured = Object.assign(store, {
    connect(to: FeaturedChannel) {
      channel = to;
      const stop = to.listen((message) => {
        if (message.type !== 'ask') return;
        const { current } = store.getState();
        to.post(current ? { type: 'show', ...current } : { type: 'clear' });
      });
      return () => {
        stop();
        if (channel === to) channel = null;
      };
    },
  });
  if (joined) featured.connect(joined);
  return featured;
}
