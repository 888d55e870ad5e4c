import { describe, expect, it } from 'vitest';
import { checkInput, serverAddressSchema, streamIdSchema, tokenSchema, validInput } from './inputs';

describe('inputs', () => {
  it('takes http(s) and ws(s) server addresses, prefix included, and says what is wrong', () => {
    expect(checkInput(serverAddressSchema, ' https://ms.example/pre ')).toEqual({
      ok: true,
      value: 'https://ms.example/pre',
    });
    expect(validInput(serverAddressSchema, 'wss://ms.example')).toBe('wss://ms.example');
    expect(checkInput(serverAddressSchema, 'ms.example')).toEqual({
      ok: false,
      problem: 'The server address starts with http://, https://, ws:// or wss://.',
    });
    expect(validInput(serverAddressSchema, 'javascript:alert(1)')).toBeUndefined();
  });

  it('takes a positive whole stream id', () => {
    expect(checkInput(streamIdSchema, ' 21 ')).toEqual({ ok: true, value: 21 });
    for (const bad of ['0', '-1', '1.5', 'x', '', '12345678901']) {
      expect(checkInput(streamIdSchema, bad).ok, bad).toBe(false);
    }
    expect(checkInput(streamIdSchema, 'x')).toMatchObject({
      problem: expect.stringContaining('positive whole number'),
    });
  });

  it('takes a token of up to 512 characters, trimmed', () => {
    expect(checkInput(tokenSchema, ' abc ')).toEqual({ ok: true, value: 'abc' });
    expect(checkInput(tokenSchema, '   ')).toEqual({
      ok: false,
      problem: 'Paste your API token (multistreamer profile page).',
    });
    expect(validInput(tokenSchema, 'x'.repeat(513))).toBeUndefined();
    expect(validInput(tokenSchema, null)).toBeUndefined();
  });
});
