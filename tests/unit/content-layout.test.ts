// Where editors' files must sit: articles directly in content/articles/ko|en/ under a lower-case file name, data in
// the known files of content/data/; anything else is named, never skipped without a word.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { readArticles } from '@/lib/content/read-articles';
import { strayContent } from '@/lib/content/read';
import type { Problem } from '@/lib/checks/problems';

let root = '';
const put = (path: string, text = '') => {
  mkdirSync(dirname(join(root, path)), { recursive: true });
  writeFileSync(join(root, path), text);
};
afterEach(() => rmSync(root, { recursive: true, force: true }));

describe('content layout', () => {
  it('names a misspelt content folder and an unknown data file', () => {
    root = mkdtempSync(join(tmpdir(), 'layout-'));
    put('content/articles/ko/a.mdx');
    put('content/data/figures.yaml');
    put('content/article/ko/b.mdx');
    put('content/data/figure.yaml');
    expect(strayContent(root).map((p) => p.file)).toEqual(['content/article/', 'content/data/figure.yaml']);
  });

  it('names an article in a folder inside ko/ and a file name that cannot be an address', () => {
    root = mkdtempSync(join(tmpdir(), 'layout-'));
    put('content/articles/ko/drafts/new-piece.mdx', '---\ntitle: x\n---\n');
    put('content/articles/en/Deal Value.mdx', '---\ntitle: x\n---\n');
    const problems: Problem[] = [];
    const files = readArticles(root, problems, new Map());
    expect(files.map((f) => f.file)).toEqual(['content/articles/en/Deal Value.mdx']);
    const named = problems.filter((p) => !p.field || p.field === 'file name').map((p) => [p.file, p.en.split(';')[0]!.split(':')[0]]);
    expect(named).toContainEqual([
      'content/articles/ko/drafts/new-piece.mdx',
      'articles sit directly in content/articles/ko/, not in a folder inside it',
    ]);
    expect(problems.find((p) => p.field === 'file name')!.en).toContain('rename it deal-value.mdx');
  });
});
