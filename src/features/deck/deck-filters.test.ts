import { describe, expect, it } from 'vitest';
import { makeChatEvent } from '../../testing/factories';
import { sharedLineFilter } from './deck-filters';

describe('sharedLineFilter', () => {
  it('gives columns with the same filter the same function, and it filters', () => {
    const youtube = sharedLineFilter('network:youtube');
    expect(sharedLineFilter('network:youtube')).toBe(youtube);
    expect(sharedLineFilter('network:twitch')).not.toBe(youtube);
    const line = { ...makeChatEvent({ network: 'youtube' }), seq: 1, receivedAt: 0 };
    expect(youtube(line)).toBe(true);
    expect(sharedLineFilter('network:twitch')(line)).toBe(false);
  });
});
