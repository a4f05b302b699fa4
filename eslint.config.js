import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'web/dist/**', 'coverage/**', 'demo-data/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  { files: ['bench/**/*.js', 'bin/**', '*.js'], languageOptions: { globals: globals.node } },
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src/core/**/*.ts'],
    rules: {
      // ARCHITECTURE.md: core/ never reads the clock, the disk or the network.
      'no-restricted-globals': ['error', { name: 'Date', message: 'core/ takes the instant as an argument' }],
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['node:*', 'fs', 'path', 'http', 'https'], message: 'core/ is pure: no I/O' },
            {
              group: ['../../store/*', '../../app/*', '../../api/*', '../../cli/*', '../../ingest/*'],
              message: 'core/ imports only core/',
            },
          ],
        },
      ],
    },
  },
);
