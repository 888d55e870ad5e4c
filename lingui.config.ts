import { defineConfig } from '@lingui/cli';

/**
 * Chatdeck's interface languages (issue 25). `npm run extract` collects every message of src/
 * into src/locales/LOCALE/messages.po; the Vite plugin compiles a catalog when the app or a test
 * imports it, so there is no compile step to remember. How to add a language: docs/languages.md.
 */
export default defineConfig({
  sourceLocale: 'en',
  locales: ['en', 'es', 'pt-BR', 'de', 'fr', 'ja', 'ar'],
  fallbackLocales: { default: 'en' },
  catalogs: [
    {
      path: '<rootDir>/src/locales/{locale}/messages',
      include: ['src'],
      exclude: ['**/*.test.ts', '**/*.test.tsx', 'src/testing/**'],
    },
  ],
  format: 'po',
  formatOptions: { lineNumbers: false },
  orderBy: 'messageId',
});
