import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['node_modules', 'data', 'scratch', 'drizzle/meta', 'coverage'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
      'no-restricted-properties': ['error', { object: 'process', property: 'env', message: 'Read configuration through src/config.ts.' }],
    },
  },
  { files: ['src/config.ts', 'test/**', 'bench/**', '**/*.test.ts', 'drizzle.config.ts', 'vitest.config.ts'], rules: { 'no-restricted-properties': 'off' } },
  // Tests read JSON answers whose shape the assertions check.
  { files: ['test/**', '**/*.test.ts'], rules: { '@typescript-eslint/no-explicit-any': 'off' } },
  { files: ['dashboard/**/*.js'], languageOptions: { globals: { ...globals.browser } } },
);
