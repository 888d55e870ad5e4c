import { describe, expect, it } from 'vitest';
import { deckStreams, parseDeck, readDeck, serializeDeck } from './deck-layout';
import { germanI18n, said } from '../testing/said';
import { addressNoticeText } from '../components/ui/address-notice';
import { i18n } from '../i18n';

describe('deck layout', () => {
  it('names its problems in the language the page shows them in, chosen after reading', async () => {
    const { problems } = readDeck('x,5*9');
    expect(addressNoticeText(problems, i18n)).toBe(
      'From the address: Stream “x” is not a stream id. Column 1 (stream 5): width “9” is not 1 to 3, so it is 3.',
    );
    const german = await germanI18n();
    expect(said(problems[0], german)).toBe('„x“ ist keine Stream-ID');
    expect(addressNoticeText(problems, german)).toMatch(
      /„x“ ist keine Stream-ID\. Spalte 1 \(Stream 5\): Breite „9“ liegt nicht zwischen 1 und 3/,
    );
  });

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

  it('names what it cannot read, clamps widths to 1-3, and keeps at most nine columns', () => {
    const read = readDeck('x,0,5*9,7:%E0%A4%A,8,21*999999,34*0');
    expect(read.columns).toEqual([
      { stream: 5, width: 3 },
      { stream: 7, width: 1 },
      { stream: 8, width: 1 },
      { stream: 21, width: 3 },
      { stream: 34, width: 1 },
    ]);
    expect(read.problems.map((problem) => said(problem))).toEqual([
      'Stream “x” is not a stream id',
      'Stream “0” is not a stream id',
      'Column 1 (stream 5): width “9” is not 1 to 3, so it is 3',
      'Column 2 (stream 7): its filter is not a valid address part, so it shows every line',
      'Column 4 (stream 21): width “999999” is not 1 to 3, so it is 3',
      'Column 5 (stream 34): width “0” is not 1 to 3, so it is 1',
    ]);
    const many = readDeck(Array.from({ length: 12 }, () => '1').join(','));
    expect(many.columns).toHaveLength(9);
    expect(many.problems.map((problem) => said(problem))).toEqual([
      'A deck has at most 9 columns: 3 more left out',
    ]);
    expect(readDeck('')).toEqual({ columns: [], problems: [] });
    expect(parseDeck('21:%2F(b%7Cb)*c%2F,34')).toEqual([
      { stream: 21, width: 1, filter: '/(b|b)*c/' },
      { stream: 34, width: 1 },
    ]);
  });
});
