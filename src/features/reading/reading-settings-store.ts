import type { MessageDescriptor } from '@lingui/core';
import { msg } from '@lingui/core/macro';
import { createStore } from 'zustand';
import {
  READING_SETTINGS_KEY,
  loadReadingSettings,
  readReadingSettings,
  saveReadingSettings,
  type ReadBackNotice,
  type ReadingSettings,
} from './reading-settings';

/** The notices of kept settings that could not be used, drawn in the page's language. */
const READ_BACK_NOTICES: Record<ReadBackNotice, MessageDescriptor> = {
  unreadable: msg`The reading settings kept on this device could not be read; the defaults are used until you change one.`,
  'other-version': msg`The reading settings kept on this device are from another version of Chatdeck; the defaults are used until you change one.`,
};
import { pageStorage } from '../../config/page-storage';

/** What the page's address says about reading, which wins over the saved settings. */
export interface ReadingOverrides {
  streamerMode?: boolean;
}

export interface ReadingSettingsState {
  /** The settings saved on this device: what the Settings dialog edits. */
  saved: ReadingSettings;
  /** What this page uses: the saved settings with the address's overrides. */
  settings: ReadingSettings;
  overrides: ReadingOverrides;
  /** Said once: the saved settings could not be used, or cannot be saved. */
  notice: MessageDescriptor | null;
  change: (patch: Partial<ReadingSettings>) => void;
  dismissNotice: () => void;
}

function effective(saved: ReadingSettings, overrides: ReadingOverrides): ReadingSettings {
  return {
    ...saved,
    ...(overrides.streamerMode !== undefined && { streamerMode: overrides.streamerMode }),
  };
}

/**
 * The device's reading settings, one store per page. A change is saved in local storage, and
 * every other Chatdeck page of the same origin (a widget in an OBS dock or browser source, a
 * second tab) picks it up from the storage event at once.
 */
export function createReadingSettingsStore(storage: Storage | null = pageStorage('localStorage')) {
  const first = loadReadingSettings(storage);
  const store = createStore<ReadingSettingsState>()((set, get) => ({
    saved: first.settings,
    settings: first.settings,
    overrides: {},
    notice: first.notice ? READ_BACK_NOTICES[first.notice] : null,
    change: (patch) => {
      const saved = { ...get().saved, ...patch };
      const stored = saveReadingSettings(saved, storage);
      set({
        saved,
        settings: effective(saved, get().overrides),
        ...(!stored && {
          notice: msg`This browser keeps nothing for this page: settings last until it closes.`,
        }),
      });
    },
    dismissNotice: () => set({ notice: null }),
  }));
  return {
    store,
    /** The address's parameters for this page. */
    override(overrides: ReadingOverrides) {
      const saved = store.getState().saved;
      store.setState({ overrides, settings: effective(saved, overrides) });
    },
    /** Follows changes made on other pages; returns the function that stops. */
    follow(target: Window): () => void {
      const onStorage = (event: StorageEvent) => {
        if (event.key !== READING_SETTINGS_KEY && event.key !== null) return;
        const { settings } = readReadingSettings(event.key === null ? null : event.newValue);
        store.setState({
          saved: settings,
          settings: effective(settings, store.getState().overrides),
        });
      };
      target.addEventListener('storage', onStorage);
      return () => target.removeEventListener('storage', onStorage);
    },
  };
}

export type ReadingSettingsStore = ReturnType<typeof createReadingSettingsStore>;
