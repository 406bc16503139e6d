import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import prettier from 'eslint-config-prettier';
import reactHooks from 'eslint-plugin-react-hooks';

/**
 * The product's layers, lowest first. Each may import only from those before it, at any depth:
 * '**\/graph/**' catches '../graph/client' and '../../../graph/client' alike.
 */
const LAYERS = ['smart', 'plans', 'graph', 'reminders', 'house-rules', 'docx', 'audit', 'connect', 'web', 'server'];
const FACES = ['pane', 'ui', 'word', 'teams', 'playground', 'cli'];
const layerPatterns = (names) => names.flatMap((n) => [`../${n}`, `../${n}/**`, `**/../${n}`, `**/../${n}/**`]);
const ALLOWED_BELOW = {
  plans: ['smart'],
  graph: ['smart', 'plans'],
  reminders: ['smart', 'plans', 'graph'],
  'house-rules': ['smart', 'plans', 'graph'],
  docx: ['smart'],
  audit: ['smart', 'plans', 'docx', 'house-rules'],
  connect: ['smart', 'plans', 'graph'],
  web: [],
  server: ['smart', 'plans', 'graph', 'connect', 'web', 'house-rules', 'reminders'],
  // The task pane's host-neutral logic: Word and the playground both build on it.
  pane: ['smart', 'plans', 'graph', 'connect'],
  // The pane's React UI knows no host: never Word, Teams or the playground.
  ui: ['smart', 'plans', 'pane'],
};
const layerZones = Object.entries(ALLOWED_BELOW).map(([layer, allowed]) => ({
  files: [`src/${layer}/**/*.ts`, `src/${layer}/**/*.tsx`],
  ignores: ['src/**/*.test.ts', 'src/**/*.test.tsx'],
  rules: {
    'no-restricted-imports': [
      'error',
      {
        patterns: [
          {
            group: layerPatterns([...LAYERS, ...FACES].filter((n) => n !== layer && !allowed.includes(n))),
            message: `src/${layer} may import only from ${allowed.length ? allowed.map((a) => `src/${a}`).join(', ') : 'itself'}: the layers run one way (eslint.config.mjs).`,
          },
        ],
      },
    ],
  },
}));

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'coverage/**', 'bin/**', '*.config.js', '*.config.mjs'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    // The prepare script runs before the dependencies are installed, so it is plain CommonJS.
    files: ['scripts/**/*.cjs'],
    languageOptions: {
      sourceType: 'commonjs',
      globals: { require: 'readonly', process: 'readonly', __dirname: 'readonly' },
    },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
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
            { group: layerPatterns(LAYERS.filter((l) => l !== 'smart')), message: 'src/smart depends on nothing else in the product.' },
          ],
        },
      ],
      'no-restricted-globals': ['error', 'window', 'document', 'fetch', 'process', 'require'],
    },
  },
  ...layerZones,
  prettier,
);
