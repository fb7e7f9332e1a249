import { describe, expect, it } from 'vitest';
import { LANGS, UI, isLang, otherLang } from '@/lib/i18n';

describe('interface text', () => {
  it('has the same keys in every language, none empty', () => {
    const keys = Object.keys(UI.ko).sort();
    for (const lang of LANGS) {
      expect(Object.keys(UI[lang]).sort()).toEqual(keys);
      for (const key of keys) {
        const value = UI[lang][key as keyof (typeof UI)['ko']];
        const text = typeof value === "function" ? (value as (x: never) => string)(3 as never) : value;
        expect(text, `${lang}.${key}`).toMatch(/\S/);
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

  it('writes Korean interface text in Korean', () => {
    expect(UI.ko.navCompanies).toMatch(/[가-힣]/);
    expect(UI.en.navCompanies).not.toMatch(/[가-힣]/);
  });
});
