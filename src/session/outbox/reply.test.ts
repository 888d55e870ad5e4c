import { describe, expect, it } from 'vitest';
import {
  makeAccount,
  makeChatEvent,
  makeIrcAccount,
  makeLiveStatus,
} from '../../testing/factories';
import { liveStreams, youtube } from '../../testing/live-stream';
import { composerRoute } from '../../store/selectors';
import type { HistoryLine } from '../../store/slices/history';
import { said } from '../../testing/said';

const live = liveStreams(makeLiveStatus().accounts);

function line(overrides: Partial<HistoryLine>): HistoryLine {
  return { ...makeChatEvent(), seq: 7, receivedAt: 0, ...overrides };
}

describe('replying to a line', () => {
  it('writes from the account the line came in on, with @name, and shows what it answers', () => {
    const { store, outbox, sent } = live();
    store.getState().setDraft('');
    outbox.replyTo(
      line({ network: 'twitch', accountId: 14, from: { name: 'viewer' }, text: 'hi?' }),
    );
    const state = store.getState();
    expect(state.draft).toBe('@viewer ');
    expect(composerRoute(state)).toMatchObject({ from: { id: 14 }, to: { id: 14 } });
    expect(state.reply).toEqual({ seq: 7, name: 'viewer', network: 'twitch', text: 'hi?' });
    expect(state.focusMessage).toBe(1);
    store.getState().setDraft('@viewer thanks!');
    outbox.submitDraft();
    expect(sent).toHaveLength(1);
    expect(store.getState().reply).toBeNull();
  });

  it('asks for a writer from the network’s writable account when the line’s own cannot write', () => {
    const accounts = [
      makeIrcAccount(),
      makeAccount({ id: 15, name: 'Chan', network: youtube, writable: false, ready: false }),
      makeAccount({ id: 18, name: 'Me', network: youtube, live: false, ready: false }),
    ];
    const { store, outbox, sent } = live(accounts);
    outbox.replyTo(line({ network: 'youtube', accountId: 15, from: { name: 'Aiko' } }));
    expect(composerRoute(store.getState())).toMatchObject({ from: { id: 18 }, to: { id: 15 } });
    expect(sent).toContainEqual({ type: 'writer', account_id: 18, cur_stream_account_id: 15 });
  });

  it('answers a private IRC message with /msg, from the IRC account', () => {
    const { store, outbox } = live();
    outbox.replyTo(
      line({ network: 'irc', accountId: 0, from: { name: 'alice' }, to: { name: 'john' } }),
    );
    expect(store.getState().draft).toBe('/msg alice ');
    expect(composerRoute(store.getState()).from?.id).toBe(0);
  });

  it('keeps what was typed, replacing an earlier reply’s name', () => {
    const { store, outbox } = live();
    store.getState().setDraft('@someone good question');
    outbox.replyTo(line({ network: 'twitch', accountId: 14, from: { name: 'viewer' } }));
    expect(store.getState().draft).toBe('@viewer good question');
  });

  it('says so when no account of the streamer can write to that network', () => {
    const { store, outbox } = live();
    outbox.replyTo(line({ network: 'facebook', accountId: 99, from: { name: 'Carla' } }));
    expect(said(store.getState().composerError)).toMatch(
      /No account of yours can write to facebook/,
    );
    expect(store.getState().reply).toBeNull();
  });
});
