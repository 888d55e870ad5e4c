import { describe, expect, it, vi } from 'vitest';
import { makeLiveStatus } from '../../testing/factories';
import { fiveAccounts, liveStreams } from '../../testing/live-stream';
import { ALL_LIVE_ACCOUNTS, broadcastPlan } from '../../store/selectors';
import { REFUSED_SHOWN_MS, SENT_SHOWN_MS } from './every-live-account';
import { said } from '../../testing/said';

const accounts = fiveAccounts;
const live = liveStreams();

describe('every live account', () => {
  it('writes each from its own account, else the network’s writable one, else says why not', () => {
    expect(
      broadcastPlan(accounts).map((target) => [
        target.to.id,
        target.from?.id ?? said(target.refused),
      ]),
    ).toEqual([
      [14, 14],
      [15, 18],
      [16, 'Facebook is read-only'],
    ]);
  });

  it('sends one frame per target, asks for the writer it needs, and reports each fate', () => {
    const harness = live();
    const { store, outbox, sent } = harness;
    store.getState().setTo(ALL_LIVE_ACCOUNTS);
    store.getState().setDraft('hello all');
    outbox.submitDraft();
    expect(sent).toEqual([
      { type: 'text', account_id: 14, cur_stream_account_id: 14, text: 'hello all' },
      { type: 'writer', account_id: 18, cur_stream_account_id: 15 },
    ]);
    expect(
      store.getState().outbox.map((line) => [line.target, line.status, said(line.reason)]),
    ).toEqual([
      ['Twitch · chan', 'sent', null],
      ['YouTube · Chan YT', 'waiting', 'waiting for a writer'],
      ['Facebook · Page', 'skipped', 'read-only'],
    ]);
    harness.apply([{ type: 'writerresult', accountId: 18, streamAccountId: 15 }]);
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
    const harness = live();
    const { store, outbox, sent } = harness;
    harness.setConnection({ phase: 'waiting', attempt: 1, retryAt: 0, reason: 'closed' });
    store.getState().setTo(ALL_LIVE_ACCOUNTS);
    store.getState().setDraft('are you there?');
    outbox.submitDraft();
    expect(sent).toEqual([]);
    expect(
      store.getState().outbox.filter((line) => said(line.reason) === 'held while offline'),
    ).toHaveLength(2);
    harness.setConnection({ phase: 'connected', since: 2 });
    harness.apply([makeLiveStatus({ accounts })]);
    harness.apply([{ type: 'writerresult', accountId: 18, streamAccountId: 15 }]);
    harness.apply([makeLiveStatus({ accounts })]);
    const lines = sent.flatMap((command) =>
      command.type === 'text' ? [[command.account_id, command.cur_stream_account_id]] : [],
    );
    expect(lines).toEqual([
      [14, 14],
      [18, 15],
    ]);
  });
});
