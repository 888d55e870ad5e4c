/** Chatdeck's interface languages (lingui.config.ts lists the same). */
export const LOCALES = ['en', 'es', 'pt-BR', 'de', 'fr', 'ja', 'ar'] as const;
export type Locale = (typeof LOCALES)[number];
export const SOURCE_LOCALE: Locale = 'en';

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

/** Arabic is the one of ours written right to left. */
export function direction(locale: Locale): 'ltr' | 'rtl' {
  return locale === 'ar' ? 'rtl' : 'ltr';
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
