// What the search indexer receives: the article without the head, and URLs relative to the deploy base.
import { describe, expect, it } from 'vitest';
import { indexableHtml, indexUrl } from '@/lib/search-input';

const page = (body: string) =>
  `<!DOCTYPE html><html lang="ko" data-theme="light"><head><meta charset="utf-8"><style>body{color:red}</style><title>t</title></head><body><header>사이트</header>${body}<footer>f</footer></body></html>`;

describe('indexableHtml', () => {
  it('skips pages without an indexable article', () => {
    expect(indexableHtml(page('<main><h1>타임라인</h1></main>'))).toBeUndefined();
  });

  it('keeps <html lang> and the marked article, and drops the head and the site header', () => {
    const out = indexableHtml(page('<main><article class="prose" data-pagefind-body><h1 data-pagefind-meta="title">제목</h1><p>본문 26만 장</p></article></main>'))!;
    expect(out.startsWith('<!DOCTYPE html><html lang="ko" data-theme="light"><body><article class="prose" data-pagefind-body>')).toBe(true);
    expect(out).toContain('<p>본문 26만 장</p></article></main><footer>f</footer></body></html>');
    expect(out).not.toContain('<style>');
    expect(out).not.toContain('<header>');
  });

  it('passes a page without a head through whole', () => {
    const html = '<html lang="en"><body><div data-pagefind-body>text</div></body></html>';
    expect(indexableHtml(html)).toBe(html);
  });
});

describe('indexUrl', () => {
  it('is the site path at the domain root', () => {
    expect(indexUrl('/articles/deal-explained/', '/')).toBe('/articles/deal-explained/');
    expect(indexUrl('/en/articles/deal-explained/', '/')).toBe('/en/articles/deal-explained/');
  });

  it('drops the deploy base, with or without its trailing slash', () => {
    expect(indexUrl('/gpu-deal/en/articles/x/', '/gpu-deal/')).toBe('/en/articles/x/');
    expect(indexUrl('/gpu-deal/articles/x/', '/gpu-deal')).toBe('/articles/x/');
  });
});
