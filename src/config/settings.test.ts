import { describe, expect, it } from 'vitest';
import { addressWithoutToken, readSettings } from './settings';
import { said } from '../testing/said';

function at(href: string) {
  const url = new URL(href);
  return readSettings({ search: url.search, hash: url.hash, origin: url.origin });
}

describe('readSettings', () => {
  it('reads server, stream and token, defaulting the server to the page origin', () => {
    expect(at('https://host.example/chat/?stream=21&token=abc')).toMatchObject({
      server: 'https://host.example',
      streamId: 21,
      token: 'abc',
      widget: false,
    });
    expect(at('https://h/?server=wss://ms.example/ms&stream=3#token=secret')).toMatchObject({
      server: 'wss://ms.example/ms',
      streamId: 3,
      token: 'secret',
    });
  });

  it('reads emote_api as an http(s) origin, with a path it may live under', () => {
    expect(at('https://h/?emote_api=http://127.0.0.1:8787').emoteApi).toBe('http://127.0.0.1:8787');
    expect(at('https://h/?emote_api=https://m.example/mirror/').emoteApi).toBe(
      'https://m.example/mirror',
    );
    for (const bad of [
      'javascript:alert(1)',
      '//m.example',
      'https://u:p@m.example',
      'https://m.example/?x=1',
    ]) {
      expect(at(`https://h/?emote_api=${encodeURIComponent(bad)}`).emoteApi, bad).toBeUndefined();
    }
    expect(at('https://h/').emoteApi).toBeUndefined();
  });

  it('ignores values that are not what they claim to be', () => {
    const settings = at('https://h/?server=javascript:alert(1)&stream=-4&font_size=9999');
    expect(settings.server).toBe('https://h');
    expect(settings.streamId).toBeUndefined();
    expect(settings.fontSize).toBeUndefined();
  });

  it('reads the widget options, with fadeout defaulting to 10 s', () => {
    expect(
      at('https://h/?widget&compact&fadeout&hide_irc&hide_pm&from_bottom&show_picture&transparent'),
    ).toMatchObject({
      widget: true,
      compact: true,
      fadeoutSeconds: 10,
      hideIrc: true,
      hidePm: true,
      fromBottom: true,
      showPicture: true,
      transparent: true,
    });
    expect(at('https://h/?fadeout=30').fadeoutSeconds).toBe(30);
    expect(at('https://h/?widget=false').widget).toBe(false);
    expect(at('https://h/').fadeoutSeconds).toBeNull();
  });

  it('reads the theme, and multistreamer’s night_mode and font_size', () => {
    expect(at('https://h/?theme=light').theme).toBe('light');
    expect(at('https://h/?night_mode=true').theme).toBe('dark');
    expect(at('https://h/?night_mode=false').theme).toBe('light');
    expect(at('https://h/').theme).toBe('system');
    expect(at('https://h/?font_size=20').fontSize).toBe(20);
  });
});

describe('several streams', () => {
  it('reads stream=21,34 as a deck of streams, the first one as the stream', () => {
    expect(at('https://h/?stream=21,34')).toMatchObject({ streamId: 21, streamIds: [21, 34] });
    expect(at('https://h/?stream=21')).not.toHaveProperty('streamIds');
    expect(at('https://h/?stream=21,x,21,0,34')).toMatchObject({ streamIds: [21, 34] });
    expect(
      at(`https://h/?stream=${Array.from({ length: 12 }, (_, i) => i + 1).join(',')}`).streamIds,
    ).toHaveLength(9);
    expect(at('https://h/?id=5')).toMatchObject({ streamId: 5 });
  });

  it('names every part of the address it leaves out or changes', () => {
    const refused = at('https://h/?stream=-1,abc,1e309');
    expect(refused).not.toHaveProperty('streamId');
    expect(refused.addressProblems.map((problem) => said(problem))).toEqual([
      'Stream “-1” is not a stream id',
      'Stream “abc” is not a stream id',
      'Stream “1e309” is not a stream id',
    ]);
    expect(
      at('https://h/?stream=21,x,21,0,34').addressProblems.map((problem) => said(problem)),
    ).toEqual(['Stream “x” is not a stream id', 'Stream “0” is not a stream id']);
    expect(
      at(
        `https://h/?stream=${Array.from({ length: 12 }, (_, i) => i + 1).join(',')}`,
      ).addressProblems.map((problem) => said(problem)),
    ).toEqual(['At most 9 streams fit side by side: 10, 11, 12 left out']);
    const wide = at('https://h/?deck=21*999999,34');
    expect(wide.deck).toEqual([
      { stream: 21, width: 3 },
      { stream: 34, width: 1 },
    ]);
    expect(wide.addressProblems.map((problem) => said(problem))).toEqual([
      'Column 1 (stream 21): width “999999” is not 1 to 3, so it is 3',
    ]);
    expect(at('https://h/?stream=21').addressProblems).toEqual([]);
  });
});

describe('addressWithoutToken', () => {
  it('removes the token from the query and the fragment, keeping the rest', () => {
    expect(addressWithoutToken('https://h/?stream=1&token=abc&widget')).toBe(
      'https://h/?stream=1&widget=',
    );
    expect(addressWithoutToken('https://h/?stream=1#token=abc')).toBe('https://h/?stream=1');
    expect(addressWithoutToken('https://h/?stream=1#token=abc&x=1')).toBe(
      'https://h/?stream=1#x=1',
    );
  });
});
