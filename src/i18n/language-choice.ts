import { pageStorage } from '../config/page-storage';
import { bestLocale, isLocale, type Locale } from './locales';

/** The language chosen in Settings, kept on this device (shared by every Chatdeck page here). */
export const LANGUAGE_KEY = 'chatdeck:language';

/** The device's choice, or null: the browser's language. */
export function savedLanguage(
  storage: Storage | null = pageStorage('localStorage'),
): Locale | null {
  const value = storage?.getItem(LANGUAGE_KEY);
  return isLocale(value) ? value : null;
}

/** Keeps the choice (null: follow the browser again); false when this browser keeps nothing. */
export function saveLanguage(
  locale: Locale | null,
  storage: Storage | null = pageStorage('localStorage'),
): boolean {
  if (!storage) return false;
  try {
    if (locale === null) storage.removeItem(LANGUAGE_KEY);
    else storage.setItem(LANGUAGE_KEY, locale);
    return true;
  } catch {
    return false;
  }
}

/** `lang=` in the address, when it names one of ours (any case: `pt-br` is `pt-BR`). */
export function addressLanguage(search: string): Locale | null {
  const value = new URLSearchParams(search).get('lang');
  if (!value) return null;
  const locale = bestLocale([value]);
  return locale.toLowerCase() === value.toLowerCase() ? locale : null;
}

/** The page's language: the address's, else the device's, else the browser's best match. */
export function chooseLanguage(choice: {
  address: Locale | null;
  saved: Locale | null;
  browser: readonly string[];
}): Locale {
  return choice.address ?? choice.saved ?? bestLocale(choice.browser);
}
