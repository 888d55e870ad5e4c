import { describe, expect, it } from 'vitest';
import { memoryStorage } from '../../config/page-storage';
import { READING_SETTINGS_KEY } from './reading-settings';
import { createReadingSettingsStore } from './reading-settings-store';
import { said } from '../../testing/said';

describe('reading settings on a page', () => {
  it('keep a change on the device', () => {
    const storage = memoryStorage();
    const page = createReadingSettingsStore(storage);
    page.store.getState().change({ highlightWords: ['gg'] });
    expect(createReadingSettingsStore(storage).store.getState().settings.highlightWords).toEqual([
      'gg',
    ]);
  });

  it('follow a change made on another page of the same origin (the storage event)', () => {
    const storage = memoryStorage();
    const widget = createReadingSettingsStore(storage);
    const stop = widget.follow(window);
    const dashboard = createReadingSettingsStore(storage);
    dashboard.store.getState().change({ hiddenUsers: ['bob'], timestamps: 'off' });
    window.dispatchEvent(
      new StorageEvent('storage', {
        key: READING_SETTINGS_KEY,
        newValue: storage.getItem(READING_SETTINGS_KEY),
      }),
    );
    expect(widget.store.getState().settings).toMatchObject({
      hiddenUsers: ['bob'],
      timestamps: 'off',
    });
    stop();
  });

  it('let the page’s address win (streamer_mode), even after a change elsewhere', () => {
    const storage = memoryStorage();
    const page = createReadingSettingsStore(storage);
    page.override({ streamerMode: true });
    expect(page.store.getState().settings.streamerMode).toBe(true);
    page.store.getState().change({ streamerMode: false, sound: true });
    expect(page.store.getState().settings).toMatchObject({ streamerMode: true, sound: true });
    expect(page.store.getState().saved.streamerMode).toBe(false);
  });

  it('say once that a kept value could not be used, and that nothing can be kept', () => {
    const storage = memoryStorage();
    storage.setItem(READING_SETTINGS_KEY, '{broken');
    const page = createReadingSettingsStore(storage);
    expect(said(page.store.getState().notice)).toMatch(/could not be read/);
    page.store.getState().dismissNotice();
    expect(page.store.getState().notice).toBeNull();

    const refused = createReadingSettingsStore(null);
    refused.store.getState().change({ sound: true });
    expect(refused.store.getState().settings.sound).toBe(true);
    expect(said(refused.store.getState().notice)).toMatch(/keeps nothing/);
  });
});
