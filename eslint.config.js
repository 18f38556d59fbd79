import js from '@eslint/js';
import globals from 'globals';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'test-results', 'playwright-report', 'coverage', '.data'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['src/web/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: reactHooks.configs.recommended.rules,
  },
  // The arrows only point down into contract (docs/architecture.md): enforce the layering.
  {
    files: ['src/contract/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: ['**/sandbox/**', '**/server/**', '**/web/**', '../*'] },
      ],
    },
  },
  {
    files: ['src/sandbox/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: ['**/server/**', '**/web/**'] }] },
  },
  {
    files: ['src/server/**'],
    // Integration tests (and their shared stacks in test-support) compose the BFF with the
    // sandbox; production code never may.
    ignores: ['src/server/**/*.test.ts', 'src/server/test-support/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: ['**/sandbox/**', '**/web/**'] }] },
  },
  {
    files: ['src/server/test-support/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: ['**/web/**'] }] },
  },
  {
    files: ['src/web/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: ['**/sandbox/**', '**/server/**'] }] },
  },
);
