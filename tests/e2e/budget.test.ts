// Byte budgets on the built files: each page's HTML plus its render-blocking CSS fits one TCP round trip (14 kB gzip);
// a page without a chart loads no JavaScript file; a chart page's JavaScript stays within the chart budget.
import { readFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { THEME_SCRIPT } from '@/lib/site/theme-script';
import { isArticlePath, parsePath } from '@/lib/site/urls';
import { siteRoot } from '../support/link-check';
import { CHART_JS, FIRST_ROUND_TRIP, fileFor, gzipSize, isChartPage, isSearchPage, referencedScripts, renderBlockingStylesheets, scriptGraph } from '../support/page-weight';
import { builtPages, DIST } from './dist';


/** What to do about a page over the budget: for an article, which file to shorten or split. */
function overBudget(path: string, over: number): string {
  if (!isArticlePath(path, base)) return `${over} B over: the page's template or list is too long for one round trip`;
  const { lang, rest } = parsePath(path, base);
  const file = `content/articles/${lang}/${rest.split('/')[2]}.mdx`;
  return `${over} B over: ${file} is too long to arrive in one round trip; shorten it by about ${over} B of compressed text, or split it into two articles`;
}

const pages = builtPages();
const base = siteRoot(DIST).pathname;
const weights: { path: string; bytes: number }[] = [];

afterAll(() => {
  const heaviest = weights.sort((a, b) => b.bytes - a.bytes).slice(0, 3);
  console.log(`[budget] heaviest first loads (HTML + CSS, gzip): ${heaviest.map((w) => `${w.path} ${w.bytes} B`).join(', ')}`);
});

describe.each(pages.map((p) => ({ path: p.path, file: p.file, doc: p.doc })))('$path', ({ path, file, doc }) => {
  it('HTML + render-blocking CSS fit in 14 kB gzip', () => {
    const html = gzipSize(readFileSync(file));
    const css = renderBlockingStylesheets(doc).map((href) => {
      const cssFile = fileFor(href, DIST, base);
      if (!cssFile) throw new Error(`stylesheet ${href} is not part of the build`);
      return { href, bytes: gzipSize(readFileSync(cssFile)) };
    });
    const total = html + css.reduce((sum, c) => sum + c.bytes, 0);
    weights.push({ path, bytes: total });
    const over = total - FIRST_ROUND_TRIP;
    const detail = `HTML ${html} B + ${css.map((c) => `${c.href} ${c.bytes} B`).join(' + ') || 'no CSS'} = ${total} B${over > 0 ? `; ${overBudget(path, over)}` : ''}`;
    expect(total, detail).toBeLessThanOrEqual(FIRST_ROUND_TRIP);
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
      expect(files.reduce((sum, f) => sum + f.gzip, 0), files.map((f) => `${f.file} ${f.gzip} B`).join(' + ')).toBeLessThanOrEqual(5 * 1024);
    });
  } else {
    it('loads no JavaScript file (no chart on it)', () => {
      expect(referencedScripts(doc), 'script files').toEqual([]);
      const inline = doc.querySelectorAll('script:not([src])').filter((s) => !/json/i.test(s.getAttribute('type') ?? ''));
      expect(inline.map((s) => s.text), 'inline scripts other than the theme script').toEqual([THEME_SCRIPT]);
    });
  }
});
