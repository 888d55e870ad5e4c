import { describe, expect, it } from 'vitest';
import {
  DEFAULT_READING_SETTINGS,
  READING_SETTINGS_KEY,
  loadReadingSettings,
  readReadingSettings,
  saveReadingSettings,
  splitList,
  writeReadingSettings,
} from './reading-settings';
import { memoryStorage } from '../../config/page-storage';

describe('reading settings kept on the device', () => {
  it('are the defaults when nothing is kept, with no notice', () => {
    expect(readReadingSettings(null)).toEqual({ settings: DEFAULT_READING_SETTINGS });
    expect(DEFAULT_READING_SETTINGS.highlightFirst).toBe(true);
    expect(DEFAULT_READING_SETTINGS.sound).toBe(false);
  });

  it('come back as they were kept', () => {
    const storage = memoryStorage();
    const settings = {
      ...DEFAULT_READING_SETTINGS,
      highlightWords: ['giveaway', '/bugs?/'],
      hiddenUsers: ['twitch:Nightbot'],
      timestamps: '12h' as const,
      streamerMode: true,
    };
    expect(saveReadingSettings(settings, storage)).toBe(true);
    expect(loadReadingSettings(storage)).toEqual({ settings });
  });

  it('ignore a broken value with a notice, never failing', () => {
    const broken = readReadingSettings('{not json');
    expect(broken.settings).toEqual(DEFAULT_READING_SETTINGS);
    expect(broken.notice).toBe('unreadable');
    const wrongType = readReadingSettings(
      JSON.stringify({ version: 1, settings: { highlightWords: 'gg' } }),
    );
    expect(wrongType.settings).toEqual(DEFAULT_READING_SETTINGS);
    expect(wrongType.notice).toBe('unreadable');
  });

  it('ignore a value from another version with its own notice', () => {
    const old = readReadingSettings(JSON.stringify({ version: 0, words: ['x'] }));
    expect(old.settings).toEqual(DEFAULT_READING_SETTINGS);
    expect(old.notice).toBe('other-version');
  });

  it('fill in what an older value of the same version lacks', () => {
    const partial = JSON.stringify({ version: 1, settings: { sound: true } });
    expect(readReadingSettings(partial).settings).toEqual({
      ...DEFAULT_READING_SETTINGS,
      sound: true,
    });
  });

  it('say so when the browser refuses storage', () => {
    expect(saveReadingSettings(DEFAULT_READING_SETTINGS, null)).toBe(false);
    const throwing = memoryStorage();
    throwing.setItem = () => {
      throw new Error('QuotaExceededError');
    };
    expect(saveReadingSettings(DEFAULT_READING_SETTINGS, throwing)).toBe(false);
  });

  it('are written under one versioned key', () => {
    const storage = memoryStorage();
    saveReadingSettings(DEFAULT_READING_SETTINGS, storage);
    expect(JSON.parse(storage.getItem(READING_SETTINGS_KEY)!)).toEqual(
      JSON.parse(writeReadingSettings(DEFAULT_READING_SETTINGS)),
    );
  });
});

describe('splitList', () => {
  it('takes entries separated by commas or new lines, trimmed, no blanks', () => {
    expect(splitList('gg, hype \n\n  giveaway,,\r\nfirst time here')).toEqual([
      'gg',
      'hype',
      'giveaway',
      'first time here',
    ]);
  });

  it('keeps a comma inside /regex/', () => {
    expect(splitList('/a{1,3}b/, word')).toEqual(['/a{1,3}b/', 'word']);
    expect(splitList('and/or, x')).toEqual(['and/or', 'x']);
  });
});
