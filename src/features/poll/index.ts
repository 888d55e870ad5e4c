/**
 * The poll: `/poll Question | A | B [60s]` in the composer, votes counted from every network's
 * chat, the strip over the chat, and the `?poll` overlay for OBS.
 */
import { lazy } from 'react';

export type { Poll } from './poll';
export { createPollStore, type PollState, type PollStore } from './poll-store';
export type { PollRunner } from './poll-runner';

/**
 * The poll's runner (reading `/poll`, counting votes, announcing): loaded on demand, when a
 * stream session starts, so the first page does not carry it.
 */
export const loadPollRunner = () => import('./poll-runner').then((module) => module.PollRunner);
export { POLL_CHANNEL, readPollMessage } from './poll-channel';
export { PollSlot } from './poll-slot';

/** The `?poll` page, a page of its own (loaded only there). */
export const PollOverlay = lazy(() =>
  import('./poll-overlay').then((module) => ({ default: module.PollOverlay })),
);
