import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ChatCommand, ClientCommand } from '../../protocol/wire';
import { PACE_MS, SendingPace } from './sending-pace';

const line = (account: number, text: string): ChatCommand => ({
  type: 'text',
  account_id: account,
  cur_stream_account_id: account,
  text,
});

let sent: { at: number; command: ClientCommand }[];
let waiting: number[];
let unsent: ChatCommand[];
let up: boolean;
let pace: SendingPace;

beforeEach(() => {
  vi.useFakeTimers({ now: 1_000_000 });
  sent = [];
  waiting = [];
  unsent = [];
  up = true;
  pace = new SendingPace(
    (command) => {
      if (!up) return false;
      sent.push({ at: Date.now(), command });
      return true;
    },
    {
      waiting: (count) => waiting.push(count),
      unsent: (command) => unsent.push(command),
      connected: () => up,
    },
  );
});

afterEach(() => {
  pace.dispose();
  vi.useRealTimers();
});

const texts = () => sent.map((entry) => 'text' in entry.command && entry.command.text);

describe('the sending pace', () => {
  it('sends a burst to one account one line a second, in order, and says how many wait', () => {
    for (const text of ['a', 'b', 'c', 'd']) expect(pace.paced(line(14, text))).toBe(true);
    expect(texts()).toEqual(['a']);
    expect(pace.waiting).toBe(3);
    vi.advanceTimersByTime(PACE_MS - 1);
    expect(texts()).toEqual(['a']);
    vi.advanceTimersByTime(1);
    expect(texts()).toEqual(['a', 'b']);
    expect(pace.waiting).toBe(2);
    vi.advanceTimersByTime(2 * PACE_MS);
    expect(texts()).toEqual(['a', 'b', 'c', 'd']);
    expect(pace.waiting).toBe(0);
    const gaps = sent.slice(1).map((entry, index) => entry.at - sent[index]!.at);
    expect(gaps).toEqual([PACE_MS, PACE_MS, PACE_MS]);
    expect(waiting).toEqual([1, 2, 3, 2, 1, 0]);
  });

  it('paces each account on its own: two accounts each send at once', () => {
    pace.paced(line(14, 'twitch'));
    pace.paced(line(15, 'youtube'));
    pace.paced(line(14, 'twitch again'));
    expect(texts()).toEqual(['twitch', 'youtube']);
    vi.advanceTimersByTime(PACE_MS);
    expect(texts()).toEqual(['twitch', 'youtube', 'twitch again']);
  });

  it('sends at once after a quiet second, and a line half a second later waits the rest', () => {
    pace.paced(line(14, 'a'));
    vi.advanceTimersByTime(500);
    pace.paced(line(14, 'b'));
    expect(texts()).toEqual(['a']);
    vi.advanceTimersByTime(499);
    expect(texts()).toEqual(['a']);
    vi.advanceTimersByTime(1);
    expect(texts()).toEqual(['a', 'b']);
    vi.advanceTimersByTime(5_000);
    pace.paced(line(14, 'c'));
    expect(texts()).toEqual(['a', 'b', 'c']);
  });

  it('lets commands that are not chat lines through at once', () => {
    pace.paced(line(14, 'a'));
    pace.paced(line(14, 'b'));
    pace.paced({ type: 'writer', account_id: 17, cur_stream_account_id: 14 });
    pace.paced({ type: 'status' });
    expect(sent.map((entry) => entry.command.type)).toEqual(['text', 'writer', 'status']);
  });

  it('hands the waiting lines back when the connection went before their turn', () => {
    pace.paced(line(14, 'a'));
    pace.paced(line(14, 'b'));
    pace.paced(line(14, 'c'));
    up = false;
    vi.advanceTimersByTime(PACE_MS);
    expect(unsent.map((command) => command.text)).toEqual(['b', 'c']);
    expect(pace.waiting).toBe(0);
    expect(pace.paced(line(14, 'd'))).toBe(false);
  });
});
