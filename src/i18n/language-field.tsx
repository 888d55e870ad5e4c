import { Trans, useLingui } from '@lingui/react/macro';
import { useSyncExternalStore } from 'react';
import { bestLocale, isLocale, LOCALES, type Locale } from './locales';
import { chooseDeviceLanguage, languageState, subscribeLanguage } from './language-state';

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

/**
 * Settings' "Language": the browser's (the default) or one of ours, kept on this device and
 * followed at once by every Chatdeck page open here. Each language is named in itself.
 */
export function LanguageField() {
  const { t } = useLingui();
  const state = useSyncExternalStore(subscribeLanguage, languageState);
  const browser = bestLocale(typeof navigator === 'undefined' ? [] : navigator.languages);
  const browserName = LANGUAGE_NAMES[browser];
  const value = state.address ?? state.saved ?? '';
  return (
    <div className="flex flex-col gap-1">
      <label className="flex items-center justify-between gap-3 text-sm font-medium">
        {t`Language`}
        <select
          value={value}
          onChange={(event) => {
            const next = event.target.value;
            void chooseDeviceLanguage(isLocale(next) ? next : null);
          }}
          className="field py-1"
        >
          <option value="">{t`Browser’s language (${browserName})`}</option>
          {LOCALES.map((locale) => (
            <option key={locale} value={locale} lang={locale}>
              {LANGUAGE_NAMES[locale]}
            </option>
          ))}
        </select>
      </label>
      {!state.kept && (
        <span role="status" className="text-xs text-zinc-600 dark:text-zinc-400">
          <Trans>
            This browser keeps nothing for this page: the language lasts until it closes.
          </Trans>
        </span>
      )}
    </div>
  );
}
