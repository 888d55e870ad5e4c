import js from '@eslint/js';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import lingui from 'eslint-plugin-lingui';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import { createNodeResolver, importX } from 'eslint-plugin-import-x';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The one-way flow, enforced on resolved paths (eslint-plugin-import-x resolves every import
 * to its file, so `../../features/x/y` cannot slip past a pattern): frames -> protocol ->
 * socket -> session -> store -> features -> app. A feature is a folder with one public face,
 * its index.ts. Tests of the zones: scripts/lint-zones.test.ts.
 */
const ROOT = import.meta.dirname;
const FEATURES = readdirSync(join(ROOT, 'src/features'), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);
const INDEXES = FEATURES.map((feature) => `./${feature}/index.ts`);
const OURS = ['app', 'components', 'config', 'features', 'session', 'socket', 'store', 'testing'];
const src = (...folders) => folders.map((folder) => `./src/${folder}`);

export const ZONE_MESSAGES = {
  featureIndex: 'A feature is reached only through its index.ts.',
  featureApp: 'app/ composes the features: a feature never imports it.',
  storeFeature: 'store/ holds one stream’s facts: it imports no feature, session, socket or app.',
  protocol: 'protocol/ is the wire contract: it imports nothing of ours.',
  socket: 'The socket knows frames only: never the store, the session, features or React.',
  session: 'The session never imports the app.',
  config: 'config/ reads settings: it imports only protocol/.',
};

const zones = [
  ...FEATURES.map((feature) => ({
    target: `./src/features/${feature}`,
    from: './src/features',
    except: [`./${feature}`, ...INDEXES.filter((index) => index !== `./${feature}/index.ts`)],
    message: ZONE_MESSAGES.featureIndex,
  })),
  {
    target: src('app', 'session', 'components', 'config', 'main.tsx'),
    from: './src/features',
    except: INDEXES,
    message: ZONE_MESSAGES.featureIndex,
  },
  { target: './src/features', from: './src/app', message: ZONE_MESSAGES.featureApp },
  {
    target: './src/store',
    from: src('features', 'session', 'socket', 'app'),
    message: ZONE_MESSAGES.storeFeature,
  },
  {
    target: './src/protocol',
    from: [...src(...OURS.filter((folder) => folder !== 'testing')), './src/main.tsx'],
    message: ZONE_MESSAGES.protocol,
  },
  {
    target: './src/socket',
    from: src('store', 'session', 'features', 'app', 'components'),
    message: ZONE_MESSAGES.socket,
  },
  { target: './src/session', from: './src/app', message: ZONE_MESSAGES.session },
  {
    target: './src/config',
    from: src('socket', 'session', 'store', 'features', 'app', 'components'),
    message: ZONE_MESSAGES.config,
  },
];

export const LAYER_ZONES = [
  {
    files: ['src/**/*.{ts,tsx}'],
    // Tests (and the shared test helpers) may reach into what they test.
    ignores: ['src/**/*.test.{ts,tsx}', 'src/testing/**'],
    plugins: { 'import-x': importX },
    settings: {
      // What no-cycle reads of the files it follows: TypeScript, parsed as ESLint parses it.
      'import-x/extensions': ['.ts', '.tsx', '.js'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
      'import-x/resolver-next': [createTypeScriptImportResolver(), createNodeResolver()],
    },
    rules: {
      'import-x/no-restricted-paths': ['error', { basePath: ROOT, zones }],
      'import-x/no-cycle': 'error',
    },
  },
  {
    files: ['src/socket/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { paths: [{ name: 'react', message: 'The socket never touches React.' }] },
      ],
    },
  },
];

/**
 * store/ holds one stream's facts and does no I/O (issue 20): storage, channels, databases,
 * timers, locks, the network and workers are the session's (src/session/). Tests of the rule:
 * scripts/lint-zones.test.ts.
 */
export const STORE_IO_MESSAGE =
  'store/ does no I/O: storage, channels, timers and locks are the session’s.';
