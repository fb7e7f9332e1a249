// Nothing of the editing UI reaches readers: the production build (dist/, from astro.config.ts) has no admin, edit or
// API address, no React, Keystatic or editor code, and astro.config.ts loads none of the editing integrations. The
// pages and their budgets are the site's own (budget.test.ts and every-page.test.ts hold them on this same dist/).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import site from '../../astro.config';
import editConfig from '../../astro.edit.config';
import { readSite } from '../support/link-check';
import { DIST } from './dist';

/** What the editing UI's code leaves in a bundle: React's and Keystatic's names, their UI kit, the editor's toolbar app. */
const UI_TRACES = [
  /react-dom|__reactFiber|react\.(production|development)|ReactCurrentOwner/i,
  /keystatic|keystar/i,
  /ProseMirror/,
  /gpu260k-editor-check|gpu-edit:/,
];
/** Addresses only the edit server has. */
const UI_ADDRESSES = /^(keystatic|edit|api\/keystatic)(\/|$)/;

const files = readSite(DIST);
const integrationNames = (config: Pick<typeof site, 'integrations'>) =>
  (config.integrations ?? []).flat().map((i) => (i as { name: string }).name);

describe('the production build, beside the editing UI', () => {
  it('has no address of the editing UI', () => {
    expect(files.length).toBeGreaterThan(50);
    expect(files.map((f) => f.path).filter((p) => UI_ADDRESSES.test(p))).toEqual([]);
  });

  it('has no code of the editing UI in any script, page or style', () => {
    const texts = files
      .filter((f) => /\.(js|mjs|css|html)$/.test(f.path))
      .map((f) => ({ path: f.path, text: f.text ?? readFileSync(join(DIST, f.path), 'utf8') }));
    expect(texts.filter((t) => t.path.endsWith('.js')).length).toBeGreaterThan(0);
    const found = texts.flatMap((t) => UI_TRACES.filter((re) => re.test(t.text)).map((re) => `${t.path}: ${re}`));
    expect(found).toEqual([]);
    // No page loads a framework island (React components hydrate through <astro-island>).
    expect(texts.filter((t) => t.text.includes('<astro-island')).map((t) => t.path)).toEqual([]);
  });

  it('comes from a config that loads none of the editing integrations, which only the edit server adds', () => {
    const editing = ['@astrojs/react', 'keystatic', 'gpu260k-editing'];
    expect(integrationNames(site).filter((n) => editing.includes(n))).toEqual([]);
    expect(integrationNames(editConfig)).toEqual(expect.arrayContaining(editing));
  });

  it('does not depend on the editing UI at run time: React and Keystatic are development dependencies only', () => {
    const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as Record<string, Record<string, string>>;
    for (const name of ['react', 'react-dom', '@keystatic/core', '@keystatic/astro', '@astrojs/react']) {
      expect(pkg.dependencies, name).not.toHaveProperty(name);
      expect(pkg.devDependencies, name).toHaveProperty(name);
    }
  });
});
