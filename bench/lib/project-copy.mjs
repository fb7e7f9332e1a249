// Throw-away copies of the site and of the baseline in the system temp folder, sharing the project's installed packages.
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Caches Astro and Vite keep inside node_modules; each copy gets its own so no build reuses another's work. */
const CACHE_DIRS = new Set(['.astro', '.vite', '.cache']);

/**
 * node_modules as a folder of links to the project's packages rather than one link to the whole folder: a shared
 * node_modules would also share node_modules/.astro, Astro's content cache, between the copies and the real project.
 */
function linkPackages(root, dest) {
  const from = join(root, 'node_modules');
  const to = join(dest, 'node_modules');
  mkdirSync(to, { recursive: true });
  for (const name of readdirSync(from)) {
    if (!CACHE_DIRS.has(name)) symlinkSync(join(from, name), join(to, name));
  }
}

/** A fresh folder in the system temp folder (not inside the repository, whose .gitignore Tailwind's scanner would obey). */
export function makeWorkDir() {
  return mkdtempSync(join(tmpdir(), 'gpu260k-bench-'));
}

/** A copy of the site: sources, public files, configuration, content/data and the real articles. */
export function copySite(root, dest) {
  for (const path of ['src', 'public', 'content', 'astro.config.ts', 'tailwind.config.ts', 'tsconfig.json', 'package.json']) {
    cpSync(join(root, path), join(dest, path), { recursive: true });
  }
  linkPackages(root, dest);
}

/** A copy of the bare baseline project in bench/baseline, given the site's articles (real ones included). */
export function copyBaseline(root, dest) {
  cpSync(join(root, 'bench/baseline'), dest, { recursive: true });
  cpSync(join(root, 'content/articles'), join(dest, 'content/articles'), { recursive: true });
  linkPackages(root, dest);
}

/** Forget every earlier build of a copy: output, generated types and caches (the site's are in .cache/astro/). */
export function cleanBuild(dir) {
  for (const path of ['dist', '.astro', '.cache', ...[...CACHE_DIRS].map((c) => join('node_modules', c))]) {
    const full = join(dir, path);
    if (existsSync(full)) rmSync(full, { recursive: true, force: true });
  }
}
