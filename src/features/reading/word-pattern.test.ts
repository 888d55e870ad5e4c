import { beforeAll, describe, expect, it, vi } from 'vitest';
import { isRefusal, loadRegexEngine } from './regex-engine';
import { germanI18n, said } from '../../testing/said';
import { checkRegex, compileUsers, compileWords } from './word-pattern';

describe('before the pattern engine is loaded', () => {
  it('keeps regex entries waiting, applies plain words, and takes the regexes once it is in', async () => {
    // Fresh copies of the modules: not the engine another test file loaded in this worker.
    vi.resetModules();
    const engine = await import('./regex-engine');
    const fresh = await import('./word-pattern');
    expect(engine.regexEngine()).toBeNull();
    const before = fresh.compileWords(['/bugs?/', 'hype']);
    expect(before.waiting).toEqual(['/bugs?/']);
    expect(before.refused).toEqual([]);
    expect(before.test('HYPE')).toBe(true);
    expect(before.test('a bug')).toBe(false);
    // What no engine can run is refused at once, without loading it.
    expect(said(fresh.compileWords(['/(a)\\1/']).refused[0]!.reason)).toMatch(/back-references/);
    await engine.loadRegexEngine();
    const after = fresh.compileWords(['/bugs?/', 'hype']);
    expect(after.waiting).toEqual([]);
    expect(after.test('a bug')).toBe(true);
  });
});

describe('compileWords', () => {
  beforeAll(() => loadRegexEngine());

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
    expect(said(words.refused[0]!.reason)).toMatch(/not a valid regular expression/);
    expect(words.test('HYPE')).toBe(true);
  });

  it('runs the shapes that backtrack elsewhere, in one pass', () => {
    // Each of these froze the page for seconds in a backtracking engine on ~30 characters.
    for (const body of ['(a+)+$', '(\\w*)*x', '(b|b)*c', '^(a|aa)*c']) {
      const regex = checkRegex(body);
      expect(regex !== null && !isRefusal(regex), body).toBe(true);
      if (regex && !isRefusal(regex)) {
        expect(regex.test(`${'b'.repeat(40)}!`), body).toBe(false);
        expect(regex.test(`${'a'.repeat(40)}!`), body).toBe(false);
        expect(regex.test('a'.repeat(40)), body).toBe(body === '(a+)+$');
      }
    }
  });

  /** Why a pattern is refused, as the interface says it; null when it is taken. */
  const refusal = (body: string, i18n?: Parameters<typeof said>[1]) => {
    const checked = checkRegex(body);
    return checked && isRefusal(checked) ? said(checked, i18n) : null;
  };

  it('says why in the interface’s language', async () => {
    const german = await germanI18n();
    expect(refusal('.*', german)).toBe('passt auf jede Zeile');
    expect(refusal('a{1001}', german)).toMatch(
      /^kein gültiger regulärer Ausdruck \(invalid repeat/,
    );
  });

  it('refuses what cannot run in one pass, or is too long or too large, with the reason', () => {
    expect(refusal('(x|x)\\1')).toBe(
      'back-references (\\1, \\k<name>) are not supported: only patterns that can be matched in one pass are',
    );
    expect(refusal('(?<n>x)\\k<n>')).toMatch(/back-references/);
    expect(refusal('foo(?=bar)')).toMatch(/look-ahead and look-behind .* not supported/);
    expect(refusal('(?<!a)b')).toMatch(/look-ahead and look-behind/);
    expect(refusal('a'.repeat(101))).toMatch(/longer than 100 characters/);
    expect(refusal('(a{100}){10}')).toMatch(/too large: it compiles to \d+ steps/);
    expect(refusal('a{1001}')).toMatch(/not a valid regular expression \(invalid repeat count/);
    expect(refusal('.*')).toMatch(/every line/);
    expect(refusal('hel+o')).toBeNull();
  });

  it('marks a regex match by its place in the text, past astral characters too', () => {
    const words = compileWords(['/é+/']);
    expect(words.find('😀 xÉé!')).toEqual({ index: 4, length: 2 });
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
