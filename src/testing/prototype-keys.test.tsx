import { render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { ChatMessage } from '../features/chat/chat-message';
import { PollView } from '../features/poll/poll-view';
import { ChatActivity } from '../features/viewers/viewer-chart';
import { createImagePolicy } from '../protocol/image-hosts';
import { parseServerFrame } from '../protocol/parse';
import type { ChatEvent } from '../protocol/events';
import { quietNetworks } from '../store/chat-health';
import { exportCsv, exportJson, exportText, parseCsv } from '../features/kept-chat/export-formats';
import { readFeaturedMessage } from '../features/featured/featured-store';
import { pollResult, type Poll } from '../features/poll/poll';
import { createPollStore } from '../features/poll/poll-store';
import { PollRunner } from '../features/poll/poll-runner';
import { readPollMessage } from '../features/poll/poll-channel';
import { computeRecap } from '../features/kept-chat/recap';
import { createStreamStore } from '../store/stream-store';
import { readKeptLine, readKeptStats } from '../features/kept-chat/kept-history';
import { makeAccount, makeLiveStatus } from './factories';

/** Names that reach `Object.prototype` (or its members) through a plain object's keys. */
const KEYS = ['__proto__', 'constructor', 'prototype', 'hasOwnProperty', 'toString'] as const;

const prototypeNames = Object.getOwnPropertyNames(Object.prototype).sort();
afterEach(() => {
  // Nothing written to Object.prototype, whatever a test did.
  expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(prototypeNames);
  expect(({} as Record<string, unknown>)['0']).toBeUndefined();
});

function chatFrame(key: string, text: string) {
  return {
    type: 'text',
    network: key,
    account_id: 14,
    stream_id: 1,
    from: { id: key, name: key },
    text,
  };
}

function chatEvent(key: string, text: string): ChatEvent {
  const parsed = parseServerFrame(chatFrame(key, text));
  if (!parsed.ok || parsed.event.type !== 'chat') throw new Error('not a chat line');
  return parsed.event;
}

describe('prototype names as network, id, name and option are inert', () => {
  it.each(KEYS)('%s: dashboard store, poll, stats and chat health', (key) => {
    const store = createStreamStore();
    const polls = createPollStore();
    new PollRunner(store, polls, () => true).start();
    store.getState().applyServerEvents([makeLiveStatus()]);
    const startedAt = Date.now();
    const poll: Poll = {
      id: 1,
      question: key,
      options: [key, 'constructor'],
      startedAt,
      endsAt: startedAt + 60_000,
      endedAt: null,
      votes: {},
    };
    polls.getState().startPoll(poll);
    store.getState().applyServerEvents([chatEvent(key, '1'), chatEvent(key, key)]);
    const state = store.getState();
    expect(state.messages.map((line) => line.network)).toEqual([key, key]);
    // One chatter: the last vote counts (the option named like the key).
    const result = pollResult(polls.getState().poll!);
    expect(result.counts).toEqual([1, 0]);
    expect([...result.byNetwork]).toEqual([[key, [1, 0]]]);
    expect(Object.hasOwn(state.lastLineAt, key)).toBe(true);
    expect(typeof state.lastLineAt[key]).toBe('number');
    const minutes = Object.values(state.chatMinutes);
    expect(minutes.map((counts) => counts[key])).toEqual([2]);
    expect(
      quietNetworks({
        accounts: [makeAccount({ network: { name: key, displayName: key } })],
        viewerCounts: { 14: 500 },
        lastLineAt: state.lastLineAt,
        liveSince: state.liveSince,
        now: Date.now(),
        quietMs: 60_000,
      }),
    ).toEqual([]);
  });

  it.each(KEYS)('%s: the poll, the chat row and the activity chart render it as text', (key) => {
    const poll: Poll = {
      id: 1,
      question: key,
      options: [key, 'b'],
      startedAt: 0,
      endsAt: 1,
      endedAt: 1,
      votes: Object.assign(Object.create(null) as Poll['votes'], {
        [`${key}:${key}`]: { option: 0, network: key },
      }),
    };
    const { unmount } = render(<PollView poll={poll} />);
    expect(screen.getByRole('region', { name: 'Poll' })).toHaveTextContent(`1 vote: ${key} 1`);
    unmount();
    const event = chatEvent(key, `hello ${key}`);
    render(
      <ChatMessage
        message={{ ...event, seq: 1, receivedAt: 0 }}
        options={{
          compact: false,
          showPicture: false,
          images: createImagePolicy('https://chat.example'),
          networkName: (network) => network,
        }}
      />,
    );
    expect(screen.getByRole('article')).toHaveTextContent(`hello ${key}`);
    const now = Date.now();
    const minute = Math.floor(now / 60_000) * 60_000;
    const counts = Object.create(null) as Record<string, number>;
    counts[key] = 3;
    render(
      <ChatActivity
        minutes={{ [minute]: counts }}
        liveAccounts={[makeAccount({ network: { name: key, displayName: key } })]}
        viewerCounts={{ 14: 10 }}
        now={now}
      />,
    );
    expect(screen.getByRole('img', { name: 'Chat activity' })).toBeInTheDocument();
  });

  it.each(KEYS)('%s: export (text, CSV, JSON) and recap', (key) => {
    const lines = [{ event: chatEvent(key, key), receivedAt: Date.UTC(2026, 0, 1) }];
    expect(exportText(lines)).toContain(`[${key}] ${key}: ${key}`);
    expect(parseCsv(exportCsv(lines))[1]).toContain(key);
    const recap = computeRecap({
      lines,
      viewerPoints: [{ at: Date.UTC(2026, 0, 1), accountId: 14, count: 5 }],
      chatMinutes: {},
      liveSince: null,
      liveUntil: null,
      accounts: [makeAccount({ network: { name: key, displayName: key } })],
    });
    expect(recap.networks).toEqual([
      expect.objectContaining({ network: key, messages: 1, peakViewers: 5 }),
    ]);
    expect(recap.topChatters).toEqual([
      expect.objectContaining({ name: key, network: key, lines: 1 }),
    ]);
    const json = JSON.parse(
      exportJson(lines, { server: 'https://chat.example', stream: 1, recap }),
    ) as { events: Array<{ network: string }> };
    expect(json.events[0]!.network).toBe(key);
  });

  it.each(KEYS)('%s: page messages and kept records are read as data', (key) => {
    const pollMessage = (voter: string) =>
      readPollMessage(
        JSON.parse(
          JSON.stringify({
            type: 'poll',
            poll: {
              id: 1,
              question: key,
              options: [key, 'b'],
              startedAt: Date.UTC(2026, 0, 1),
              endsAt: Date.UTC(2026, 0, 1, 0, 1),
              endedAt: null,
              votes: { [voter]: { option: 0, network: key } },
            },
          }),
        ),
      );
    // As the dashboard keys votes (network:id): read, and counted as data.
    const message = pollMessage(`${key}:${key}`);
    expect(message?.type).toBe('poll');
    if (message?.type === 'poll') {
      expect(pollResult(message.poll!).counts).toEqual([1, 0]);
      expect(Object.getPrototypeOf(message.poll!.votes)).toBeNull();
    }
    // A key no dashboard sends (a prototype's name itself): the message is not one of ours.
    const bare = pollMessage(key);
    if (['__proto__', 'constructor', 'prototype'].includes(key)) expect(bare).toBeNull();
    else expect(bare?.type).toBe('poll');
    expect(
      readFeaturedMessage({
        type: 'show',
        shownAt: Date.UTC(2026, 0, 1),
        line: {
          id: key,
          name: key,
          network: key,
          networkName: key,
          kind: 'text',
          text: key,
          at: Date.UTC(2026, 0, 1),
        },
      }),
    ).toMatchObject({ line: { network: key, name: key } });
    const kept = readKeptLine({
      receivedAt: Date.UTC(2026, 0, 1),
      event: { ...chatEvent(key, key) },
    });
    expect(kept?.event.network).toBe(key);
    const stats = readKeptStats(
      JSON.parse(
        `{"liveSince":null,"viewerPoints":[],"chatMinutes":{"60000":{"${key}":2,"twitch":1}}}`,
      ),
    );
    expect(Object.getPrototypeOf(stats!.chatMinutes[60_000])).toBeNull();
    expect(stats!.chatMinutes[60_000]!.twitch).toBe(1);
  });
});
