import { describe, expect, it } from 'vitest';
import { chatdeckAddress, parseMultistreamerUrl } from './multistreamer-url';
import { readSettings } from './settings';

describe('parseMultistreamerUrl', () => {
  it("reads multistreamer's widget address with every option", () => {
    const link = parseMultistreamerUrl(
      'https://ms.example/stream/21/chat?token=abc123&widget&font_size=16&hide_irc&hide_pm&from_bottom&show_picture&fadeout=20&compact&night_mode=false&other=1',
    );
    expect(link).toEqual({
      server: 'https://ms.example',
      streamId: 21,
      token: 'abc123',
      options: [
        ['widget', ''],
        ['font_size', '16'],
        ['hide_irc', ''],
        ['hide_pm', ''],
        ['from_bottom', ''],
        ['show_picture', ''],
        ['fadeout', '20'],
        ['compact', ''],
        ['night_mode', 'false'],
      ],
    });
  });

  it('keeps the path prefix and the port, over http too', () => {
    expect(
      parseMultistreamerUrl('http://127.0.0.1:8081/live/ms/stream/3/chat?token=t'),
    ).toMatchObject({
      server: 'http://127.0.0.1:8081/live/ms',
      streamId: 3,
      token: 't',
      options: [],
    });
  });

  it('reads the chat page, its widget setup page, and a trailing slash; no token is fine', () => {
    expect(parseMultistreamerUrl('https://ms.example/stream/7/chat/widget')).toMatchObject({
      streamId: 7,
    });
    expect(parseMultistreamerUrl('https://ms.example/p/stream/7/chat/')).toMatchObject({
      server: 'https://ms.example/p',
      streamId: 7,
    });
    expect(parseMultistreamerUrl('https://ms.example/stream/7/chat')).not.toHaveProperty('token');
  });

  it('is null for anything else', () => {
    for (const text of [
      'https://ms.example',
      'https://ms.example/stream/0/chat',
      'https://ms.example/stream/x/chat',
      'https://ms.example/stream/21',
      'javascript:alert(1)//stream/1/chat',
      'https://user:pw@ms.example/stream/1/chat',
      'ms.example/stream/1/chat',
      '',
    ]) {
      expect(parseMultistreamerUrl(text), text).toBeNull();
    }
  });
});

describe('chatdeckAddress', () => {
  it('is an address Chatdeck reads back as the same stream, token and options', () => {
    const link = parseMultistreamerUrl(
      'https://ms.example/pre/stream/21/chat?token=s3cret&widget&font_size=16&hide_irc&night_mode=true',
    )!;
    const address = chatdeckAddress('https://chatdeck.example/app/?stream=9#x', link);
    expect(address).toBe(
      'https://chatdeck.example/app/?server=https%3A%2F%2Fms.example%2Fpre&stream=21&widget&font_size=16&hide_irc&night_mode=true#token=s3cret',
    );
    expect(readSettings(new URL(address))).toMatchObject({
      server: 'https://ms.example/pre',
      streamId: 21,
      token: 's3cret',
      widget: true,
      fontSize: 16,
      hideIrc: true,
      theme: 'dark',
    });
  });
});
