// The link checker used on the built site finds each kind of broken link, and passes good ones.
import { describe, expect, it } from 'vitest';
import { checkLinks, type SiteFile } from '../support/link-check';

const page = (body: string, head = '') => `<!doctype html><html><head>${head}</head><body>${body}</body></html>`;
const root = new URL('https://example.org/base/');

function check(files: SiteFile[]) {
  return checkLinks(files, root).map((p) => `${p.page} ${p.link}: ${p.problem}`);
}

describe('link checker', () => {
  const target = { path: 'en/a/index.html', text: page('<h2 id="둘째">x</h2><a name="old"></a>') };

  it('passes links that resolve, relative or absolute, with their anchors', () => {
    const home = page(
      `<a href="/base/en/a/">a</a><a href="en/a/#%EB%91%98%EC%A7%B8">b</a><a href="/base/en/a/#old">c</a>
       <a href="#top">d</a><p id="top"></p><a href="https://example.org/base/">e</a><img src="/base/i.svg" alt="">
       <a href="mailto:x@example.org">m</a><a href="https://other.example/" rel="noopener noreferrer">f</a>`,
      '<link rel="canonical" href="https://example.org/base/"><link rel="stylesheet" href="/base/s.css">',
    );
    const files = [{ path: 'index.html', text: home }, target, { path: 'i.svg' }, { path: 's.css' }];
    expect(check(files)).toEqual([]);
  });

  it('reports missing files, anchors, trailing slashes, links outside the base and unsafe external links', () => {
    const home = page(
      `<a href="/base/en/b/">1</a><a href="/base/en/a/#nope">2</a><a href="/base/en/a">3</a><a href="/en/a/">4</a>
       <a href="https://other.example/">5</a><img src="/base/missing.png" alt=""><a href="javascript:void(0)">6</a>
       <a href="/base/i.svg#x">7</a>`,
    );
    expect(check([{ path: 'index.html', text: home }, target, { path: 'i.svg' }])).toEqual([
      'index.html /base/en/b/: no such file in the build: en/b/index.html',
      'index.html /base/en/a/#nope: no element with id="nope" on en/a/index.html',
      'index.html /base/en/a: page address without its trailing slash',
      "index.html /en/a/: outside the site's base path /base/",
      'index.html https://other.example/: external link without rel="noopener noreferrer"',
      'index.html javascript:void(0): javascript: URL',
      'index.html /base/i.svg#x: #x points into a file that is not a page',
      'index.html /base/missing.png: no such file in the build: missing.png',
    ]);
  });

  it('checks feeds, sitemaps and robots.txt too', () => {
    const files = [
      target,
      {
        path: 'sitemap-0.xml',
        text: '<urlset><url><loc>https://example.org/base/en/a/</loc></url><url><loc>https://example.org/base/gone/</loc></url></urlset>',
      },
      {
        path: 'rss.xml',
        text: '<rss><channel><link>https://example.org/base/en/a/</link><atom:link href="https://example.org/base/feed.xml"/></channel></rss>',
      },
      { path: 'robots.txt', text: 'User-agent: *\nSitemap: https://example.org/base/sitemap-index.xml\n' },
    ];
    expect(check(files)).toEqual([
      'sitemap-0.xml https://example.org/base/gone/: no such file in the build: gone/index.html',
      'rss.xml https://example.org/base/feed.xml: no such file in the build: feed.xml',
      'robots.txt https://example.org/base/sitemap-index.xml: no such file in the build: sitemap-index.xml',
    ]);
  });
});
