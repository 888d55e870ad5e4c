import { describe, expect, it } from 'vitest';
import { checkRegex, compileUsers, compileWords } from './word-pattern';

describe('compileWords', () => {
  it('matches whole words and phrases in any case', () => {
    const words = compileWords(['gg', 'good game']);
    expect(words.test('GG everyone')).toBe(true);
    expect(words.test('that was a Good  Game')).toBe(true);
    expect(words.test('eggs')).toBe(false);
    expect(words.test('ggwp')).toBe(false);
  });

  it('treats letters of every script as word characters', () => {
    const words = compileWords(['café']);
    expect(words.test('un café, merci')).toBe(true);
    expect(words.test('cafés')).toBe(false);
    expect(compileWords(['ß']).test('straße')).toBe(false);
  });

  it('finds a word written with @', () => {
    expect(compileWords(['demo']).test('hi @demo!')).toBe(true);
    expect(compileWords(['@demo']).test('hi demo')).toBe(true);
  });

  it('reads /regex/ entries as case-insensitive patterns', () => {
    const words = compileWords(['/bugs?\\b/', '/^!drop/']);
    expect(words.test('found a BUG here')).toBe(true);
    expect(words.test('!drop now')).toBe(true);
    expect(words.test('no drop')).toBe(false);
    expect(words.refused).toEqual([]);
    expect(words.find('x BUG y')).toEqual({ index: 2, length: 3 });
  });

  it('refuses invalid regexes with the reason, and keeps the rest', () => {
    const words = compileWords(['/(unclosed/', 'hype']);
    expect(words.refused).toHaveLength(1);
    expect(words.refused[0]!.entry).toBe('/(unclosed/');
    expect(words.refused[0]!.reason).toMatch(/not a valid regular expression/);
    expect(words.test('HYPE')).toBe(true);
  });

  it('refuses regexes that can backtrack without bound', () => {
    expect(checkRegex('(a+)+$')).toMatch(/too slow/);
    expect(checkRegex('(\\w*)*x')).toMatch(/too slow/);
    expect(checkRegex('(x|x)\\1')).toMatch(/too slow/);
    expect(checkRegex('a'.repeat(101))).toMatch(/longer than/);
    expect(checkRegex('.*')).toMatch(/every line/);
    expect(checkRegex('hel+o')).toBeInstanceOf(RegExp);
  });

  it('takes a name that looks like a regex as a name when asked to', () => {
    const plain = compileWords(['/x/'], { plain: true });
    expect(plain.test('say /x/ now')).toBe(true);
    expect(plain.test('x')).toBe(false);
  });

  it('is empty for no entries', () => {
    const none = compileWords([]);
    expect(none.test('anything')).toBe(false);
    expect(none.size).toBe(0);
  });
});

describe('compileUsers', () => {
  it('holds names on any network and network:name, in any case', () => {
    const users = compileUsers(['Nightbot', 'youtube:Lena Fischer', '@modmarie']);
    expect(users.has('twitch', 'nightbot')).toBe(true);
    expect(users.has('youtube', 'NIGHTBOT')).toBe(true);
    expect(users.has('youtube', 'lena fischer')).toBe(true);
    expect(users.has('twitch', 'Lena Fischer')).toBe(false);
    expect(users.has('twitch', 'modmarie')).toBe(true);
    expect(users.size).toBe(3);
  });
});
