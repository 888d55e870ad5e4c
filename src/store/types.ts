import type { StateCreator } from 'zustand';
import type { AccountsSlice } from './slices/accounts';
import type { ComposerSlice } from './slices/composer';
import type { ConnectionSlice } from './slices/connection';
import type { DiagnosticsSlice } from './slices/diagnostics';
import type { MessagesSlice } from './slices/messages';
import type { ServerEventsSlice } from './slices/server-events';
import type { TransportSlice } from './slices/transport';
import type { ViewersSlice } from './slices/viewers';

export type ChatState = ConnectionSlice &
  AccountsSlice &
  ViewersSlice &
  MessagesSlice &
  ComposerSlice &
  DiagnosticsSlice &
  TransportSlice &
  ServerEventsSlice;

/** A slice of the one chat store; middleware is applied only in chat-store.ts. */
export type ChatSlice<T> = StateCreator<ChatState, [['zustand/persist', unknown]], [], T>;
