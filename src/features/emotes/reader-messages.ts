import type { KeptAnswer, LookupRequest, LookupResult } from './emote-types';

/** What the page asks the emote worker. */
export type ToEmoteWorker =
  | { id: number; type: 'read'; request: LookupRequest }
  | { id: number; type: 'check'; text: string; apiBase?: string; now: number };

/** What the emote worker answers, by the request's id. */
export type FromEmoteWorker =
  | { id: number; type: 'read'; result: LookupResult }
  | { id: number; type: 'check'; kept: { value: KeptAnswer; at: number } | null };
