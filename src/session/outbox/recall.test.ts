import { describe, expect, it } from 'vitest';
import { liveStreams } from '../../testing/live-stream';
import { RECALL_LINES } from '../../store/slices/composer';

const live = liveStreams();

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
