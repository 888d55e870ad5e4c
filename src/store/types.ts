import type { StateCreator } from 'zustand';
import type { AccountsSlice } from './slices/accounts';
import type { ComposerSlice } from './slices/composer';
import type { ConnectionSlice } from './slices/connection';
import type { DiagnosticsSlice } from './slices/diagnostics';
import type { HistorySlice } from './slices/history';
import type { ReadingSlice } from './slices/reading';
import type { ServerEventsSlice } from './slices/server-events';
import type { StatsSlice } from './slices/stats';
import type { ViewersSlice } from './slices/viewers';

/** Everything one stream's dashboard shows: facts from the server and what the user typed. */
export type StreamState = ConnectionSlice &
  AccountsSlice &
  ViewersSlice &
  HistorySlice &
  ReadingSlice &
  ComposerSlice &
  DiagnosticsSlice &
  ServerEventsSlice &
  StatsSlice;

/** A slice of a stream store. */
export type StreamSlice<T> = StateCreator<StreamState, [], [], T>;
