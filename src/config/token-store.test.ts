import { beforeEach, describe, expect, it } from 'vitest';
import { forgetToken, isRememberedOnDevice, rememberToken, rememberedToken } from './token-store';

beforeEach(() => {
  sessionStorage.clear();
  localStorage.clear();
});

describe('token store', () => {
  it('keeps a token for this tab only unless asked to remember it on the device', () => {
    rememberToken('https://ms.example/', 'tab-token');
    expect(rememberedToken('https://ms.example')).toBe('tab-token');
    expect(localStorage.length).toBe(0);
    expect(isRememberedOnDevice('https://ms.example')).toBe(false);

    rememberToken('https://ms.example', 'device-token', { onDevice: true });
    sessionStorage.clear();
    expect(rememberedToken('https://ms.example')).toBe('device-token');
    expect(isRememberedOnDevice('https://ms.example')).toBe(true);
  });

  it('keeps tokens per server and forgets one everywhere', () => {
    rememberToken('https://a.example', 'a', { onDevice: true });
    rememberToken('https://b.example', 'b', { onDevice: true });
    forgetToken('https://a.example');
    expect(rememberedToken('https://a.example')).toBeUndefined();
    expect(rememberedToken('https://b.example')).toBe('b');
    expect(sessionStorage.getItem('chatdeck:tokens')).not.toContain('"a"');
  });

  it('reads nothing from storage it did not write', () => {
    sessionStorage.setItem('chatdeck:tokens', '{"https://a.example": 5}');
    localStorage.setItem('chatdeck:remembered-tokens', 'not json');
    expect(rememberedToken('https://a.example')).toBeUndefined();
  });
});

describe('token store without storage', () => {
  it('keeps nothing and finds nothing when the browser refuses storage', () => {
    const refused = { sessionStorage: null, localStorage: null };
    expect(() =>
      rememberToken('https://a.example', 't', { onDevice: true }, refused),
    ).not.toThrow();
    expect(rememberedToken('https://a.example', refused)).toBeUndefined();
    expect(() => forgetToken('https://a.example', refused)).not.toThrow();
  });
});
