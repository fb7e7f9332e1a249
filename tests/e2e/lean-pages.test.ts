// Pages whose inline CSS was trimmed (src/integrations/lean-page.ts) lost no rule they use: every rule of the full
// stylesheet that a trimmed page dropped matches nothing on that page, in a real browser.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, url } from './browser';
import { builtPages } from './dist';

const pages = builtPages();
const styleOf = (doc: (typeof pages)[number]['doc']) => doc.querySelectorAll('style').map((s) => s.text).join('\n');
// The search page is never trimmed (its results are built by script), so it carries the whole site stylesheet.
const search = pages.find((p) => p.path === '/search/')!;
const fullLength = styleOf(search.doc).length;
const trimmed = pages.filter((p) => p !== search && styleOf(p.doc).length < fullLength * 0.9);
// Every stylesheet an untrimmed page carries (the site's, plus components' own styles), each once.
const fullCss = [...new Set(pages.filter((p) => !trimmed.includes(p)).flatMap((p) => p.doc.querySelectorAll('style').map((s) => s.text)))].join('\n');

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

describe('trimmed pages', () => {
  it('exist: the longest articles come near the 14 kB budget and are trimmed', () => {
    expect(trimmed.length).toBeGreaterThan(0);
    expect(trimmed.map((p) => p.path)).toContain('/articles/challenges/');
  });

  it.each(trimmed.map((p) => p.path))('%s: no dropped rule matches an element', async (path) => {
    const page = await browser.newPage();
    await page.goto(url(path));
    const problems = await page.evaluate((css) => {
      const full = new CSSStyleSheet();
      full.replaceSync(css);
      const styleRules = (rules: CSSRuleList): CSSStyleRule[] =>
        [...rules].flatMap((r) => (r instanceof CSSStyleRule ? [r, ...styleRules(r.cssRules)] : 'cssRules' in r ? styleRules((r as CSSGroupingRule).cssRules) : []));
      // The pruner also drops the unused selectors of a list (`ol, ul, menu` → `ol, ul`), so selectors count one by one.
      const split = (list: string) => list.split(/,(?![^(]*\))/).map((s) => s.trim());
      const kept = new Set([...document.styleSheets].flatMap((s) => styleRules(s.cssRules).flatMap((r) => split(r.selectorText))));
      // States a reader or a script creates later are not in the markup; the selector without them must match nothing.
      const stateless = (selector: string) => {
        const bare = selector
          .replace(/::?[\w-]+(\([^)]*\))?/g, (pseudo) => (/^:(not|is|where|has)\(/.test(pseudo) ? pseudo : ''))
          .trim()
          .replace(/\s*([>+~])\s*/g, '$1')
          .replace(/\s+/g, ' ');
        // A compound left empty (`:hover > a` → `> a`) stands for any element.
        return (bare.replace(/^(?=[>+~ ])/, '*').replace(/([>+~ ])(?=[>+~ ]|$)/g, '$1*') || '*');
      };
      const found: string[] = [];
      let dropped = 0;
      for (const rule of styleRules(full.cssRules)) {
        for (const selector of split(rule.selectorText)) {
          if (kept.has(selector)) continue;
          dropped++;
          try {
            if (document.querySelector(stateless(selector))) found.push(selector);
          } catch {
            // A selector the browser cannot query (e.g. a nested `&` rule) cannot be judged here.
          }
        }
      }
      return { found, kept: kept.size, dropped };
    }, fullCss);
    await page.close();
    // A trimmed page kept some rules and dropped others (else the comparison compared nothing).
    expect(problems.kept, 'selectors the page kept').toBeGreaterThan(20);
    expect(problems.dropped, 'selectors the page dropped').toBeGreaterThan(20);
    expect(problems.found, `rules dropped from ${path} that match its markup`).toEqual([]);
  });
});
