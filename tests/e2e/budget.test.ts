// Byte budgets on the built files, for what the first render needs (article length is never capped): everything in
// <head> (the inlined CSS included) within 8 kB gzip, and the page up to its first paragraph within one TCP round trip
// (14 kB gzip), render-blocking stylesheets counted in both; a page without a chart loads no JavaScript file; a chart
// page's JavaScript stays within the chart budget.
import { readFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { THEME_SCRIPT } from '@/lib/site/theme-script';
import { siteRoot } from '../support/link-check';
import { CHART_JS, firstRenderBudget, isChartPage, isSearchPage, referencedScripts, scriptGraph } from '../support/page-weight';
import { builtPages, DIST } from './dist';

const pages = builtPages();
const base = siteRoot(DIST).pathname;
const weights: { path: string; head: number; first: number }[] = [];

afterAll(() => {
  const top = (key: 'head' | 'first') =>
    [...weights]
      .sort((a, b) => b[key] - a[key])
      .slice(0, 3)
      .map((w) => `${w.path} ${w[key]} B`)
      .join(', ');
  console.log(`[budget] heaviest <head>: ${top('head')}; heaviest up to the first paragraph: ${top('first')} (gzip)`);
});

describe.each(pages.map((p) => ({ path: p.path, file: p.file, doc: p.doc })))('$path', ({ path, file, doc }) => {
  it('<head> fits 8 kB gzip and the page up to its first paragraph fits 14 kB gzip', () => {
    const budget = firstRenderBudget(readFileSync(file, 'utf8'), doc, DIST, base);
    weights.push({ path, head: budget.head.bytes, first: budget.firstParagraph.bytes });
    expect(budget.head.bytes, budget.head.detail).toBeLessThanOrEqual(budget.head.limit);
    expect(budget.firstParagraph.bytes, budget.firstParagraph.detail).toBeLessThanOrEqual(budget.firstParagraph.limit);
  });

  if (isChartPage(doc)) {
    it('chart JavaScript fits in 60 kB gzip', () => {
      const files = scriptGraph(referencedScripts(doc), DIST, base);
      const total = files.reduce((sum, f) => sum + f.gzip, 0);
      expect(files.length, 'a chart page loads its chart code').toBeGreaterThan(0);
      expect(total, files.map((f) => `${f.file} ${f.gzip} B`).join(' + ')).toBeLessThanOrEqual(CHART_JS);
    });
  } else if (isSearchPage(doc)) {
    it('search JavaScript (before anyone searches) stays under 5 kB gzip', () => {
      const files = scriptGraph(referencedScripts(doc), DIST, base);
      expect(files.length, 'the search page loads its island').toBeGreaterThan(0);
      expect(
        files.reduce((sum, f) => sum + f.gzip, 0),
        files.map((f) => `${f.file} ${f.gzip} B`).join(' + '),
      ).toBeLessThanOrEqual(5 * 1024);
    });
  } else {
    it('loads no JavaScript file (no chart on it)', () => {
      expect(referencedScripts(doc), 'script files').toEqual([]);
      const inline = doc.querySelectorAll('script:not([src])').filter((s) => !/json/i.test(s.getAttribute('type') ?? ''));
      expect(
        inline.map((s) => s.text),
        'inline scripts other than the theme script',
      ).toEqual([THEME_SCRIPT]);
    });
  }
});
