import { describe, expect, it } from 'vitest';
import { isPublished, neighbourIndex, plainText, readingMinutes, relatedIndex, tableOfContents } from '@/lib/content/articles';
import { shareLinks } from '@/lib/site/share';
import { jsonLdText, newsArticleJsonLd } from '@/lib/site/structured-data';

const a = (id: string, lang: string, published: string, recipients: string[], tags: string[]) => ({
  id,
  lang,
  data: { published: new Date(published), recipients, tags },
});

const all = [
  a('ko/lead', 'ko', '2026-11-24', ['samsung', 'sk', 'naver'], ['deal', 'money']),
  a('ko/samsung', 'ko', '2026-11-25', ['samsung'], ['hbm']),
  a('ko/sk', 'ko', '2026-11-23', ['sk'], ['deal']),
  a('ko/power', 'ko', '2026-11-26', [], ['power']),
  a('en/lead', 'en', '2026-11-24', ['samsung'], ['deal']),
];

describe('publication', () => {
  it('hides drafts and future-dated articles until their date', () => {
    const now = new Date('2026-11-27T12:00:00Z');
    expect(isPublished({ draft: false, published: new Date('2026-11-27') }, now)).toBe(true);
    expect(isPublished({ draft: true, published: new Date('2026-11-01') }, now)).toBe(false);
    expect(isPublished({ draft: false, published: new Date('2026-12-01') }, now)).toBe(false);
  });
});

describe('reading time', () => {
  it('counts Korean characters and English words, ignoring markup', () => {
    expect(plainText('## 제목\n\n<Fig id="x" /> 본문 [링크](/a/)')).toBe('제목 본문 링크');
    expect(readingMinutes('가'.repeat(1500), 'ko')).toBe(3);
    expect(readingMinutes('word '.repeat(690), 'en')).toBe(3);
    expect(readingMinutes('', 'en')).toBe(1);
  });
});

describe('related articles', () => {
  it('ranks shared recipients above shared tags, same language only, never itself', () => {
    const related = relatedIndex(all).get(all[0]!.id)!;
    // sk shares a recipient and a tag (3), samsung only a recipient (2)
    expect(related.map((r) => r.id)).toEqual(['ko/sk', 'ko/samsung']);
  });

  it('returns nothing when nothing is shared', () => {
    expect(relatedIndex(all).get(all[3]!.id)).toEqual([]);
  });
});

describe('previous and next', () => {
  it('are the older and newer neighbours in the same language', () => {
    const index = neighbourIndex(all);
    const { previous, next } = index.get('ko/lead')!;
    expect(previous?.id).toBe('ko/sk');
    expect(next?.id).toBe('ko/samsung');
    expect(index.get('ko/power')!.next).toBeUndefined();
    expect(index.get('en/lead')).toEqual({ previous: undefined, next: undefined });
  });
});

describe('table of contents', () => {
  const h = (depth: number, text: string) => ({ depth, slug: text, text });
  it('lists second-level sections of long articles only', () => {
    expect(tableOfContents([h(2, 'a'), h(3, 'a1'), h(2, 'b'), h(2, 'c')]).map((x) => x.text)).toEqual(['a', 'b', 'c']);
    expect(tableOfContents([h(2, 'a'), h(2, 'b')])).toEqual([]);
  });
});

describe('share links', () => {
  it('are plain links with the URL and title encoded, with Naver for Korean readers', () => {
    const ko = shareLinks('https://example.org/articles/x/', '제목 & 부제', 'ko');
    expect(ko.map((l) => l.id)).toEqual(['x', 'naver', 'facebook', 'linkedin', 'email']);
    expect(ko[0]!.href).toBe('https://twitter.com/intent/tweet?url=https%3A%2F%2Fexample.org%2Farticles%2Fx%2F');
    expect(ko.at(-1)!.href).toBe(
      'mailto:?subject=%EC%A0%9C%EB%AA%A9%20%26%20%EB%B6%80%EC%A0%9C&body=https%3A%2F%2Fexample.org%2Farticles%2Fx%2F',
    );
    expect(shareLinks('https://e.org/', 'T', 'en').map((l) => l.id)).toEqual(['x', 'facebook', 'linkedin', 'email']);
  });
});

describe('NewsArticle JSON-LD', () => {
  const input = {
    url: 'https://e.org/a/',
    headline: 'H',
    description: 'D',
    published: new Date('2026-11-24T00:00:00Z'),
    author: 'Desk',
    publisher: 'Site',
    publisherUrl: 'https://e.org/',
    logo: 'https://e.org/logo.png',
    image: 'https://e.org/og.png',
    inLanguage: 'ko-KR',
  };

  it('carries the fields news search needs, defaulting dateModified to datePublished', () => {
    const ld = newsArticleJsonLd(input);
    expect(ld).toMatchObject({
      '@type': 'NewsArticle',
      headline: 'H',
      datePublished: '2026-11-24T00:00:00.000Z',
      dateModified: '2026-11-24T00:00:00.000Z',
      inLanguage: 'ko-KR',
      image: ['https://e.org/og.png'],
      publisher: { '@type': 'Organization', name: 'Site' },
    });
    expect(newsArticleJsonLd({ ...input, updated: new Date('2026-11-27T00:00:00Z') }).dateModified).toBe('2026-11-27T00:00:00.000Z');
  });

  it('shortens long headlines and escapes < so the script element cannot be closed early', () => {
    expect((newsArticleJsonLd({ ...input, headline: 'x'.repeat(200) }).headline as string).length).toBe(110);
    expect(jsonLdText({ a: '</script>' })).toBe('{"a":"\\u003c/script>"}');
  });
});
