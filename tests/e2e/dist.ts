// Reads the built site (dist/) for tests that check every page's HTML without a browser.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { parse, type HTMLElement } from 'node-html-parser';
import { LOCALE_TAG, otherLang, type Lang } from '@/lib/site/i18n';
import { readSite } from '../support/link-check';

export const DIST = 'dist';

/** Every built HTML page, as its site path ('/en/timeline/') and parsed document. */
export function builtPages(): { path: string; file: string; doc: HTMLElement }[] {
  return readSite(DIST)
    .filter((f) => f.path.endsWith('.html'))
    .map((f) => ({ path: `/${f.path.replace(/index\.html$/, '')}`, file: join(DIST, f.path), doc: parse(f.text!) }))
    .sort((a, b) => a.path.localeCompare(b.path));
}

/** The language a built file's address puts it in ('en/tags/hbm/index.html'): English under en/, else Korean (404.html too). */
export function addressLang(path: string): Lang {
  return /^\/?en\//.test(path) ? 'en' : 'ko';
}

/**
 * Every place a build (dist/ or dist-subpath/) states a page's language that disagrees with the page's address: each
 * page's <html lang>, og:locale and language switch, each feed's <language>, each chart CSV's column heads. Components
 * read the language from Astro.currentLocale, which Astro works out from the address (base path included).
 */
export function languageProblems(dir: string): { checked: Record<'html' | 'rss' | 'csv', number>; problems: string[] } {
  const checked = { html: 0, rss: 0, csv: 0 };
  const problems: string[] = [];
  const expect = (ok: boolean, path: string, what: string) => {
    if (!ok) problems.push(`${path}: ${what}`);
  };
  for (const f of readSite(dir)) {
    const lang = addressLang(f.path);
    if (f.path.endsWith('.html')) {
      checked.html++;
      const doc = parse(f.text!);
      const html = doc.querySelector('html')?.getAttribute('lang');
      expect(html === lang, f.path, `<html lang="${html}">, not ${lang}`);
      const locale = doc.querySelector('meta[property="og:locale"]')?.getAttribute('content');
      expect(locale === LOCALE_TAG[lang].replace('-', '_'), f.path, `og:locale ${locale}`);
      const other = doc.querySelector('[data-lang-switch]')?.getAttribute('hreflang');
      expect(other === undefined || other === otherLang(lang), f.path, `the language switch leads to ${other}`);
    } else if (f.path.endsWith('rss.xml')) {
      checked.rss++;
      expect(f.text!.includes(`<language>${LOCALE_TAG[lang]}</language>`), f.path, `the feed's language is not ${LOCALE_TAG[lang]}`);
    } else if (f.path.endsWith('.csv')) {
      checked.csv++;
      const head = readFileSync(join(dir, f.path), 'utf8').split('\n')[0]!;
      expect(/[가-힣]/.test(head) === (lang === 'ko'), f.path, `column heads ${head}`);
    }
  }
  return { checked, problems };
}

/** One page as the built search index holds it: its path and the text Pagefind indexed (words added for Korean included). */
export interface IndexedPage {
  url: string;
  content: string;
}

/**
 * Every page in the built search index (dist/pagefind/fragment/: one gzip file a page, 'pagefind_dcd' then JSON), in
 * both languages.
 */
export function searchIndex(): IndexedPage[] {
  const dir = join(DIST, 'pagefind', 'fragment');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.pf_fragment'))
    .map((f) => {
      const text = gunzipSync(readFileSync(join(dir, f))).toString('utf8');
      const { url, content } = JSON.parse(text.slice(text.indexOf('{'))) as IndexedPage;
      return { url, content };
    })
    .sort((a, b) => a.url.localeCompare(b.url));
}
