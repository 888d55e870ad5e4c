import { createStore, useStore, type StoreApi } from 'zustand';
import * as v from 'valibot';
import { createJSONStorage, persist } from 'zustand/middleware';
import { memoryStorage, pageStorage } from '../config/page-storage';
import { chatCommandSchema } from '../protocol/messages';
import { createAccountsSlice } from './slices/accounts';
import { createComposerSlice } from './slices/composer';
import { createConnectionSlice } from './slices/connection';
import { createDiagnosticsSlice } from './slices/diagnostics';
import { createMessagesSlice } from './slices/messages';
import { createServerEventsSlice } from './slices/server-events';
import { createTransportSlice } from './slices/transport';
import { createViewersSlice } from './slices/viewers';
import type { ChatState } from './types';

export type { ChatState } from './types';
export type ChatStore = StoreApi<ChatState>;

/**
 * What the streamer typed survives reloads within the tab (session storage): the draft and
 * the lines waiting to be sent. Nothing else is kept.
 */
export const DRAFT_STORAGE_KEY = 'chatdeck:draft';

/** Builds the one chat store: all slices, and the middleware (draft persistence) only here. */
export function createChatStore(): ChatStore {
  return createStore<ChatState>()(
    persist(
      (...args) => ({
        ...createConnectionSlice(...args),
        ...createAccountsSlice(...args),
        ...createViewersSlice(...args),
        ...createMessagesSlice(...args),
        ...createComposerSlice(...args),
        ...createDiagnosticsSlice(...args),
        ...createTransportSlice(...args),
        ...createServerEventsSlice(...args),
      }),
      {
        name: DRAFT_STORAGE_KEY,
        storage: createJSONStorage(() => pageStorage('sessionStorage') ?? memoryStorage()),
        partialize: (state) => ({
          draft: state.draft,
          outbox: state.outbox.filter((line) => line.status === 'waiting'),
        }),
        // What comes back from storage is checked like anything else read from outside.
        merge: (stored, current) => ({ ...current, ...readStoredTyping(stored) }),
      },
    ),
  );
}

const storedTypingSchema = v.object({
  draft: v.optional(v.string(), ''),
  outbox: v.optional(
    v.array(
      v.object({
        id: v.number(),
        command: chatCommandSchema,
        status: v.literal('waiting'),
      }),
    ),
    [],
  ),
});

function readStoredTyping(stored: unknown): Pick<ChatState, 'draft' | 'outbox'> | undefined {
  const result = v.safeParse(storedTypingSchema, stored);
  return result.success ? result.output : undefined;
}

export const chatStore = createChatStore();

/** Reads the chat store in React through a selector. */
export function useChatStore<T>(selector: (state: ChatState) => T): T {
  return useStore(chatStore, selector);
}
