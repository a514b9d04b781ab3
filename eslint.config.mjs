// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/**', 'out/**', 'node_modules/**', '.vscode-test/**', 'bench/corpus/**', 'sample-journal/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    // The core is plain data in, plain data out: it must run in Node (CLI, unit tests) and in a
    // browser (web extension) without the VS Code API.
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        paths: [{ name: 'vscode', message: 'src/core/ must not depend on vscode: put the adapter in src/vscode/.' }],
        patterns: [
          { group: ['node:*', 'fs', 'path', 'os', 'child_process'], message: 'src/core/ must not use Node built-ins: it also runs as a web extension.' },
          { group: ['**/vscode/**', '**/features/**'], message: 'src/core/ must not import the vscode layer.' },
        ],
      }],
    },
  },
  {
    // A feature is `register(ctx: FeatureContext)`: what features share lives in src/vscode/ or
    // src/core/, and command ids in src/vscode/commands.ts — never in another feature.
    // A feature with several parts is a folder (src/features/dashboard/): its parts import each
    // other, never another feature.
    files: ['src/features/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [{ group: ['./*', '../features/**'], message: 'A feature must not import another feature: move what they share to src/vscode/ or src/core/.' }],
      }],
    },
  },
  {
    files: ['src/features/*/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [{ group: ['../*', '!../../', '../../features/**'], message: 'A feature must not import another feature: move what they share to src/vscode/ or src/core/.' }],
      }],
    },
  },
);
