import { describe, expect, it } from 'vitest';
import seed from '../testing/seed-messages.json';
import * as v from 'valibot';
import { apiBaseUrl, chatSocketUrl, composeLine, readIntent, writerRequest } from './commands';
import { clientCommandSchema } from './wire';
import { germanI18n, said } from '../testing/said';

describe('composeLine', () => {
  it('sends a plain line as text from the account to its stream account', () => {
    expect(composeLine('Sending a message!!!', 14, 14)).toEqual({
      ok: true,
      intent: { kind: 'say' },
      command: {
        type: 'text',
        account_id: 14,
        cur_stream_account_id: 14,
        text: 'Sending a message!!!',
      },
    });
  });

  it('turns /me into an emote without the prefix', () => {
    expect(composeLine('/me waves', 0, 0)).toMatchObject({
      ok: true,
      intent: { kind: 'action' },
      command: { type: 'emote', text: 'waves' },
    });
    expect(composeLine('/ME  dances ', 0, 0)).toMatchObject({ command: { text: 'dances' } });
  });

  it('sends /irc and /msg as typed, because the server reads them', () => {
    expect(composeLine('/irc hello irc', 14, 14)).toMatchObject({
      intent: { kind: 'irc' },
      command: { type: 'text', text: '/irc hello irc' },
    });
    expect(composeLine('/msg somebody hey this is a private message', 0, 0)).toEqual({
      ok: true,
      intent: { kind: 'private', recipient: 'somebody' },
      command: seed.outgoing[4],
    });
  });

  it('refuses empty lines, incomplete commands and overlong lines', () => {
    const error = (line: string) => {
      const result = composeLine(line, 0, 0);
      return result.ok ? null : said(result.error);
    };
    expect(error('   ')).toBe('Type a message first.');
    expect(error('/me')).toBe('Usage: /me TEXT');
    expect(error('/msg bob')).toBe('Usage: /msg USER TEXT');
    expect(error('/irc   ')).toBe('Usage: /irc TEXT');
    expect(error('x'.repeat(501))).toBe('Messages are limited to 500 characters.');
  });

  it('gives its errors as messages the interface draws in its own language', async () => {
    const german = await germanI18n();
    const result = composeLine('/me', 0, 0);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(said(result.error, german)).toBe('So geht’s: /me TEXT');
    const long = composeLine('x'.repeat(501), 0, 0);
    expect(long.ok ? null : said(long.error, german)).toBe(
      'Nachrichten haben höchstens 500 Zeichen.',
    );
  });

  it('does not mistake words that start like commands', () => {
    expect(readIntent('/meow')).toEqual({ kind: 'say' });
    expect(readIntent('/message')).toEqual({ kind: 'say' });
  });

  it('builds commands that match the documented outgoing frames', () => {
    expect(writerRequest(17, 14)).toEqual(seed.outgoing[1]);
    expect(composeLine('sending an IRC message', 0, 0)).toMatchObject({
      command: seed.outgoing[3],
    });
    expect(composeLine("Here's one where I'm not the streaming account", 17, 14)).toMatchObject({
      command: seed.outgoing[6],
    });
  });

  it('accepts every documented outgoing frame in the client command schema', () => {
    for (const frame of seed.outgoing) {
      expect(v.safeParse(clientCommandSchema, frame).success).toBe(true);
    }
  });
});

describe('chatSocketUrl', () => {
  it.each([
    ['http://example.com', 'ws://example.com/ws/21?token=abc'],
    ['https://example.com/', 'wss://example.com/ws/21?token=abc'],
    ['https://example.com/multistreamer/', 'wss://example.com/multistreamer/ws/21?token=abc'],
    ['wss://example.com:8443/ms', 'wss://example.com:8443/ms/ws/21?token=abc'],
    ['http://localhost:8081?x=1#frag', 'ws://localhost:8081/ws/21?token=abc'],
  ])('maps %s', (server, expected) => {
    expect(chatSocketUrl(server, 21, 'abc')).toBe(expected);
  });

  it('encodes the token', () => {
    expect(chatSocketUrl('http://h', 1, 'a b&c=d')).toBe('ws://h/ws/1?token=a%20b%26c%3Dd');
  });

  it('refuses other schemes', () => {
    expect(() => chatSocketUrl('ftp://h', 1, 't')).toThrow();
  });

  it('gives the API base for either scheme family', () => {
    expect(apiBaseUrl('wss://h.example/ms/')).toBe('https://h.example/ms');
    expect(apiBaseUrl('http://h.example')).toBe('http://h.example');
  });
});
