import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { makeChatEvent, makeLiveStatus } from '../../testing/factories';
import { streamHarness, type StreamHarness } from '../../testing/stream-harness';
import { readAutoReplies, readTimedMessages } from './bot-rules';
import { createBotPart, type BotPart } from './bot-part';

describe('the rules', () => {
  it('reads !command answer and MINUTES message, leaving out other lines', () => {
    expect(readAutoReplies(['!Discord Join us at https://discord.gg/x', 'nonsense', '!x'])).toEqual(
      [{ command: '!discord', answer: 'Join us at https://discord.gg/x' }],
    );
    expect(readTimedMessages(['15 Follow on YouTube too!', '0 never', 'soon'])).toEqual([
      { minutes: 15, message: 'Follow on YouTube too!' },
    ]);
  });
});

describe('the bot', () => {
  let harness: StreamHarness;
  let part: BotPart;
  let stop: () => void;
  let answers: { to: number; text: string }[];
  let broadcasts: string[];
  let rules: { autoReplies: string[]; timedMessages: string[] };

  beforeEach(() => {
    vi.useFakeTimers({ now: 1_000_000 });
    harness = streamHarness();
    harness.setConnection({ phase: 'connected', since: 1 });
    harness.apply([makeLiveStatus()]);
    answers = [];
    broadcasts = [];
    rules = { autoReplies: ['!discord Join us at https://discord.gg/x'], timedMessages: [] };
    part = createBotPart(harness.store, {
      broadcast: (text) => {
        broadcasts.push(text);
        return true;
      },
      sendOrHold: (command) => {
        answers.push({ to: command.cur_stream_account_id, text: command.text });
        return true;
      },
      rules: () => rules,
    });
    stop = part.start();
    harness.store.getState().setKeptHere(true);
  });

  afterEach(() => {
    stop();
    vi.useRealTimers();
  });

  const say = (text: string, name = 'ada', extra = {}) =>
    harness.apply([makeChatEvent({ text, from: { id: name, name }, ...extra })]);

  it('answers a line that is just !command on its network, once per 30 s per command', () => {
    expect(part.bot.getState()).toMatchObject({ here: true, hasRules: true, paused: false });
    say('!discord');
    say('!DISCORD', 'bob');
    say('what is the !discord');
    expect(answers).toEqual([{ to: 14, text: 'Join us at https://discord.gg/x' }]);
    vi.advanceTimersByTime(30_000);
    say('!discord', 'cy');
    expect(answers).toHaveLength(2);
  });

  it('never answers itself, the streamer, API lines, or while paused or run by another page', () => {
    rules.autoReplies = ['!loop !loop'];
    say('!loop', 'jprjrdev');
    say('!loop', 'api', { viaApi: true });
    expect(answers).toEqual([]);
    say('!loop');
    expect(answers).toHaveLength(1);
    vi.advanceTimersByTime(31_000);
    // Its own answer coming back, from any name, is known.
    say('!loop', 'relay');
    expect(answers).toHaveLength(1);
    rules.autoReplies = ['!discord x'];
    part.bot.getState().setPaused(true);
    say('!discord');
    expect(answers).toHaveLength(1);
    part.bot.getState().setPaused(false);
    harness.store.getState().setKeptHere(false);
    say('!discord');
    expect(answers).toHaveLength(1);
  });

  it('sends a timed message every MINUTES, skipped while fewer than 5 lines came', () => {
    rules = { autoReplies: [], timedMessages: ['2 Follow on YouTube too!'] };
    vi.advanceTimersByTime(1_000);
    for (let i = 0; i < 5; i++) say(`line ${i}`, `c${i}`);
    vi.advanceTimersByTime(2 * 60_000);
    expect(broadcasts).toEqual(['Follow on YouTube too!']);
    say('just one');
    vi.advanceTimersByTime(2 * 60_000);
    expect(broadcasts).toHaveLength(1);
    for (let i = 0; i < 5; i++) say(`more ${i}`, `d${i}`);
    vi.advanceTimersByTime(2 * 60_000);
    expect(broadcasts).toHaveLength(2);
  });
});
