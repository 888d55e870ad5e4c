import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  makeChatEvent,
  makeLiveStatus,
  makeAccount,
  makeIrcAccount,
} from '../../testing/factories';
import { streamHarness, type StreamHarness } from '../../testing/stream-harness';
import { randomIndex, readGiveawayCommand } from './giveaway';
import { createGiveawayPart, type GiveawayPart } from './giveaway-part';

describe('/giveaway', () => {
  it('reads a keyword and optional seconds', () => {
    expect(readGiveawayCommand('/giveaway !enter 120s')).toEqual({
      kind: 'start',
      keyword: '!enter',
      seconds: 120,
    });
    expect(readGiveawayCommand('/giveaway cake')).toEqual({
      kind: 'start',
      keyword: 'cake',
      seconds: null,
    });
    expect(readGiveawayCommand('/giveaway')).toMatchObject({ kind: 'invalid' });
    expect(readGiveawayCommand('/giveaway two words')).toMatchObject({ kind: 'invalid' });
    expect(readGiveawayCommand('/giveaway cake 5s')).toMatchObject({ kind: 'invalid' });
    expect(readGiveawayCommand('hello')).toBeNull();
  });

  it('draws uniformly without modulo bias (rejects words above the last full range)', () => {
    const words = [0xffff_ffff, 7];
    const random = (into: Uint32Array<ArrayBuffer>) => {
      into[0] = words.shift()!;
    };
    expect(randomIndex(3, random)).toBe(1);
    expect(words).toEqual([]);
  });
});

describe('the giveaway', () => {
  let harness: StreamHarness;
  let part: GiveawayPart;
  let stop: () => void;
  let announced: string[];
  let picks: number[];

  beforeEach(() => {
    vi.useFakeTimers({ now: 1_000_000 });
    harness = streamHarness();
    harness.setConnection({ phase: 'connected', since: 1 });
    harness.apply([
      makeLiveStatus({
        accounts: [
          makeIrcAccount(),
          makeAccount(),
          makeAccount({
            id: 15,
            name: 'Chan',
            network: { name: 'youtube', displayName: 'YouTube' },
          }),
        ],
      }),
    ]);
    announced = [];
    picks = [];
    part = createGiveawayPart(harness.store, {
      broadcast: (text) => {
        announced.push(text);
        return true;
      },
      random: (into) => {
        into[0] = picks.shift() ?? 0;
      },
    });
    stop = part.start();
  });

  afterEach(() => {
    stop();
    vi.useRealTimers();
  });

  const line = (text: string, network: string, id: string, name: string, extra = {}) =>
    makeChatEvent({
      text,
      network,
      accountId: network === 'youtube' ? 15 : 14,
      from: { id, name },
      ...extra,
    });

  it('announces, enters each chatter once per network and author id, never the streamer, API lines or private messages', () => {
    expect(part.open('cake', 60)).toBe(true);
    expect(announced).toEqual([
      'GIVEAWAY: type cake in chat to enter (60 s). One entry per person, from any network.',
    ]);
    harness.apply([
      line('cake', 'twitch', '1', 'ada'),
      line('CAKE ', 'twitch', '1', 'ada'),
      line('cake please', 'twitch', '2', 'bob'),
      line('cake', 'youtube', 'UC1', 'ada'),
      line('cake', 'twitch', '3', 'api', { viaApi: true }),
      line('cake', 'twitch', '4', 'whisper', { to: { name: 'john' } }),
      line('cake', 'twitch', '5', 'jprjrdev'),
      line('cake', 'youtube', 'UC2', 'Chan'),
    ]);
    const giveaway = part.giveaway.getState().giveaway!;
    expect(giveaway.count).toBe(2);
    expect(giveaway.byNetwork).toEqual({ twitch: 1, youtube: 1 });
    // Entries close after the time.
    vi.advanceTimersByTime(60_000);
    harness.apply([line('cake', 'twitch', '9', 'late')]);
    expect(part.giveaway.getState().giveaway).toMatchObject({ closed: true, count: 2 });
  });

  it('draws a winner, announces it, redraws among the others, and keeps the record', () => {
    part.open('cake', null);
    harness.apply([
      line('cake', 'twitch', '1', 'ada'),
      line('cake', 'twitch', '2', 'bob'),
      line('cake', 'youtube', 'UC3', 'cy'),
    ]);
    picks = [2, 0];
    part.draw();
    expect(part.giveaway.getState().giveaway!.winners.map((w) => w.name)).toEqual(['cy']);
    expect(announced.at(-1)).toBe('GIVEAWAY Winner: cy (YouTube)! Congratulations!');
    // Closed at the first draw: a late line does not enter.
    harness.apply([line('cake', 'twitch', '7', 'late')]);
    part.draw();
    expect(part.giveaway.getState().giveaway!.winners.map((w) => w.name)).toEqual(['cy', 'ada']);
    const [record] = part.records();
    expect(record!.entrants.map((e) => e.name)).toEqual(['ada', 'bob', 'cy']);
    expect(record!.winners.map((w) => w.name)).toEqual(['cy', 'ada']);
  });

  it('counts one entry a line: 10,000 entrants in batches', () => {
    part.open('go', null);
    for (let batch = 0; batch < 100; batch++) {
      harness.apply(
        Array.from({ length: 100 }, (_, i) =>
          line('go', 'twitch', `${batch * 100 + i}`, `viewer${batch * 100 + i}`),
        ),
      );
    }
    expect(part.giveaway.getState().giveaway!.count).toBe(10_000);
  });
});
