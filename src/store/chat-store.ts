import { createStore, useStore, type StoreApi } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';
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

/** Drafts survive reloads within the tab (session storage), never anything else. */
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
        storage: createJSONStorage(() => sessionStorage),
        partialize: (state) => ({ draft: state.draft }),
      },
    ),
  );
}

export const chatStore = createChatStore();

/** Reads the chat store in React through a selector. */
export function useChatStore<T>(selector: (state: ChatState) => T): T {
  return useStore(chatStore, selector);
}
