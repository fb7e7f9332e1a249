import { describe, expect, it } from 'vitest';
import { compactNumber, formatAmount, formatDate, formatFigure, formatPercent, koreanNumber, NBSP, withApprox } from '@/lib/format/format';

describe('koreanNumber', () => {
  it.each([
    [0, '0'],
    [7656, '7,656'],
    [13000, '1만 3,000'],
    [50000, '5만'],
    [260000, '26만'],
    [2500000, '250만'],
    [10500000000, '105억'],
    [1460000000000, '1조 4,600억'],
    [4278300000000, '4조 2,783억'],
    [14000000000000, '14조'],
    [11.5, '11.5'],
  ])('%d → %s', (value, expected) => {
    expect(koreanNumber(value)).toBe(expected);
  });

  it('rejects non-numbers', () => {
    expect(() => koreanNumber(Number.NaN)).toThrow(/finite/);
  });
});

describe('formatAmount', () => {
  it('puts a space before the counter after 만/억/조 only, one that does not break', () => {
    expect(formatAmount(60000, 'gpu', 'ko')).toBe('6만\u00a0장');
    expect(formatAmount(60000, 'gpu', 'ko')).toBe(`6만${NBSP}장`);
    expect(formatAmount(1.46e12, 'krw', 'ko'), 'a break may fall between 조 and 억, not before the counter').toBe('1조 4,600억\u00a0원');
    expect(formatAmount(7656, 'gpu', 'ko')).toBe('7,656장');
    expect(formatAmount(14e12, 'krw', 'ko')).toBe('14조\u00a0원');
    expect(formatAmount(100, 'mw', 'ko')).toBe('100MW');
    expect(formatAmount(20, 'times', 'ko')).toBe('20배');
  });

  it('writes English amounts for international readers, each number bound to its unit by a no-break space', () => {
    expect(formatAmount(60000, 'gpu', 'en')).toBe('60,000\u00a0GPUs');
    expect(formatAmount(1, 'gpu', 'en')).toBe('1\u00a0GPU');
    expect(formatAmount(14e12, 'krw', 'en')).toBe('₩14\u00a0trillion');
    expect(formatAmount(1.46e12, 'krw', 'en')).toBe('₩1.46\u00a0trillion');
    expect(formatAmount(10e9, 'usd', 'en')).toBe('US$10\u00a0billion');
    expect(formatAmount(103, 'mw', 'en')).toBe('103\u00a0MW');
    expect(formatAmount(23.1, 'percent', 'en')).toBe('23.1%');
  });

  it('formats ranges', () => {
    expect(formatAmount(30000, 'usd', 'ko', 40000)).toBe('3만~4만\u00a0달러');
    expect(formatAmount(30000, 'usd', 'en', 40000)).toBe('US$30,000–40,000');
  });
});

describe('withApprox and formatFigure', () => {
  it('marks every kind of approximation in both languages', () => {
    expect(withApprox('6만\u00a0장', 'about', 'ko')).toBe('약 6만\u00a0장');
    expect(withApprox('5만\u00a0장', 'up-to', 'ko')).toBe('최대 5만\u00a0장');
    expect(withApprox('5만\u00a0장', 'more-than', 'ko')).toBe('5만\u00a0장 이상');
    expect(withApprox('5만\u00a0장', 'exact', 'ko')).toBe('5만\u00a0장');
    expect(withApprox('60,000\u00a0GPUs', 'about', 'en')).toBe('about 60,000\u00a0GPUs');
    expect(withApprox('50,000\u00a0GPUs', 'up-to', 'en')).toBe('up to 50,000\u00a0GPUs');
    expect(withApprox('50,000\u00a0GPUs', 'more-than', 'en')).toBe('more than 50,000\u00a0GPUs');
  });

  it('prints the deal value with its dollar equivalent as the issue specifies', () => {
    const krw = { value: 14e12, unit: 'krw', approx: 'about' } as const;
    const usd = { value: 10e9, unit: 'usd', approx: 'about' } as const;
    expect(formatFigure(krw, 'ko', usd)).toBe('약 14조\u00a0원(약 100억\u00a0달러)');
    expect(formatFigure(krw, 'en', usd)).toBe('about ₩14\u00a0trillion (≈ US$10\u00a0billion)');
  });
});

describe('compact numbers, percentages and dates', () => {
  it('abbreviates for chart axes', () => {
    expect(compactNumber(260000, 'ko')).toBe('26만');
    expect(compactNumber(260000, 'en')).toBe('260K');
    expect(compactNumber(14e12, 'ko')).toBe('14조');
    expect(compactNumber(14e12, 'en')).toBe('14T');
  });

  it('formats shares', () => {
    expect(formatPercent(60000 / 260000, 'en')).toBe('23.1%');
  });

  it('prints dates the way each newsroom does', () => {
    expect(formatDate('2025-10-31', 'ko')).toBe('2025년 10월 31일');
    expect(formatDate('2025-10-31', 'en')).toBe('31 October 2025');
    expect(formatDate('2025-11', 'ko')).toBe('2025년 11월');
    expect(formatDate(new Date('2026-01-15T00:00:00Z'), 'en')).toBe('15 January 2026');
  });
});
