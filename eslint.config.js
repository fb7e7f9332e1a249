// ESLint: JavaScript and TypeScript recommended rules with type information off (astro check and tsc do types), plus
// the Astro plugin's recommended rules for .astro files.
import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
import globals from 'globals';
import { defineConfig } from 'eslint/config';
import tseslint from 'typescript-eslint';

export default defineConfig(
  // What .gitignore names (ESLint does not read it; Prettier does), plus code that is not ours to lint: the benchmark's
  // bare baseline and the test fixtures. `.bench/` holds the Astro blog starter once `npm run bench:pages` fetches it.
  {
    ignores: ['dist/', 'dist-*/', '.astro/', 'node_modules/', '.bench/', '.cache/', '.test-results/', 'bench/baseline/', 'tests/fixtures/'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...astro.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      // `_` marks a value kept for its position (destructuring) or a parameter an interface requires.
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
    },
  },
);
