import { createStore } from 'zustand';
import { useStore } from 'zustand';
import {
  READING_SETTINGS_KEY,
  loadReadingSettings,
  readReadingSettings,
  saveReadingSettings,
  type ReadingSettings,
} from '../config/reading-settings';
import { pageStorage } from '../config/page-storage';

/** What the page's address says about reading, which wins over the kept settings. */
export interface ReadingOverrides {
  streamerMode?: boolean;
}

export interface ReadingSettingsState {
  /** The settings kept on this device: what the Settings dialog edits. */
  kept: ReadingSettings;
  /** What this page uses: the kept settings with the address's overrides. */
  settings: ReadingSettings;
  overrides: ReadingOverrides;
  /** Said once: the kept settings could not be used, or cannot be kept. */
  notice: string | null;
  change: (patch: Partial<ReadingSettings>) => void;
  dismissNotice: () => void;
}

function effective(kept: ReadingSettings, overrides: ReadingOverrides): ReadingSettings {
  return {
    ...kept,
    ...(overrides.streamerMode !== undefined && { streamerMode: overrides.streamerMode }),
  };
}

/**
 * The device's reading settings, one store per page. A change is kept in local storage, and
 * every other Chatdeck page of the same origin (a widget in an OBS dock or browser source, a
 * second tab) picks it up from the storage event at once.
 */
export function createReadingSettingsStore(storage: Storage | null = pageStorage('localStorage')) {
  const first = loadReadingSettings(storage);
  const store = createStore<ReadingSettingsState>()((set, get) => ({
    kept: first.settings,
    settings: first.settings,
    overrides: {},
    notice: first.notice ?? null,
    change: (patch) => {
      const kept = { ...get().kept, ...patch };
      const saved = saveReadingSettings(kept, storage);
      set({
        kept,
        settings: effective(kept, get().overrides),
        ...(!saved && {
          notice: 'This browser keeps nothing for this page: settings last until it closes.',
        }),
      });
    },
    dismissNotice: () => set({ notice: null }),
  }));
  return {
    store,
    /** The address's parameters for this page. */
    override(overrides: ReadingOverrides) {
      const kept = store.getState().kept;
      store.setState({ overrides, settings: effective(kept, overrides) });
    },
    /** Follows changes made on other pages; returns the function that stops. */
    follow(target: Window): () => void {
      const onStorage = (event: StorageEvent) => {
        if (event.key !== READING_SETTINGS_KEY && event.key !== null) return;
        const { settings } = readReadingSettings(event.key === null ? null : event.newValue);
        store.setState({
          kept: settings,
          settings: effective(settings, store.getState().overrides),
        });
      };
      target.addEventListener('storage', onStorage);
      return () => target.removeEventListener('storage', onStorage);
    },
  };
}

export const readingSettings = createReadingSettingsStore();

/** The reading settings this page uses (or a part of them). */
export function useReadingSettings<T>(selector: (state: ReadingSettingsState) => T): T {
  return useStore(readingSettings.store, selector);
}
