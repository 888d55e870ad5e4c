import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  TWITCH_MAX_CHARS,
  YOUTUBE_MAX_CHARS,
  ircTextBytes,
  limitOf,
  measure,
} from '../protocol/chat-limits';
import type { Account } from '../protocol/events';
import { makeAccount, makeChatEvent, makeIrcAccount, makeLiveStatus } from '../testing/factories';
import { streamHarness, type StreamHarness } from '../testing/stream-harness';
import {
  countVotes,
  pollOutcome,
  pollResult,
  readPollCommand,
  voteOf,
  type Poll,
} from '../store/poll';
import { ALL_LIVE_ACCOUNTS, broadcastPlan } from '../store/selectors';
import { RECALL_LINES } from '../store/slices/composer';
import { REFUSED_SHOWN_MS, SENT_SHOWN_MS, overLimit } from './outbox';

const youtube = { name: 'youtube', displayName: 'YouTube' };
const facebook = { name: 'facebook', displayName: 'Facebook' };
const accounts: Account[] = [
  makeIrcAccount(),
  makeAccount({ id: 14, name: 'chan' }),
  makeAccount({ id: 15, name: 'Chan YT', network: youtube, writable: false, ready: false }),
  makeAccount({ id: 18, name: 'Me YT', network: youtube, live: false, ready: false }),
  makeAccount({ id: 16, name: 'Page', network: facebook, writable: false, ready: false }),
];

let harness: StreamHarness | null = null;
afterEach(() => {
  harness?.outbox.dispose();
  vi.useRealTimers();
});

function live() {
  harness = streamHarness();
  harness.setConnection({ phase: 'connected', since: 1 });
  harness.apply([makeLiveStatus({ accounts })]);
  return harness;
}

describe('every live account', () => {
  it('writes each from its own account, else the network’s writable one, else says why not', () => {
    expect(
      broadcastPlan(accounts).map((target) => [target.to.id, target.from?.id ?? target.refused]),
    ).toEqual([
      [14, 14],
      [15, 18],
      [16, 'Facebook is read-only'],
    ]);
  });

  it('sends one frame per target, asks for the writer it needs, and reports each fate', () => {
    const { store, outbox, sent } = live();
    store.getState().setTo(ALL_LIVE_ACCOUNTS);
    store.getState().setDraft('hello all');
    outbox.submitDraft();
    expect(sent).toEqual([
      { type: 'text', account_id: 14, cur_stream_account_id: 14, text: 'hello all' },
      { type: 'writer', account_id: 18, cur_stream_account_id: 15 },
    ]);
    expect(store.getState().outbox.map((line) => [line.target, line.status, line.reason])).toEqual([
      ['Twitch · chan', 'sent', undefined],
      ['YouTube · Chan YT', 'waiting', 'waiting for a writer'],
      ['Facebook · Page', 'skipped', 'read-only'],
    ]);
    harness!.apply([{ type: 'writerresult', accountId: 18, streamAccountId: 15 }]);
    expect(sent.at(-1)).toEqual({
      type: 'text',
      account_id: 18,
      cur_stream_account_id: 15,
      text: 'hello all',
    });
    expect(
      store.getState().outbox.find((line) => line.target === 'YouTube · Chan YT')?.status,
    ).toBe('sent');
  });

  it('shows "sent" and a skipped read-only network a moment, a refusal longer, then lets all go', () => {
    vi.useFakeTimers();
    const { store, outbox } = live();
    store.getState().setTo(ALL_LIVE_ACCOUNTS);
    store.getState().setDraft('hello all');
    outbox.submitDraft();
    const statuses = () => store.getState().outbox.map((line) => line.status);
    expect(statuses()).toEqual(['sent', 'waiting', 'skipped']);
    vi.advanceTimersByTime(SENT_SHOWN_MS);
    expect(statuses()).toEqual(['waiting']);
    vi.advanceTimersByTime(REFUSED_SHOWN_MS - SENT_SHOWN_MS);
    // YouTube's writer never came (10 s): refused since then, and shown a while longer.
    expect(store.getState().outbox.map((line) => [line.target, line.status])).toEqual([
      ['YouTube · Chan YT', 'refused'],
    ]);
  });

  it('holds every target while offline and sends each once after the reconnect', () => {
    const { store, outbox, sent } = live();
    harness!.setConnection({ phase: 'waiting', attempt: 1, retryAt: 0, reason: 'closed' });
    store.getState().setTo(ALL_LIVE_ACCOUNTS);
    store.getState().setDraft('are you there?');
    outbox.submitDraft();
    expect(sent).toEqual([]);
    expect(
      store.getState().outbox.filter((line) => line.reason === 'held while offline'),
    ).toHaveLength(2);
    harness!.setConnection({ phase: 'connected', since: 2 });
    harness!.apply([makeLiveStatus({ accounts })]);
    harness!.apply([{ type: 'writerresult', accountId: 18, streamAccountId: 15 }]);
    harness!.apply([makeLiveStatus({ accounts })]);
    const lines = sent.flatMap((command) =>
      command.type === 'text' ? [[command.account_id, command.cur_stream_account_id]] : [],
    );
    expect(lines).toEqual([
      [14, 14],
      [18, 15],
    ]);
  });
});

