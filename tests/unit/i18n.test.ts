import { describe, expect, it } from 'vitest';
import { CHART_TEXT, LANGS, UI, isLang, otherLang, pageLang } from '@/lib/site/i18n';

/**
 * Every text in a dictionary, by its dotted key ('allocationGpus.title'): a function is called with '3' for each
 * parameter (it serves as a name, a text or a number). A one-parameter function's own words must say something without
 * the '3' it was given (a label that only echoes its number says nothing); one that joins several values may be their
 * punctuation alone ('3: 3').
 */
function texts(dict: object, prefix = ''): [key: string, text: string, says: RegExp][] {
  return Object.entries(dict).flatMap(([key, value]): [string, string, RegExp][] => {
    const path = prefix + key;
    if (typeof value === 'function') {
      const text = (value as (...x: never[]) => string)(...(Array(value.length).fill('3') as never[]));
      return [[path, value.length === 1 ? text.replaceAll('3', '') : text, value.length === 1 ? WORDS : /\S/]];
    }
    if (typeof value === 'string') return [[path, value, /\S/]];
    return texts(value as object, `${path}.`);
  });
}

/** Something besides spaces and punctuation. */
const WORDS = /[^\s\p{P}]/u;

describe('interface text', () => {
  it.each([
    ['UI', UI],
    ['CHART_TEXT', CHART_TEXT],
  ] as const)('%s has the same keys in every language, none empty', (_, dicts) => {
    const keys = texts(dicts.ko)
      .map(([key]) => key)
      .sort();
    expect(keys.length).toBeGreaterThan(10);
    for (const lang of LANGS) {
      const own = texts(dicts[lang]);
      expect(own.map(([key]) => key).sort(), lang).toEqual(keys);
      for (const [key, text, says] of own) expect(text, `${lang}.${key}`).toMatch(says);
    }
  });

  it('reads the page language from Astro.currentLocale, and nothing else', () => {
    expect(pageLang('ko')).toBe('ko');
    expect(pageLang('en')).toBe('en');
    expect(() => pageLang(undefined)).toThrow(/currentLocale is undefined/);
    expect(() => pageLang('en-US')).toThrow(/not one of ko, en/);
  });

  it('knows its languages', () => {
    expect(isLang('ko')).toBe(true);
    expect(isLang('en')).toBe(true);
    expect(isLang('jp')).toBe(false);
    expect(otherLang('ko')).toBe('en');
    expect(otherLang('en')).toBe('ko');
  });

  it('counts and numbers pages the way each language does', () => {
    expect(UI.ko.seeAllArticles(1234)).toBe('전체 기사 보기 (1,234건)');
    expect(UI.en.seeAllArticles(1234)).toBe('All 1,234 articles');
    expect(UI.ko.listRange(21, 40, 45)).toBe('전체 45건 중 21~40번째');
    expect(UI.en.listRange(21, 40, 45)).toBe('Articles 21–40 of 45');
    expect(UI.ko.pageTitle('전체 기사', 2)).toBe('전체 기사 — 2쪽');
    expect(UI.en.pageTitle('All articles', 2)).toBe('All articles — page 2');
    expect(UI.en.listTotal(1)).toBe('1 article');
    expect(UI.ko.withPage('모든 기사를 최신순으로 모았습니다.', 4)).toBe('모든 기사를 최신순으로 모았습니다(4쪽).');
    expect(UI.en.withPage('Every article, newest first.', 4)).toBe('Every article, newest first (page 4).');
  });

  it('writes Korean interface text in Korean', () => {
    expect(UI.ko.navCompanies).toMatch(/[가-힣]/);
    expect(UI.en.navCompanies).not.toMatch(/[가-힣]/);
    for (const [key, text] of texts(CHART_TEXT.en)) expect(text, key).not.toMatch(/[가-힣]/);
  });

  it('marks a Korean name on an English page, and nothing else', async () => {
    const { nameLang } = await import('@/lib/site/i18n');
    expect(nameLang('한국일보(줌 뉴스 게재)', 'en')).toBe('ko');
    expect(nameLang('Reuters', 'en')).toBeUndefined();
    expect(nameLang('한국일보', 'ko')).toBeUndefined();
  });
});
