import { describe, expect, it } from 'vitest';
import { makeChatEvent, makeLiveStatus } from '../../testing/factories';
import { createStreamStore } from '../stream-store';
import { chatterKey, memoryChatterBook } from './history';

describe('first-time chatters', () => {
  it('marks each chatter’s first line, per network and author id', () => {
    const store = createStreamStore();
    store
      .getState()
      .addMessages(
        [
          makeChatEvent({ network: 'twitch', from: { id: '1', name: 'ann' }, text: 'a' }),
          makeChatEvent({ network: 'twitch', from: { id: '1', name: 'Ann2' }, text: 'b' }),
          makeChatEvent({ network: 'youtube', from: { id: '1', name: 'ann' }, text: 'c' }),
          makeChatEvent({ network: 'irc', from: { name: 'bob' }, text: 'd' }),
          makeChatEvent({ network: 'irc', from: { name: 'BOB' }, text: 'e' }),
        ],
        1000,
      );
    expect(store.getState().messages.map((line) => line.firstTime ?? false)).toEqual([
      true,
      false,
      true,
      true,
      false,
    ]);
  });

  it('never counts a line published through the API, or the streamer’s own', () => {
    const store = createStreamStore();
    store.getState().applyServerEvents([makeLiveStatus()], 0);
    store
      .getState()
      .addMessages(
        [
          makeChatEvent({ network: 'twitch', from: { id: '9', name: 'x' }, viaApi: true }),
          makeChatEvent({ network: 'twitch', from: { name: 'jprjrdev' } }),
          makeChatEvent({ network: 'twitch', from: { id: '9', name: 'x' } }),
        ],
        0,
      );
    expect(store.getState().messages.map((line) => line.firstTime ?? false)).toEqual([
      false,
      false,
      true,
    ]);
  });

  it('asks the device’s book, so a chatter seen before a reload is not first again', () => {
    const book = memoryChatterBook();
    const event = makeChatEvent({ network: 'twitch', from: { id: '5', name: 'returning' } });
    book.note(chatterKey(event), 1);
    const store = createStreamStore({ chatters: book });
    store.getState().addMessages([event], 2);
    expect(store.getState().messages[0]!.firstTime).toBeUndefined();
    expect(store.getState().chatters.firstSeen(chatterKey(event))).toBe(1);
  });
});