describe('limits', () => {
  it('Twitch 500 and YouTube 200 characters (an emoji is one), IRC what fits 512 bytes', () => {
    expect(limitOf('twitch')?.max).toBe(TWITCH_MAX_CHARS);
    expect(limitOf('youtube')?.max).toBe(YOUTUBE_MAX_CHARS);
    expect(measure('👋🏽 hi', limitOf('youtube')!)).toBe(5);
    expect(measure('é', limitOf('irc')!)).toBe(2);
    expect(ircTextBytes('bob', '#chan')).toBe(
      512 - 2 - `:bob!bob@${'h'.repeat(63)} PRIVMSG #chan :`.length,
    );
    expect(limitOf('facebook')).toBeNull();
  });

  it('says which network and by how much', () => {
    expect(overLimit('x'.repeat(200), ['twitch', 'youtube'])).toBeNull();
    expect(overLimit('x'.repeat(201), ['twitch', 'youtube'])).toBe(
      'Too long for YouTube by 1 character (200 at most).',
    );
    expect(overLimit('x'.repeat(510), ['twitch'])).toBe(
      'Too long for Twitch by 10 characters (500 at most).',
    );
  });

  it('refuses an over-limit line to any target and sends nothing', () => {
    const { store, outbox, sent } = live();
    store.getState().setTo(ALL_LIVE_ACCOUNTS);
    store.getState().setDraft('y'.repeat(250));
    outbox.submitDraft();
    expect(sent).toEqual([]);
    expect(store.getState().composerError).toBe(
      'Too long for YouTube by 50 characters (200 at most).',
    );
    expect(store.getState().draft).toHaveLength(250);
  });
});

describe('recall', () => {
  it('keeps the last lines sent, newest last, without repeats', () => {
    const { store } = live();
    for (let i = 0; i < RECALL_LINES + 5; i++) store.getState().rememberSent(`line ${i}`);
    store.getState().rememberSent('line 54');
    const lines = store.getState().sentLines;
    expect(lines).toHaveLength(RECALL_LINES);
    expect(lines.at(-1)).toBe('line 54');
    expect(lines.filter((line) => line === 'line 54')).toHaveLength(1);
  });

  it('Ctrl+Enter keeps the text after sending', () => {
    const { store, outbox, sent } = live();
    store.getState().setDraft('again');
    outbox.submitDraft({ keep: true });
    expect(sent).toHaveLength(1);
    expect(store.getState().draft).toBe('again');
    expect(store.getState().sentLines).toEqual(['again']);
  });
});

function poll(overrides: Partial<Poll> = {}): Poll {
  return {
    id: 1,
    question: 'Next?',
    options: ['Celeste', 'Hades'],
    startedAt: 0,
    endsAt: 60_000,
    endedAt: null,
    votes: {},
    ...overrides,
  };
}

