import * as v from 'valibot';
import { pageStorage } from '../config/page-storage';
import { chatCommandSchema } from '../protocol/wire';
import type { StreamState, StreamStore } from '../store/stream-store';

/**
 * What the streamer typed survives reloads within the tab (session storage): the draft, the
 * lines sent (Up recalls them) and the lines waiting to be sent. Nothing else is kept. One key
 * per stream; this one where none is given.
 */
export const TYPING_STORAGE_KEY = 'chatdeck:draft';

type Typing = Pick<StreamState, 'draft' | 'sentLines' | 'outbox'>;

/**
 * Reads what this tab kept of the typing into the store, then writes it again each time the
 * draft, the sent lines or the waiting lines change (a few bytes, as the streamer types: nothing
 * waits for a timer, so a reload or a closed tab loses nothing). Returns the function that stops
 * writing. Where the browser refuses storage (a sandboxed frame), nothing is kept.
 */
export function keepTyping(
  store: StreamStore,
  key: string = TYPING_STORAGE_KEY,
  storage: Storage | null = pageStorage('sessionStorage'),
): () => void {
  if (!storage) return () => undefined;
  const stored = readTyping(storage, key);
  if (stored) store.setState(stored);
  let written: Typing = store.getState();
  return store.subscribe((state) => {
    if (
      state.draft === written.draft &&
      state.sentLines === written.sentLines &&
      state.outbox === written.outbox
    ) {
      return;
    }
    written = state;
    const typing: Typing = {
      draft: state.draft,
      sentLines: state.sentLines,
      outbox: state.outbox.filter((line) => line.status === 'waiting'),
    };
    try {
      // The shape zustand's persist wrote before: a draft kept by the last version survives
      // the reload that brings this one.
      storage.setItem(key, JSON.stringify({ state: typing, version: 0 }));
    } catch {
      // Full or refused: the typing is still on the page, only not kept.
    }
  });
}

const storedTypingSchema = v.object({
  state: v.object({
    draft: v.optional(v.string(), ''),
    sentLines: v.optional(
      v.pipe(v.array(v.pipe(v.string(), v.maxLength(2_000))), v.maxLength(50)),
      [],
    ),
    outbox: v.optional(
      v.array(
        v.object({
          id: v.number(),
          command: chatCommandSchema,
          status: v.literal('waiting'),
          // A message descriptor (its English key and values); an older string is dropped.
          reason: v.fallback(
            v.optional(
              v.object({
                id: v.string(),
                values: v.optional(v.record(v.string(), v.union([v.string(), v.number()]))),
              }),
            ),
            undefined,
          ),
          target: v.optional(v.string()),
        }),
      ),
      [],
    ),
  }),
});

/** What is kept under `key`, checked like anything else read from outside; null if not ours. */
function readTyping(storage: Storage, key: string): Typing | null {
  let stored: unknown;
  try {
    stored = JSON.parse(storage.getItem(key) ?? 'null');
  } catch {
    return null;
  }
  const result = v.safeParse(storedTypingSchema, stored);
  return result.success ? result.output.state : null;
}
