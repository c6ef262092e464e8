import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

export default tseslint.config(
  { ignores: ['dist/**', 'release/**', 'node_modules/**', 'test-results/**', 'e2e/screenshots/**', '.eval-out/**', '.bench-out/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['main/**', 'scripts/**', 'e2e/**', 'bin/**', 'preload/**', '*.config.*'],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    // The store is asynchronous (main/store/sql/sql-client.ts): a store call that is
    // not awaited would read a Promise as data or write outside its transaction.
    files: ['main/**/*.ts', 'scripts/**/*.ts'],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/await-thenable': 'error',
    },
  },
  {
    files: ['renderer/**'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: { 'react-hooks/rules-of-hooks': 'error', 'react-hooks/exhaustive-deps': 'warn' },
  },
  {
    // core/ is pure: it runs in main, the CLI and the renderer alike.
    files: ['core/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['node:*', 'fs', 'path', 'electron', 'react', 'react-dom', '../main/*', '../renderer/*', '**/main/**', '**/renderer/**'], message: 'core/ is pure: no Node, Electron, DOM or UI imports.' }] },
      ],
    },
  },
  {
    // Only main/electron/ may import electron.
    files: ['main/**', 'scripts/**'],
    ignores: ['main/electron/**'],
    rules: {
      'no-restricted-imports': ['error', { paths: [{ name: 'electron', message: 'Only main/electron/ imports electron.' }] }],
    },
  },
  {
    // The renderer talks to main only through the typed API client.
    files: ['renderer/**'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['**/main/**', 'node:*', 'electron'], message: 'renderer/ may import core/ only.' }] }],
    },
  },
);
