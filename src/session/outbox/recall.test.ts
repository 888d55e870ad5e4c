import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Account } from '../../protocol/events';
import { makeAccount, makeIrcAccount, makeLiveStatus } from '../../testing/factories';
import { streamHarness, type StreamHarness } from '../../testing/stream-harness';
import { RECALL_LINES } from '../../store/slices/composer';

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
