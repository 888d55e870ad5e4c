import { beforeEach, describe, expect, it } from 'vitest';
import { forgetToken, isRememberedOnDevice, keepToken, keptToken } from './token-store';

beforeEach(() => {
  sessionStorage.clear();
  localStorage.clear();
});

describe('token store', () => {
  it('keeps a token for this tab only unless asked to remember it on the device', () => {
    keepToken('https://ms.example/', 'tab-token');
    expect(keptToken('https://ms.example')).toBe('tab-token');
    expect(localStorage.length).toBe(0);
    expect(isRememberedOnDevice('https://ms.example')).toBe(false);

    keepToken('https://ms.example', 'device-token', { onDevice: true });
    sessionStorage.clear();
    expect(keptToken('https://ms.example')).toBe('device-token');
    expect(isRememberedOnDevice('https://ms.example')).toBe(true);
  });

  it('keeps tokens per server and forgets one everywhere', () => {
    keepToken('https://a.example', 'a', { onDevice: true });
    keepToken('https://b.example', 'b', { onDevice: true });
    forgetToken('https://a.example');
    expect(keptToken('https://a.example')).toBeUndefined();
    expect(keptToken('https://b.example')).toBe('b');
    expect(sessionStorage.getItem('chatdeck:tokens')).not.toContain('"a"');
  });

  it('reads nothing from storage it did not write', () => {
    sessionStorage.setItem('chatdeck:tokens', '{"https://a.example": 5}');
    localStorage.setItem('chatdeck:remembered-tokens', 'not json');
    expect(keptToken('https://a.example')).toBeUndefined();
  });
});

describe('token store without storage', () => {
  it('keeps nothing and finds nothing when the browser refuses storage', () => {
    const refused = { sessionStorage: null, localStorage: null };
    expect(() => keepToken('https://a.example', 't', { onDevice: true }, refused)).not.toThrow();
    expect(keptToken('https://a.example', refused)).toBeUndefined();
    expect(() => forgetToken('https://a.example', refused)).not.toThrow();
  });
});
