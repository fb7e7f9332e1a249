// A throwaway copy of the project in a temp folder, so tests can break its content (or add articles) and run the checker,
// `npm run new` or a whole Astro build on it without touching the real content/.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const PROJECT = resolve(import.meta.dirname, '../..');
/** The command-line entry points of Astro and tsx, run with this Node. */
export const ASTRO = join(PROJECT, 'node_modules/astro/bin/astro.mjs');
export const TSX = join(PROJECT, 'node_modules/tsx/dist/cli.mjs');

/** What a build needs besides content/; the checker alone needs only src/pages (for the routes). */
const BUILD_FILES = [
  'src',
  'public',
  'scripts',
  'astro.config.ts',
  'tsconfig.json',
  'package.json',
  'tailwind.config.ts',
  // The editing UI's edit server (npm run edit): present in the copy as in the project, so a build proves it stays out.
  'astro.edit.config.ts',
  'keystatic.config.ts',
];

export interface ProjectCopy {
  root: string;
  remove: () => void;
}

/** Copy the project: content/ always; the rest copied for builds, linked otherwise (faster). node_modules is linked. */
export function copyProject(options: { forBuild?: boolean } = {}): ProjectCopy {
  const root = mkdtempSync(join(tmpdir(), 'gpu260k-editors-'));
  cpSync(join(PROJECT, 'content'), join(root, 'content'), { recursive: true });
  for (const name of BUILD_FILES) {
    if (options.forBuild) cpSync(join(PROJECT, name), join(root, name), { recursive: true });
    else symlinkSync(join(PROJECT, name), join(root, name));
  }
  symlinkSync(join(PROJECT, 'node_modules'), join(root, 'node_modules'));
  return { root, remove: () => rmSync(root, { recursive: true, force: true }) };
}

export interface Edit {
  file: string;
  find: string;
  replace: string;
}

/** Lay a fixture over a copy: its files are added (or replace the copy's), and edits.json patches existing files. */
export function applyFixture(root: string, fixtureDir: string): void {
  const edits = join(fixtureDir, 'edits.json');
  cpSync(fixtureDir, root, { recursive: true, filter: (src) => src !== edits });
  if (!existsSync(edits)) return;
  for (const edit of JSON.parse(readFileSync(edits, 'utf8')) as Edit[]) {
    const path = join(root, edit.file);
    const text = readFileSync(path, 'utf8');
    // A fixture whose text no longer matches the real file would test nothing: fail loudly instead.
    if (!text.includes(edit.find))
      throw new Error(`${fixtureDir}/edits.json: '${edit.find}' is no longer in ${edit.file}; update the fixture`);
    writeFileSync(path, text.replace(edit.find, edit.replace));
  }
}

/**
 * Variables Vitest sets for import.meta.env. A child Astro build reads process.env into import.meta.env too, so an
 * inherited BASE_URL=/ would override the BASE_PATH the child is given.
 */
const VITE_ENV = new Set(['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR']);

/** The environment for a child process (astro, tsx): without vitest's variables, which make Astro's dev server serve nothing. */
export function childEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('VITEST') && k !== 'TEST' && !VITE_ENV.has(k)));
  return { ...env, ...extra };
}

/** `astro build` in a copy, in the child environment (with `env` added). */
export function astroBuild(root: string, env: Record<string, string> = {}) {
  return spawnSync(process.execPath, [ASTRO, 'build'], { cwd: root, encoding: 'utf8', env: childEnv(env) });
}
