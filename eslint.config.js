// Lint: TypeScript and Svelte recommended rules, plus the architecture's
// one-way dependencies: the engine is pure (no DOM, no wall clock, no
// randomness, no UI), and its run-time never loads the YAML parser or the
// schema validator, so the drill screen stays small. The shells (UI, CLI,
// language server, build scripts) reach the engine only through its two entry points, and no
// module imports itself back through a cycle.
import js from '@eslint/js';
import ts from 'typescript-eslint';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import importX, { createNodeResolver } from 'eslint-plugin-import-x';

const ENGINE_ENTRY = {
  regex: '(^|/)engine/(?!(play|authoring)\\.ts$)',
  message:
    'Import the engine through engine/play.ts (drill, score, results) or engine/authoring.ts (scenarios, scripts, balance, reading).',
};

export default ts.config(
  {
    ignores: [
      'dist/',
      'dist-cli/',
      'node_modules/',
      'test-results/',
      'playwright-report/',
      'static/',
      '.svelte-check/',
      '.scratch/',
      'screenshots/',
      '*.tmp.*',
      'dbg-*',
    ],
  },
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
      'no-restricted-imports': ['error', { patterns: ['svelte', 'svelte/*', '**/ui/**', '*.svelte', 'node:*', 'chart.js', 'idb-keyval'] }],
      'no-restricted-properties': [
        'error',
        { object: 'Math', property: 'random', message: 'Use the seeded PRNG in run/prng.ts.' },
        { object: 'Date', property: 'now', message: 'The engine never reads the wall clock.' },
      ],
      'no-restricted-globals': ['error', 'window', 'document', 'setTimeout', 'setInterval', 'localStorage', 'indexedDB'],
    },
  },
  {
    // The run-time, and the condition kinds it evaluates: zod only as types (they vanish from the bundle).
    files: [
      'src/engine/run/**/*.ts',
      'src/engine/scoring/**/*.ts',
      'src/engine/text/**/*.ts',
      'src/engine/conditions/**/*.ts',
      'src/engine/result.ts',
      'src/engine/model.ts',
    ],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: ['svelte', 'svelte/*', '**/ui/**', 'node:*', 'yaml', '**/1-parse/**', '**/2-validate/**'],
          paths: [
            { name: '../scenario/schema.ts', allowTypeImports: true },
            {
              name: 'zod',
              allowTypeImports: true,
              message: 'The drill screen loads without zod: import its types only (a condition kind gets zod from the scenario schema).',
            },
          ],
        },
      ],
    },
  },
  {
    // No import cycles anywhere in the product's code.
    files: ['src/**/*.ts', 'src/**/*.svelte', 'scripts/**/*.ts'],
    plugins: { 'import-x': importX },
    settings: {
      'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.js', '.mjs', '.svelte'] })],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts'] },
      // Components form a tree; a cycle through one would show in its .ts imports.
      'import-x/ignore': ['\\.svelte$'],
      'import-x/extensions': ['.ts', '.js', '.mjs', '.svelte'],
    },
    rules: { 'import-x/no-cycle': ['error', { ignoreExternal: true }] },
  },
  {
    // Shells reach the engine through engine/play.ts and engine/authoring.ts only.
    files: ['src/ui/**/*.ts', 'src/ui/**/*.svelte', 'src/cli/**/*.ts', 'src/lsp/**/*.ts', 'src/main.ts', 'scripts/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [ENGINE_ENTRY] }],
      // The same for a part loaded lazily: import('…/engine/…').
      'no-restricted-syntax': [
        'error',
        { selector: `ImportExpression[source.value=/${ENGINE_ENTRY.regex.replace(/\//g, '\\/')}/]`, message: ENGINE_ENTRY.message },
      ],
    },
  },
  {
    // The language service also runs in the studio (a browser): only the stdio shell may use Node.
    files: ['src/lsp/**/*.ts'],
    ignores: ['src/lsp/server.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            ENGINE_ENTRY,
            {
              group: ['node:*', 'vscode-languageserver', 'vscode-languageserver/*'],
              message: 'Only src/lsp/server.ts speaks to Node and the protocol; the service stays pure for the studio.',
            },
          ],
        },
      ],
    },
  },
  {
    // The VS Code extension is CommonJS, as VS Code loads it.
    files: ['editors/vscode/**/*.cjs'],
    languageOptions: { globals: { ...globals.node } },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    files: ['tests/**/*.ts', 'scripts/**', 'bin/**', 'src/cli/**', 'src/lsp/**'],
    languageOptions: { globals: { ...globals.node } },
  },
);
