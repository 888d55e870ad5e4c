import { i18n, type Messages } from '@lingui/core';
import { direction, SOURCE_LOCALE, type Locale } from './locales';

/**
 * English needs no catalog: each message carries its English form, compiled by the build
 * (scripts/lingui-vite.ts). Every other language's catalog is its own file, loaded when that
 * language is chosen.
 */
const CATALOGS: Record<Exclude<Locale, 'en'>, () => Promise<{ messages: Messages }>> = {
  es: () => import('../locales/es/messages.po'),
  'pt-BR': () => import('../locales/pt-BR/messages.po'),
  de: () => import('../locales/de/messages.po'),
  fr: () => import('../locales/fr/messages.po'),
  ja: () => import('../locales/ja/messages.po'),
  ar: () => import('../locales/ar/messages.po'),
};

i18n.load(SOURCE_LOCALE, {});
// What reaches the runtime as a string is plain text or text with `{name}` placeholders: the
// build compiles every other message (plurals, tags, escapes) and the catalogs, so the ICU
// parser stays out of the page (scripts/lingui-vite.ts, compileSimple, reads the same way).
i18n.setMessagesCompiler((message) =>
  message
    .split(/\{(\w+)\}/)
    .map((part, index): string | [string] => (index % 2 ? [part] : part))
    .filter((part) => part !== ''),
);
i18n.activate(SOURCE_LOCALE);

const loaded = new Set<Locale>([SOURCE_LOCALE]);
let latest: Locale = SOURCE_LOCALE;

/** Loads a language's catalog once. */
export async function loadLocale(locale: Locale): Promise<void> {
  if (loaded.has(locale)) return;
  const { messages } = await CATALOGS[locale as Exclude<Locale, 'en'>]();
  i18n.load(locale, messages);
  loaded.add(locale);
}

/**
 * Switches the interface (every component reading it re-renders) and the page's `lang` and
 * `dir`, once the catalog is in; of quick successive switches, the last one wins.
 */
export async function activateLocale(
  locale: Locale,
  root: HTMLElement | null = typeof document === 'undefined' ? null : document.documentElement,
): Promise<void> {
  latest = locale;
  await loadLocale(locale);
  if (latest !== locale) return;
  if (i18n.locale !== locale) i18n.activate(locale);
  if (root) {
    root.lang = locale;
    root.dir = direction(locale);
  }
}

export { i18n };
