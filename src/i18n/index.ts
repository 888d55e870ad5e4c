/** The interface's languages (issue 25): choosing, loading and switching them. */
export { activateLocale, i18n, loadLocale } from './i18n';
export {
  chooseDeviceLanguage,
  languageState,
  startLanguage,
  subscribeLanguage,
} from './language-state';
export { LOCALES, bestLocale, direction, isLocale, type Locale } from './locales';
