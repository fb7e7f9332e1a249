// bench:pages' choice of the heaviest real article: by compressed size, articles only, Korean only.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { heaviestArticle } from '../../bench/lib/heaviest-article.mjs';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

function site(pages: Record<string, string>): string {
  const dist = mkdtempSync(join(tmpdir(), 'heaviest-'));
  dirs.push(dist);
  for (const [path, html] of Object.entries(pages)) {
    mkdirSync(join(dist, path), { recursive: true });
    writeFileSync(join(dist, path, 'index.html'), html);
  }
  return dist;
}

// Text that gzip cannot shrink much, so raw and compressed order differ from repeated text.
const noise = (n: number) => Array.from({ length: n }, (_, i) => ((i * 2654435761) % 1000003).toString(36)).join(' ');

describe('heaviestArticle', () => {
  it('picks the article largest after compression, not before', () => {
    const dist = site({
      'articles/long-but-repetitive': `<p>${'가나다라 '.repeat(20_000)}</p>`,
      'articles/dense': `<p>${noise(3_000)}</p>`,
      'articles/short': '<p>짧다</p>',
    });
    expect(heaviestArticle(dist)?.path).toBe('/articles/dense/');
  });

  it('skips archive pages and English articles', () => {
    const dist = site({
      'articles/2': `<ul>${noise(9_000)}</ul>`,
      'en/articles/long': `<p>${noise(9_000)}</p>`,
      'articles/real': `<p>${noise(100)}</p>`,
    });
    expect(heaviestArticle(dist)).toEqual({ path: '/articles/real/', bytes: expect.any(Number) });
  });

  it('is null without articles', () => {
    expect(heaviestArticle(site({ search: '<p></p>' }))).toBeNull();
  });
});
