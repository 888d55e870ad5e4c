import js from '@eslint/js';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/**
 * The one-way flow, enforced: frames -> protocol -> socket -> session -> store -> features.
 * Each zone lists what its files may not import (tests of the zones: scripts/lint-zones.test.ts).
 */
const restrict = (message, patterns, paths = []) => [
  'error',
  { paths, patterns: patterns.map((regex) => ({ regex, message })) },
];
export const LAYER_ZONES = [
  {
    // A file in src/features/<one>/ may not reach a sibling feature through '../<other>/'.
    files: ['src/features/*/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': restrict(
        'Features never import each other, the app shell or the socket: share through store/ or components/.',
        ['^\\.\\./[^./]', '/(app|socket)/'],
      ),
    },
  },
  {
    files: ['src/protocol/**/*.ts'],
    ignores: ['src/protocol/**/*.test.ts'],
    rules: {
      'no-restricted-imports': restrict(
        'protocol/ is the wire contract: it imports nothing of ours.',
        ['^\\.\\./'],
      ),
    },
  },
  {
    files: ['src/socket/**/*.ts'],
    rules: {
      'no-restricted-imports': restrict(
        'The socket knows frames only: never the store, the session, features or React.',
        ['/(store|session|features|app|components)/'],
        [{ name: 'react', message: 'The socket never touches React.' }],
      ),
    },
  },
  {
    files: ['src/store/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': restrict(
        'The store holds data: it never imports the socket, the session, features or the app.',
        ['/(socket|session|features|app)/'],
      ),
    },
  },
  {
    files: ['src/session/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': restrict(
        'The session binds socket and store: it never imports features or the app.',
        ['/(features|app)/'],
      ),
    },
  },
  {
    files: ['src/config/**/*.ts'],
    rules: {
      'no-restricted-imports': restrict('config/ reads settings: it imports only protocol/.', [
        '/(socket|session|store|features|app|components)/',
      ]),
    },
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
    files: ['src/**/*.tsx'],
    plugins: { 'react-hooks': reactHooks, 'jsx-a11y': jsxA11y },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...jsxA11y.flatConfigs.recommended.rules,
      // We do not run the React Compiler, so its library warnings do not apply.
      'react-hooks/incompatible-library': 'off',
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
          message: 'Chat content is untrusted: never insert raw HTML.',
        },
        {
          selector: 'AssignmentExpression[left.property.name=/^(innerHTML|outerHTML)$/]',
          message: 'Chat content is untrusted: never insert raw HTML.',
        },
      ],
    },
  },
  ...LAYER_ZONES,
);
