/** Chatdeck's interface languages (lingui.config.ts lists the same). */
export const LOCALES = ['en', 'es', 'pt-BR', 'de', 'fr', 'ja', 'ar'] as const;
export type Locale = (typeof LOCALES)[number];
export const SOURCE_LOCALE: Locale = 'en';

/** Each language named in itself, as language pickers do: found by whoever reads it. */
export const LANGUAGE_NAMES: Record<Locale, string> = {
  en: 'English',
  es: 'Español',
  'pt-BR': 'Português (Brasil)',
  de: 'Deutsch',
  fr: 'Français',
  ja: '日本語',
  ar: 'العربية',
};

const RIGHT_TO_LEFT = new Set<string>(['ar']);

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

export function direction(locale: Locale): 'ltr' | 'rtl' {
  return RIGHT_TO_LEFT.has(locale) ? 'rtl' : 'ltr';
}

/**
 * The best of ours for a list of language tags in order of preference (`navigator.languages`):
 * the tag itself (any case), else its language (`de-AT` → `de`, `pt-PT` → `pt-BR`); English when
 * none matches.
 */
export function bestLocale(tags: readonly string[]): Locale {
  for (const tag of tags) {
    const exact = LOCALES.find((locale) => locale.toLowerCase() === tag.toLowerCase());
    if (exact) return exact;
    const language = tag.split(/[-_]/)[0]!.toLowerCase();
    const near = LOCALES.find((locale) => locale.split('-')[0]!.toLowerCase() === language);
    if (near) return near;
  }
  return SOURCE_LOCALE;
}