const STORE_IO = [
  'localStorage',
  'sessionStorage',
  'indexedDB',
  'BroadcastChannel',
  'setTimeout',
  'setInterval',
  'requestAnimationFrame',
  'requestIdleCallback',
  'queueMicrotask',
  'fetch',
  'WebSocket',
  'Worker',
  'navigator',
  'caches',
];
export const STORE_NO_IO = {
  files: ['src/store/**/*.{ts,tsx}'],
  ignores: ['src/**/*.test.{ts,tsx}'],
  rules: {
    'no-restricted-globals': [
      'error',
      ...STORE_IO.map((name) => ({ name, message: STORE_IO_MESSAGE })),
    ],
    'no-restricted-properties': [
      'error',
      ...['window', 'globalThis', 'self'].flatMap((object) =>
        STORE_IO.map((property) => ({ object, property, message: STORE_IO_MESSAGE })),
      ),
    ],
    'no-restricted-imports': [
      'error',
      {
        paths: [{ name: 'zustand/middleware', message: STORE_IO_MESSAGE }],
        patterns: [{ group: ['**/config/page-storage'], message: STORE_IO_MESSAGE }],
      },
    ],
  },
};

const UNTRUSTED_HTML = [
  {
    selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
    message: 'Chat content is untrusted: never insert raw HTML.',
  },
  {
    selector: 'AssignmentExpression[left.property.name=/^(innerHTML|outerHTML)$/]',
    message: 'Chat content is untrusted: never insert raw HTML.',
  },
];

/**
 * Words left out of the catalogs: text in JSX, and the attributes and props that name or
 * describe something (`aria-label`, `title`, `placeholder`, `alt`, our fields' `label` and
 * `hint`). Text inside Lingui's `<Trans>` is what is translated. Names that stay the same in
 * every language (networks, OBS, IRC) do not count. Tests: scripts/lint-i18n.test.ts.
 */
const WORDS = String.raw`/[A-Za-z]{2,}/`;
const SAME_IN_EVERY_LANGUAGE = String.raw`/^\s*(Chat|OBS|IRC|Twitch|YouTube|Kick|Facebook|Trovo|Discord|Chatdeck|multistreamer|RTMP|FFZ|BTTV|7TV)\s*$/`;
const NAMING =
  '/^(aria-label|aria-description|aria-roledescription|aria-valuetext|title|placeholder|alt|label|hint)$/';
const MESSAGE =
  'Words a user sees or hears go through Lingui: <Trans>…</Trans> or t`…` (docs/languages.md).';
export const UNTRANSLATED = [
  {
    selector: `JSXText[value=${WORDS}]:not([value=${SAME_IN_EVERY_LANGUAGE}]):not(JSXElement[openingElement.name.name=/^(Trans|Plural|Select|SelectOrdinal)$/] JSXText)`,
    message: MESSAGE,
  },
  {
    selector: `JSXAttribute[name.name=${NAMING}] > Literal[value=${WORDS}]:not([value=${SAME_IN_EVERY_LANGUAGE}])`,
    message: MESSAGE,
  },
  {
    selector: `JSXAttribute[name.name=${NAMING}] > JSXExpressionContainer Literal[value=${WORDS}]:not([value=${SAME_IN_EVERY_LANGUAGE}])`,
    message: MESSAGE,
  },
  {
    selector: `JSXAttribute[name.name=${NAMING}] > JSXExpressionContainer TemplateElement[value.raw=${WORDS}]:not(TaggedTemplateExpression TemplateElement)`,
    message: MESSAGE,
  },
];

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'test-results', 'playwright-report', 'bench/results'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    // Hooks live in .ts files too (use-follow-newest.ts and the like).
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      // We do not run the React Compiler, so its library warnings do not apply.
      'react-hooks/incompatible-library': 'off',
    },
  },
  {
    files: ['src/**/*.tsx'],
    plugins: { 'jsx-a11y': jsxA11y },
    rules: jsxA11y.flatConfigs.recommended.rules,
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    rules: { 'no-restricted-syntax': ['error', ...UNTRUSTED_HTML] },
  },
  {
    // Every word a user sees or hears goes through Lingui (issue 25; docs/languages.md).
    files: ['src/**/*.tsx'],
    ignores: ['src/**/*.test.tsx', 'src/testing/**'],
    plugins: { lingui },
    rules: {
      'no-restricted-syntax': ['error', ...UNTRUSTED_HTML, ...UNTRANSLATED],
      'lingui/t-call-in-function': 'error',
      'lingui/no-single-variables-to-translate': 'error',
      'lingui/no-expression-in-message': 'error',
      'lingui/no-trans-inside-trans': 'error',
    },
  },
  ...LAYER_ZONES,
  STORE_NO_IO,
);
