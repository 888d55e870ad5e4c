import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeChatEvent, makeLiveStatus } from '../../testing/factories';
import { streamHarness, type StreamHarness } from '../../testing/stream-harness';
import type { HistoryLine } from '../../store/slices/history';
import { createQuestionsPart, type QuestionsPart } from './questions-part';
import { asksSomething, isQuestion, unanswered } from './questions';

const line = (text: string, overrides: Partial<HistoryLine> = {}): HistoryLine => ({
  ...makeChatEvent({ text, markdown: text }),
  seq: 1,
  receivedAt: 1_000,
  ...overrides,
});

describe('what is a question', () => {
  it('ends in "?" or starts with "Q:"', () => {
    expect(asksSomething('what keyboard is that?')).toBe(true);
    expect(asksSomething('q: how old is the channel')).toBe(true);
    expect(asksSomething('Q:where are you from')).toBe(true);
    expect(asksSomething('nice setup')).toBe(false);
    expect(asksSomething('?')).toBe(false);
  });

  it("is never the streamer's own, an API line, a private message or a bot command", () => {
    const notOwn = () => false;
    expect(isQuestion(line('is this live?'), notOwn)).toBe(true);
    expect(isQuestion(line('is this live?'), () => true)).toBe(false);
    expect(isQuestion(line('is this live?', { viaApi: true }), notOwn)).toBe(false);
    expect(isQuestion(line('is this live?', { to: { name: 'john' } }), notOwn)).toBe(false);
    expect(isQuestion(line('!uptime?'), notOwn)).toBe(false);
  });
});

describe('the Questions part', () => {
  let harness: StreamHarness;
  let factory: IDBFactory;
  let part: QuestionsPart;
  let stop: () => void;
  const address = { server: 'https://ms.example', streamId: 1 };

  beforeEach(() => {
    harness = streamHarness();
    factory = new IDBFactory();
    harness.setConnection({ phase: 'connected', since: 1 });
    harness.apply([makeLiveStatus()]);
    part = createQuestionsPart(harness.store, { ...address, factory });
    stop = part.start();
  });

  afterEach(() => stop());

  it('gathers questions newest first, pins any line, and marks answered', () => {
    harness.apply([
      makeChatEvent({ text: 'what game is next?', from: { id: '1', name: 'ada' } }),
      makeChatEvent({ text: 'nice play', from: { id: '2', name: 'bob' } }),
      makeChatEvent({ text: 'Q: when is the next stream', from: { id: '3', name: 'cy' } }),
      // The streamer's own question (the Twitch account's name) is not one.
      makeChatEvent({ text: 'any questions?', from: { name: 'jprjrdev' } }),
    ]);
    const texts = () => part.questions.getState().questions.map((q) => q.line.text);
    expect(texts()).toEqual(['Q: when is the next stream', 'what game is next?']);
    const nice = harness.store.getState().messages.find((m) => m.text === 'nice play')!;
    part.pin(nice);
    expect(texts()[0]).toBe('nice play');
    expect(part.questions.getState().questions[0]!.pinned).toBe(true);
    const key = part.questions.getState().questions[1]!.key;
    part.questions.getState().setAnswered(key, true);
    expect(unanswered(part.questions.getState().questions).map((q) => q.line.text)).toEqual([
      'nice play',
      'what game is next?',
    ]);
  });

  it('keeps the questions on the device and reads them back on the next start', async () => {
    harness.apply([makeChatEvent({ text: 'is it saved?', from: { id: '1', name: 'ada' } })]);
    // Let the first read settle, then stop (which writes).
    await new Promise((resolve) => setTimeout(resolve, 50));
    stop();
    const again = createQuestionsPart(streamHarness().store, { ...address, factory });
    stop = again.start();
    await expect
      .poll(() => again.questions.getState().questions.map((q) => q.line.text))
      .toEqual(['is it saved?']);
  });
});
