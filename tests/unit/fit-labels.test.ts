// How chart labels fit a narrow canvas (src/lib/charts/fit-labels.ts) and the short value labels they fall back to.
import { describe, expect, it } from 'vitest';
import { AXIS_GAP, fitHorizontal, fitVertical, MIN_PLOT_SHARE, twoLines, VALUE_GAP } from '@/lib/charts/fit-labels';
import { barTexts } from '@/lib/charts/parts';

/** 7 px a character: close enough to 13 px bold Latin for the arithmetic to read. */
const measure = (text: string) => text.length * 7;

const rows = [
  { label: 'Saudi Arabia', text: 'about 600,000', short: '~600,000' },
  { label: 'United Kingdom', text: '120,000' },
  { label: 'UAE (G42)', text: 'up to 35,000', short: '≤35,000' },
];

describe('barTexts', () => {
  it('gives English approximations a short form with signs, and Korean none (its words are short already)', () => {
    expect(barTexts(60000, 'about', 'en')).toEqual({ text: 'about 60,000', short: '~60,000' });
    expect(barTexts(50000, 'up-to', 'en')).toEqual({ text: 'up to 50,000', short: '≤50,000' });
    expect(barTexts(50000, 'more-than', 'en')).toEqual({ text: 'more than 50,000', short: '50,000+' });
    expect(barTexts(7656, 'exact', 'en')).toEqual({ text: '7,656' });
    expect(barTexts(60000, 'about', 'ko')).toEqual({ text: '약 6만' });
    expect(barTexts(50000, 'more-than', 'ko')).toEqual({ text: '5만 이상' });
  });
});

describe('twoLines', () => {
  it('breaks a name where its longer line is shortest: at a space, or before a bracket', () => {
    expect(twoLines('United Kingdom', measure)).toEqual(['United', 'Kingdom']);
    expect(twoLines('Naver Cloud (H200)', measure)).toEqual(['Naver Cloud', '(H200)']);
    expect(twoLines('NHN클라우드(B200)', measure)).toEqual(['NHN클라우드', '(B200)']);
  });

  it('leaves a name with no place to break, or too short to gain, on one line', () => {
    expect(twoLines('Government', measure)).toBe('Government');
    expect(twoLines('사우디아라비아', measure)).toBe('사우디아라비아');
    expect(twoLines('SK', measure)).toBe('SK');
  });
});

describe('fitHorizontal', () => {
  it('keeps the full labels where the bars keep their share of the width, the axis as wide as the longest name', () => {
    const fit = fitHorizontal(600, rows, measure);
    expect(fit.values).toEqual(['about 600,000', '120,000', 'up to 35,000']);
    expect(fit.categories).toEqual(['Saudi Arabia', 'United Kingdom', 'UAE (G42)']);
    expect(fit.axisWidth).toBe(14 * 7 + AXIS_GAP);
    expect(fit.valueRoom).toBe(13 * 7 + VALUE_GAP);
  });

  it('uses the short values first when the bars would get less than their share', () => {
    // 300 px: full labels leave 300 - 112 - 101 = 87 px, under 40% (120); short values leave 300 - 112 - 66 = 122.
    const fit = fitHorizontal(300, rows, measure);
    expect(fit.values).toEqual(['~600,000', '120,000', '≤35,000']);
    expect(fit.categories).toEqual(['Saudi Arabia', 'United Kingdom', 'UAE (G42)']);
    expect(300 - fit.axisWidth - fit.valueRoom).toBeGreaterThanOrEqual(300 * MIN_PLOT_SHARE);
  });

  it('then puts the names on two lines, and never makes the axis narrower than its longest line', () => {
    const fit = fitHorizontal(250, rows, measure);
    expect(fit.values).toEqual(['~600,000', '120,000', '≤35,000']);
    expect(fit.categories).toEqual([
      ['Saudi', 'Arabia'],
      ['United', 'Kingdom'],
      ['UAE', '(G42)'],
    ]);
    expect(fit.axisWidth).toBe(7 * 7 + AXIS_GAP);
    // Even narrower, nothing is cut: the bars get what is left.
    const tiny = fitHorizontal(120, rows, measure);
    expect(tiny.axisWidth).toBe(7 * 7 + AXIS_GAP);
    expect(tiny.valueRoom).toBe(8 * 7 + VALUE_GAP);
  });
});

describe('fitVertical', () => {
  it("uses the short values when a full one is wider than its bar's share of the width", () => {
    const two = [
      { label: 'Before', text: 'about 65,000', short: '~65,000' },
      { label: 'After', text: 'more than 300,000', short: '300,000+' },
    ];
    expect(fitVertical(400, two, measure)).toEqual(['about 65,000', 'more than 300,000']);
    expect(fitVertical(200, two, measure)).toEqual(['~65,000', '300,000+']);
  });
});
