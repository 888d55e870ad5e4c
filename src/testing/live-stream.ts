import { afterEach, vi } from 'vitest';
import type { Account } from '../protocol/events';
import { makeAccount, makeIrcAccount, makeLiveStatus } from './factories';
import { streamHarness, type StreamHarness } from './stream-harness';

export const youtube = { name: 'youtube', displayName: 'YouTube' };
export const facebook = { name: 'facebook', displayName: 'Facebook' };

/**
 * The streamer's five accounts the talking tests use: IRC, Twitch "chan" (writable), a live
 * YouTube channel written to through the streamer's own YouTube account "Me YT", and a
 * read-only Facebook page.
 */
export const fiveAccounts: Account[] = [
  makeIrcAccount(),
  makeAccount({ id: 14, name: 'chan' }),
  makeAccount({ id: 15, name: 'Chan YT', network: youtube, writable: false, ready: false }),
  makeAccount({ id: 18, name: 'Me YT', network: youtube, live: false, ready: false }),
  makeAccount({ id: 16, name: 'Page', network: facebook, writable: false, ready: false }),
];

/**
 * Registers, for the calling test file, a stream that is connected with `accounts` live; the
 * returned function opens one per test, and each is disposed (and real timers restored) after
 * its test.
 */
export function liveStreams(defaults: Account[] = fiveAccounts) {
  let current: StreamHarness | null = null;
  afterEach(() => {
    current?.outbox.dispose();
    current = null;
    vi.useRealTimers();
  });
  return (accounts: Account[] = defaults): StreamHarness => {
    current = streamHarness();
    current.setConnection({ phase: 'connected', since: 1 });
    current.apply([makeLiveStatus({ accounts })]);
    return current;
  };
}
