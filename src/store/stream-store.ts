import { createStore, type StoreApi } from 'zustand';
import * as v from 'valibot';
import { createJSONStorage, persist } from 'zustand/middleware';
import { memoryStorage, pageStorage } from '../config/page-storage';
import { chatCommandSchema } from '../protocol/wire';
import { createAccountsSlice } from './slices/accounts';
import { createComposerSlice } from './slices/composer';
import { createConnectionSlice } from './slices/connection';
import { createDiagnosticsSlice } from './slices/diagnostics';
import { historySlice, memoryChatterBook, type ChatterBook } from './slices/history';
import { createReadingSlice } from './slices/reading';
import { createStatsSlice } from './slices/stats';
import { createServerEventsSlice } from './slices/server-events';
import { createViewersSlice } from './slices/viewers';
import type { StreamState } from './types';

export type { StreamState } from './types';
export type StreamStore = StoreApi<StreamState>;

/**
 * What the streamer typed survives reloads within the tab (session storage): the draft and
 * the lines waiting to be sent. Nothing else is kept.
 */
export const DRAFT_STORAGE_KEY = 'chatdeck:draft';

export interface StreamStoreOptions {
  /** Lines kept in the scrollback. */
  historyLimit?: number;
  /** Where the draft is kept for this tab; one key per stream. */
  draftKey?: string;
  /** Who has chatted before, as this device remembers; in memory when not given. */
  chatters?: ChatterBook;
}

/** One stream's store: all slices, and the middleware (draft persistence) only here. */
export function createStreamStore({
  historyLimit,
  draftKey = DRAFT_STORAGE_KEY,
  chatters = memoryChatterBook(),
}: StreamStoreOptions = {}): StreamStore {
  const store = createStore<StreamState>()(
    persist(
      (...args) => ({
        ...createConnectionSlice(...args),
        ...createAccountsSlice(...args),
        ...createViewersSlice(...args),
        ...historySlice(chatters)(...args),
        ...createReadingSlice(...args),
        ...createComposerSlice(...args),
        ...createDiagnosticsSlice(...args),
        ...createServerEventsSlice(...args),
        ...createStatsSlice(...args),
      }),
      {
        name: draftKey,
        storage: createJSONStorage(() => pageStorage('sessionStorage') ?? memoryStorage()),
        partialize: (state) => ({
          draft: state.draft,
          sentLines: state.sentLines,
          outbox: state.outbox.filter((line) => line.status === 'waiting'),
        }),
        // What comes back from storage is checked like anything else read from outside.
        merge: (stored, current) => ({ ...current, ...readStoredTyping(stored) }),
      },
    ),
  );
  if (historyLimit !== undefined) store.getState().setHistoryLimit(historyLimit);
  return store;
}

const storedTypingSchema = v.object({
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
});

function readStoredTyping(
  stored: unknown,
): Pick<StreamState, 'draft' | 'outbox' | 'sentLines'> | undefined {
  const result = v.safeParse(storedTypingSchema, stored);
  return result.success ? result.output : undefined;
}
