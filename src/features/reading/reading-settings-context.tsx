import { createContext, useContext, type ReactNode } from 'react';
import { useStore } from 'zustand';
import {
  createReadingSettingsStore,
  type ReadingSettingsState,
  type ReadingSettingsStore,
} from './reading-settings-store';

// Outside a provider (a panel rendered alone in a test): the defaults, kept nowhere.
const ReadingSettingsContext = createContext<ReadingSettingsStore>(
  createReadingSettingsStore(null),
);

/** The page's reading settings (made once by main.tsx) for everything below. */
export function ReadingSettingsProvider({
  settings,
  children,
}: {
  settings: ReadingSettingsStore;
  children: ReactNode;
}) {
  return <ReadingSettingsContext value={settings}>{children}</ReadingSettingsContext>;
}

/** The page's reading settings store: to change them, or hand them to a runtime. */
export function useReadingSettingsStore(): ReadingSettingsStore {
  return useContext(ReadingSettingsContext);
}

/** The reading settings this page uses (or a part of them). */
export function useReadingSettings<T>(selector: (state: ReadingSettingsState) => T): T {
  return useStore(useReadingSettingsStore().store, selector);
}
