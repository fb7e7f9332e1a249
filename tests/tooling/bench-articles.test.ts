// The build benchmark's synthetic articles: they must pass the same content checks as real ones, or `npm run bench` breaks.
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { formatProblems } from '@/lib/checks/problems';
import { plainText } from '@/lib/content/articles';
import { checkContent } from '@/lib/checks/editor-check';
import { loadReferenceData, syntheticArticle, writeSyntheticArticles } from '../../bench/lib/synthetic-articles.mjs';
import { copyProject } from '../support/project-copy';

// A copy of content/ (with the site's routes, which the link checks read) plus the synthetic articles.
const copy = copyProject();
const root = copy.root;
const data = loadReferenceData(process.cwd());
writeSyntheticArticles(join(root, 'content/articles'), 20, data);
const { site, problems } = checkContent(root);
const synthetic = site.articles.filter((a) => a.slug.startsWith('bench-'));

afterAll(() => copy.remove());

describe('synthetic benchmark articles', () => {
  it('pass every content check next to the real articles', () => {
    expect(formatProblems(problems)).toBe('');
    expect(synthetic.filter((a) => a.lang === 'ko')).toHaveLength(20);
    expect(synthetic.filter((a) => a.lang === 'en')).toHaveLength(20);
  });

  it('are about as long as real articles: ~3,000 Korean characters, ~900 English words', () => {
    for (const a of synthetic) {
      const text = plainText(a.body);
      if (a.lang === 'ko') expect(text.replace(/\s/g, '').length).toBeGreaterThan(2500);
      else expect(text.split(' ').length).toBeGreaterThan(800);
    }
  });

  it('print several figures, and a chart in every tenth pair only', () => {
    for (const a of synthetic) {
      expect(a.body.match(/<Fig id=/g)?.length ?? 0).toBeGreaterThanOrEqual(5);
      const n = Number(a.slug.slice('bench-'.length));
      expect(a.body.includes('<AllocationChart metric="gpus" />')).toBe(n % 10 === 0);
    }
  });

  it('are the same text on every run', () => {
    expect(syntheticArticle(7, 'ko', data).text).toBe(syntheticArticle(7, 'ko', data).text);
  });
});
