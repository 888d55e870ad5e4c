import { describe, expect, it, vi } from 'vitest';
import { makeChatEvent } from '../../testing/factories';
import { liveStreams } from '../../testing/live-stream';
import { countVotes, pollOutcome, pollResult, readPollCommand, voteOf, type Poll } from './poll';
import { said } from '../../testing/said';

const live = liveStreams();

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
    const harness = live();
    const { store, outbox, sent, polls } = harness;
    store.getState().setDraft('/poll Next? | Celeste | Hades 30s');
    outbox.submitDraft();
    expect(sent.flatMap((command) => (command.type === 'text' ? [command.text] : []))).toEqual([
      'POLL: Next?  1) Celeste  2) Hades  (type the number to vote, 30 s)',
    ]);
    harness.apply([makeChatEvent({ network: 'twitch', from: { id: '9', name: 'v' }, text: '2' })]);
    expect(pollResult(polls.getState().poll!).counts).toEqual([0, 1]);
    vi.advanceTimersByTime(30_000);
    expect(polls.getState().poll?.endedAt).not.toBeNull();
    expect(sent.at(-1)).toMatchObject({
      text: 'POLL ENDED: Next?  Winner: Hades (1 votes, 100 %) of 1 votes.',
    });
    store.getState().setDraft('/endpoll');
    outbox.submitDraft();
    expect(said(store.getState().composerError)).toBe('No poll is running.');
  });
});
