import { describe, expect, it } from 'vitest';
import { LANGS, UI, isLang, otherLang } from '@/lib/i18n';

describe('interface text', () => {
  it('has the same keys in every language, none empty', () => {
    const keys = Object.keys(UI.ko).sort();
    for (const lang of LANGS) {
      expect(Object.keys(UI[lang]).sort()).toEqual(keys);
      for (const key of keys) {
        const value = UI[lang][key as keyof (typeof UI)['ko']];
        // Functions get '3' for each parameter: it serves as a name, a text or a number (counts, page numbers).
        const text = typeof value === 'function' ? (value as (...x: never[]) => string)(...(Array(value.length).fill('3') as never[])) : value;
        // A function's own words, without the '3's it was given: a label that only echoes its argument says nothing.
        const own = typeof value === 'function' ? text.replaceAll('3', '') : text;
        expect(own, `${lang}.${key}`).toMatch(/[^\s\p{P}]/u);
      }
    }
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
  });
});
