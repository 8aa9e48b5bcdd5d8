// Lint: typescript-eslint's recommended rules, React hooks rules, and the Office.js rules of
// eslint-plugin-office-addins as errors (they catch reading a proxy before load()/sync(), syncing
// in a loop and friends — bugs that otherwise only show in a real Excel host).
// Only the plugin's rules are used, not its "recommended" config, which also enforces prettier
// formatting.
// @eslint/js comes with eslint itself.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import officeAddins from 'eslint-plugin-office-addins';

const nodeGlobals = {
  process: 'readonly',
  console: 'readonly',
  Buffer: 'readonly',
  URL: 'readonly',
  setTimeout: 'readonly',
  clearTimeout: 'readonly',
  __dirname: 'readonly',
  require: 'readonly',
  module: 'writable',
};

const browserGlobals = {
  window: 'readonly',
  document: 'readonly',
  navigator: 'readonly',
  globalThis: 'readonly',
  Promise: 'readonly',
  setTimeout: 'readonly',
  clearTimeout: 'readonly',
  console: 'readonly',
};

export default tseslint.config(
  {
    ignores: ['dist/**', 'dist-e2e/**', 'dist-cli/**', 'coverage/**', 'node_modules/**', 'seeds/**', 'out/**', 'test-results/**'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    rules: {
      // `_`-prefixed names are deliberately unused (e.g. an interface parameter an adapter ignores).
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_' }],
    },
  },
  {
    // Where Office.js is called (the architecture test keeps Excel.* and context.sync in src/excel)
    // and the tests of that adapter. Not src/xlsx: exceljs's getCell/value look like Office.js
    // proxies to these rules and would be false positives.
    files: ['src/excel/**/*.{ts,tsx}', 'src/taskpane/**/*.{ts,tsx}', 'src/commands/**/*.ts', 'test/excel/**/*.{ts,tsx}'],
    plugins: { 'office-addins': officeAddins },
    rules: {
      'office-addins/call-sync-after-load': 'error',
      'office-addins/call-sync-before-read': 'error',
      'office-addins/load-object-before-read': 'error',
      'office-addins/no-context-sync-in-loop': 'error',
      'office-addins/no-empty-load': 'error',
      'office-addins/no-navigational-load': 'error',
      'office-addins/no-office-initialize': 'error',
      'office-addins/test-for-null-using-isNullObject': 'error',
    },
  },
  {
    files: ['src/**/*.tsx', 'src/taskpane/**/*.ts', 'test/**/*.tsx'],
    ...reactHooks.configs.flat.recommended,
  },
  {
    // Node scripts and configs (CommonJS webpack config, ESM scripts).
    files: ['**/*.{js,mjs,cjs}'],
    ignores: ['src/**'],
    languageOptions: { globals: nodeGlobals },
  },
  {
    files: ['**/*.js', '**/*.cjs'],
    ignores: ['src/**'],
    languageOptions: { sourceType: 'commonjs' },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    // Plain browser scripts copied next to the pages unbundled (e.g. src/taskpane/legacyCheck.js,
    // ES5 so that old Office web engines can run it).
    files: ['src/**/*.js'],
    languageOptions: { sourceType: 'script', ecmaVersion: 5, globals: browserGlobals },
  },
);
