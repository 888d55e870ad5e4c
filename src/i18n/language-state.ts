import { activateLocale } from './i18n';
import {
  addressLanguage,
  chooseLanguage,
  LANGUAGE_KEY,
  saveLanguage,
  savedLanguage,
} from './language-choice';
import { isLocale, type Locale } from './locales';

/** What decides this page's language: the address's `lang=`, then the device's choice. */
interface LanguageState {
  address: Locale | null;
  saved: Locale | null;
  /** Whether the device could keep the last choice. */
  kept: boolean;
}

let state: LanguageState = { address: null, saved: null, kept: true };
const listeners = new Set<() => void>();

function set(next: Partial<LanguageState>) {
  state = { ...state, ...next };
  for (const listener of listeners) listener();
}

function apply(): Promise<void> {
  return activateLocale(chooseLanguage({ ...state, browser: navigator.languages }));
}

export function subscribeLanguage(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function languageState(): LanguageState {
  return state;
}

/**
 * Chooses the page's language at start (resolved once its catalog is in, so the first paint is
 * in it) and follows the choice made on the device's other Chatdeck pages.
 */
export function startLanguage(target: Window = window): Promise<void> {
  set({ address: addressLanguage(target.location.search), saved: savedLanguage() });
  target.addEventListener('storage', (event) => {
    if (event.key !== LANGUAGE_KEY && event.key !== null) return;
    set({ saved: isLocale(event.newValue) ? event.newValue : null });
    void apply();
  });
  return apply();
}

/** The choice made in Settings: kept on the device, and this page follows it at once. */
export function chooseDeviceLanguage(locale: Locale | null): Promise<void> {
  set({ saved: locale, address: null, kept: saveLanguage(locale) });
  return apply();
}
