import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['.output/', '.wxt/', 'node_modules/', '.tmp/', 'docs/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      // Page data is text, never markup or code (architecture.md).
      'no-eval': 'error',
      'no-implied-eval': 'error',
      'no-new-func': 'error',
      'no-restricted-properties': [
        'error',
        { property: 'innerHTML', message: 'Page data is text: use textContent or components.' },
        { property: 'outerHTML', message: 'Page data is text: use textContent or components.' },
      ],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    // Extension code goes through `browser` from wxt/browser (the polyfill), never the raw `chrome` global.
    files: ['lib/**', 'components/**', 'entrypoints/**'],
    rules: {
      'no-restricted-globals': ['error', { name: 'chrome', message: "Import { browser } from 'wxt/browser'." }],
    },
  },
);
