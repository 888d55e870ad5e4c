import { describe, expect, it } from 'vitest';
import { deckStreams, parseDeck, serializeDeck } from './deck-layout';

describe('deck layout', () => {
  it('reads streams, widths and filters, and writes them back the same', () => {
    const value = '21,34*2,21:network%3Ayoutube%20is%3Apm';
    const columns = parseDeck(value);
    expect(columns).toEqual([
      { stream: 21, width: 1 },
      { stream: 34, width: 2 },
      { stream: 21, width: 1, filter: 'network:youtube is:pm' },
    ]);
    expect(serializeDeck(columns)).toBe(value);
    expect(deckStreams(columns)).toEqual([21, 34]);
  });

  it('skips what it cannot read, and keeps at most nine columns', () => {
    expect(parseDeck('x,0,5*9,7:%E0%A4%A,8')).toEqual([{ stream: 8, width: 1 }]);
    expect(parseDeck(Array.from({ length: 12 }, () => '1').join(','))).toHaveLength(9);
    expect(parseDeck('')).toEqual([]);
  });
});
