import { readdirSync } from 'node:fs';
import js from '@eslint/js';
import importX from 'eslint-plugin-import-x';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'test-results', 'playwright-report', 'coverage', '.data'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    plugins: { 'import-x': importX },
    settings: {
      ...importX.flatConfigs.typescript.settings,
      'import-x/resolver-next': [importX.createNodeResolver({ extensions: ['.ts', '.tsx', '.js', '.json'] })],
    },
    rules: {
      // Import circles hide a missing layer: the shared part belongs in a third module.
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
      // One order everywhere: Node's own, packages, then ours, each alphabetised.
      'import-x/order': [
        'error',
        {
          groups: ['builtin', 'external', ['parent', 'sibling', 'index']],
          alphabetize: { order: 'asc', caseInsensitive: true },
        },
      ],
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
  // Web features never import each other: what two features share lives in components/ or lib/,
  // and app/ composes them (routes, drawer slots).
  {
    files: ['src/web/features/**'],
    rules: {
      'import-x/no-restricted-paths': [
        'error',
        {
          zones: readdirSync('src/web/features').map((feature) => ({
            target: `./src/web/features/${feature}`,
            from: './src/web/features',
            except: [`./${feature}`],
            message: 'Features import each other only through src/web/app.',
          })),
        },
      ],
    },
  },
);