describe('polls', () => {
  it('reads /poll and /endpoll', () => {
    expect(readPollCommand('/poll Next? | Celeste | Hades 30s')).toEqual({
      kind: 'start',
      question: 'Next?',
      options: ['Celeste', 'Hades'],
      seconds: 30,
    });
    expect(readPollCommand('/poll Next? | A | B')).toMatchObject({ seconds: 60 });
    expect(readPollCommand('/poll Next? | only one')).toMatchObject({ kind: 'invalid' });
    expect(readPollCommand('/endpoll')).toEqual({ kind: 'end' });
    expect(readPollCommand('hello')).toBeNull();
  });

  it('counts one vote per chatter (network + id), the last counts, across networks', () => {
    const own = () => false;
    let running = poll();
    running = countVotes(
      running,
      [
        makeChatEvent({ network: 'twitch', from: { id: '1', name: 'a' }, text: '1' }),
        makeChatEvent({ network: 'youtube', from: { id: '1', name: 'a' }, text: 'hades' }),
        makeChatEvent({ network: 'twitch', from: { id: '1', name: 'a' }, text: ' 2 ' }),
        makeChatEvent({ network: 'twitch', from: { id: '2', name: 'b' }, text: '3' }),
        makeChatEvent({ network: 'twitch', from: { id: '3', name: 'c' }, text: 'I vote 1' }),
        makeChatEvent({ network: 'twitch', from: { id: '4', name: 'x' }, text: '1', viaApi: true }),
        makeChatEvent({
          network: 'twitch',
          from: { id: '5', name: 'w' },
          text: '1',
          to: { name: 'me' },
        }),
      ],
      1_000,
      own,
    );
    const result = pollResult(running);
    expect(result.counts).toEqual([0, 2]);
    expect(Object.fromEntries(result.byNetwork)).toEqual({ twitch: [0, 1], youtube: [0, 1] });
    expect(voteOf(running, 'CELESTE')).toBe(0);
    expect(countVotes(running, [makeChatEvent({ text: '1' })], 61_000, own)).toBe(running);
  });

  it('never counts the streamer’s own lines, and says a tie as a tie', () => {
    const mine = makeChatEvent({ network: 'twitch', from: { name: 'chan' }, text: '1' });
    const tied = countVotes(
      poll(),
      [
        mine,
        makeChatEvent({ network: 'twitch', from: { id: '1', name: 'a' }, text: '1' }),
        makeChatEvent({ network: 'twitch', from: { id: '2', name: 'b' }, text: '2' }),
      ],
      1,
      (line) => line.from.name === 'chan',
    );
    expect(pollResult(tied)).toMatchObject({ counts: [1, 1], winners: [0, 1], total: 2 });
    expect(pollOutcome(tied)).toBe(
      'POLL ENDED: Next?  Tie: Celeste (1 votes, 50 %) and Hades (1 votes, 50 %) of 2 votes.',
    );
  });

  it('runs from /poll to its end: announced, counted from chat, result announced', () => {
    vi.useFakeTimers();
    const { store, outbox, sent } = live();
    store.getState().setDraft('/poll Next? | Celeste | Hades 30s');
    outbox.submitDraft();
    expect(sent.flatMap((command) => (command.type === 'text' ? [command.text] : []))).toEqual([
      'POLL: Next?  1) Celeste  2) Hades  (type the number to vote, 30 s)',
    ]);
    harness!.apply([makeChatEvent({ network: 'twitch', from: { id: '9', name: 'v' }, text: '2' })]);
    expect(pollResult(store.getState().poll!).counts).toEqual([0, 1]);
    vi.advanceTimersByTime(30_000);
    expect(store.getState().poll?.endedAt).not.toBeNull();
    expect(sent.at(-1)).toMatchObject({
      text: 'POLL ENDED: Next?  Winner: Hades (1 votes, 100 %) of 1 votes.',
    });
    store.getState().setDraft('/endpoll');
    outbox.submitDraft();
    expect(store.getState().composerError).toBe('No poll is running.');
  });
});
