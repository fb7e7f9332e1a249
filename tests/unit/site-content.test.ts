// The real content/ folder: every collection is non-empty (a wrong loader path yields an empty one silently) and clean.
import { existsSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatProblems } from '@/lib/checks/problems';
import { contentPaths } from '@/lib/content/paths';
import { checkContent } from '@/lib/checks/editor-check';
import { FIGURE_SUMS } from '@/lib/checks/cross-references';

// The whole editor check (what `npm run check` and the build run), on the untouched content.
const { site, problems, articleCount } = checkContent(process.cwd());

describe('content/', () => {
  it('has every path the collections load from', () => {
    for (const [name, path] of Object.entries(contentPaths)) expect(existsSync(path), `${name}: ${path}`).toBe(true);
    expect(readdirSync(`${contentPaths.articles}/ko`).some((f) => f.endsWith('.mdx'))).toBe(true);
    expect(readdirSync(`${contentPaths.articles}/en`).some((f) => f.endsWith('.mdx'))).toBe(true);
  });

  it('checks clean: schemas, references, MDX, components, links and anchors, images, data rules', () => {
    expect(formatProblems(problems)).toBe('');
    expect(articleCount).toBe(site.articles.length);
  });

  // checkFigureSums skips a rule whose figures are gone, so a renamed figure would silently end its sum check.
  it('has every figure the sum rules (FIGURE_SUMS) check', () => {
    const ids = new Set(site.figures.map((f) => f.id));
    const named = FIGURE_SUMS.flatMap((rule) => [rule.total, ...rule.parts]);
    expect(named.filter((id) => !ids.has(id))).toEqual([]);
    expect(named.length).toBeGreaterThanOrEqual(9);
  });

  it('fills every collection', () => {
    expect(site.articles.filter((a) => a.lang === 'ko').length).toBeGreaterThanOrEqual(7);
    expect(site.articles.filter((a) => a.lang === 'en').length).toBeGreaterThanOrEqual(7);
    expect(site.recipients.map((r) => r.id)).toEqual(['government', 'samsung', 'sk', 'hyundai', 'naver']);
    expect(site.figures.length).toBeGreaterThan(20);
    expect(site.sources.length).toBeGreaterThan(20);
    expect(site.tags.length).toBeGreaterThan(5);
    expect(site.timeline.length).toBeGreaterThan(5);
  });

  it('states the headline numbers the deal was reported with', () => {
    const fig = (id: string) => site.figures.find((f) => f.id === id);
    expect(fig('allocation.total')?.value).toBe(260000);
    expect(fig('allocation.naver')?.value).toBe(60000);
    expect(fig('value.krw')?.value).toBe(14e12);
    expect(fig('value.krw')?.estimate).toBe(true);
  });

  it('pairs every article with its translation', () => {
    const keys = (lang: string) =>
      site.articles
        .filter((a) => a.lang === lang && a.data.translated)
        .map((a) => a.data.translationKey)
        .sort();
    expect(keys('ko')).toEqual(keys('en'));
  });
});
