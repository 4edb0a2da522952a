// Lint: TypeScript and Svelte recommended rules, plus the architecture's
// one-way dependencies: the engine is pure (no DOM, no wall clock, no
// randomness, no UI), and its run-time never loads the YAML parser or the
// schema validator, so the drill screen stays small.
import js from '@eslint/js';
import ts from 'typescript-eslint';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';

export default ts.config(
  { ignores: ['dist/', 'node_modules/', 'test-results/', 'playwright-report/', 'static/', '.svelte-check/', '.scratch/', 'screenshots/', '*.tmp.*', 'dbg-*'] },
  js.configs.recommended,
  ...ts.configs.recommended,
  ...svelte.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-explicit-any': 'error',
    },
  },
  {
    files: ['**/*.svelte', '**/*.svelte.ts'],
    languageOptions: { parserOptions: { parser: ts.parser, extraFileExtensions: ['.svelte'] } },
    rules: { 'svelte/no-at-html-tags': 'error' },
  },
  {
    files: ['src/engine/**/*.ts'],
    languageOptions: { globals: {} },
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: ['svelte', 'svelte/*', '**/ui/**', '*.svelte', 'node:*', 'chart.js', 'idb-keyval'] },
      ],
      'no-restricted-properties': [
        'error',
        { object: 'Math', property: 'random', message: 'Use the seeded PRNG in run/prng.ts.' },
        { object: 'Date', property: 'now', message: 'The engine never reads the wall clock.' },
      ],
      'no-restricted-globals': ['error', 'window', 'document', 'setTimeout', 'setInterval', 'localStorage', 'indexedDB'],
    },
  },
  {
    files: ['src/engine/run/**/*.ts', 'src/engine/scoring/**/*.ts', 'src/engine/text/**/*.ts', 'src/engine/result.ts', 'src/engine/model.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: ['svelte', 'svelte/*', '**/ui/**', 'node:*', 'yaml', 'zod', '**/1-parse/**', '**/2-validate/**'],
          paths: [{ name: '../scenario/schema.ts', allowTypeImports: true }],
        },
      ],
    },
  },
  {
    files: ['tests/**/*.ts', 'scripts/**', 'bin/**', 'src/cli/**'],
    languageOptions: { globals: { ...globals.node } },
  },
);
