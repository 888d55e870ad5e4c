import { createStore, type StoreApi } from 'zustand';
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

export interface StreamStoreOptions {
  /** Lines kept in the scrollback. */
  historyLimit?: number;
  /** Who has chatted before, as this device remembers; in memory when not given. */
  chatters?: ChatterBook;
}

/**
 * One stream's store: all slices, and nothing else. It does no I/O: what of it is kept (the
 * typing, session/kept-typing.ts) the session reads and writes.
 */
export function createStreamStore({
  historyLimit,
  chatters = memoryChatterBook(),
}: StreamStoreOptions = {}): StreamStore {
  const store = createStore<StreamState>()((...args) => ({
    ...createConnectionSlice(...args),
    ...createAccountsSlice(...args),
    ...createViewersSlice(...args),
    ...historySlice(chatters)(...args),
    ...createReadingSlice(...args),
    ...createComposerSlice(...args),
    ...createDiagnosticsSlice(...args),
    ...createServerEventsSlice(...args),
    ...createStatsSlice(...args),
  }));
  if (historyLimit !== undefined) store.getState().setHistoryLimit(historyLimit);
  return store;
}
