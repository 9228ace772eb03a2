import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const noEntrypoints = { group: ['**/entrypoints/**'], message: 'Entrypoints only wire things up; nothing imports them.' };
const noComponents = { group: ['**/components/**'], message: 'lib/ holds logic and must not depend on the UI.' };
const noBrowser = {
  group: ['wxt/browser', 'wxt/*', 'webextension-polyfill', 'react', 'react-dom'],
  message: 'The negotiation, phrasing and records engines are pure: they must load under plain Node.',
};

export default tseslint.config(
  { ignores: ['.output/**', '.wxt/**', 'node_modules/**', 'demo-output/**', 'bench-output/**', 'coverage/**', 'e2e/libraries/dist/**', 'e2e/libraries-more/dist/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
      globals: { ...globals.browser },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: { attributes: false } }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-restricted-syntax': [
        'error',
        { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'Page text is data, never HTML.' },
      ],
    },
  },
  { files: ['lib/**/*.ts', 'components/**/*.tsx'], rules: { 'no-restricted-imports': ['error', { patterns: [noEntrypoints] }] } },
  { files: ['lib/**/*.ts'], rules: { 'no-restricted-imports': ['error', { patterns: [noEntrypoints, noComponents] }] } },
  {
    files: ['lib/negotiate/**/*.ts', 'lib/phrasing/**/*.ts', 'lib/records/**/*.ts', 'lib/debts/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [noEntrypoints, noComponents, noBrowser] }] },
  },
  {
    files: ['e2e/**/*.mjs', '*.js', '*.mjs'],
    languageOptions: { globals: { ...globals.node, ...globals.browser, chrome: 'readonly' } },
  },
  {
    files: ['e2e/site/**/*.js'],
    // Fixture pages are plain page scripts; the scripted conversations share the fixture kit's one global.
    languageOptions: { sourceType: 'script', globals: { ...globals.browser, FixtureKit: 'readonly' } },
  },
  {
    // Chat pages built with third-party chat UI libraries (their own package; the build config runs under Node).
    files: ['e2e/libraries/**/*.{js,jsx}', 'e2e/libraries-more/**/*.{js,jsx}'],
    languageOptions: { parserOptions: { ecmaFeatures: { jsx: true } }, globals: { ...globals.browser, ...globals.node } },
  },
);
