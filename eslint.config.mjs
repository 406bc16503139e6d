import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import prettier from 'eslint-config-prettier';
import reactHooks from 'eslint-plugin-react-hooks';

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'coverage/**', 'bin/**', '*.config.js', '*.config.mjs'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.tsx'],
    plugins: { 'react-hooks': reactHooks },
    rules: { 'react-hooks/rules-of-hooks': 'error', 'react-hooks/exhaustive-deps': 'warn' },
  },
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'react/no-danger': 'off',
      'no-restricted-syntax': [
        'error',
        { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'Never inject HTML: escape everything shown.' },
      ],
    },
  },
  {
    // The core is pure: text in, findings out. It must run unchanged in Word, Teams, the browser and Node.
    files: ['src/smart/**/*.ts'],
    ignores: ['src/smart/**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['node:*', 'fs', 'path', 'http', 'https', 'child_process', 'os', 'net'], message: 'src/smart is pure: no Node I/O.' },
            { group: ['react', 'react-dom', '@fluentui/*', '@microsoft/*', '@azure/*', 'better-sqlite3', 'jszip', 'saxes'], message: 'src/smart is pure: no UI, Office, Teams, Graph or file formats.' },
            { group: ['../plans/*', '../graph/*', '../word/*', '../teams/*', '../cli/*', '../server/*'], message: 'src/smart depends on nothing else in the product.' },
          ],
        },
      ],
      'no-restricted-globals': ['error', 'window', 'document', 'fetch', 'process', 'require'],
    },
  },
  prettier,
);
