// ESLint does not read .gitignore (Prettier does): every folder git ignores must be in eslint.config.js's ignores too,
// or `npm run lint` fails on generated code, such as the Astro blog starter `npm run bench:pages` fetches into .bench/.
import { readFileSync } from 'node:fs';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const ignoredFolders = readFileSync('.gitignore', 'utf8')
  .split('\n')
  .map((line) => line.trim())
  .filter((line) => line.endsWith('/') && !line.startsWith('#'));

describe('ESLint ignores', () => {
  it('read the folders .gitignore names', () => {
    expect(ignoredFolders).toEqual(expect.arrayContaining(['node_modules/', 'dist/', '.bench/']));
  });

  it.each(ignoredFolders)('cover %s', async (folder) => {
    const eslint = new ESLint();
    // A file two levels down, named as the glob would match it (dist-*/ stands for dist-subpath/ and the like).
    const file = `${folder.replace('*', 'example')}starter/src/pages/index.ts`;
    expect(await eslint.isPathIgnored(file), `${file}: add '${folder}' to the ignores in eslint.config.js`).toBe(true);
  });
});
