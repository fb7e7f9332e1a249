import { describe, expect, it } from 'vitest';
import { buildFigureIndex, deriveFigures, figureText, roundSignificant, type DataFigure } from '@/lib/figures';
import { validSite } from './fixtures';

const site = validSite();
const data = site.figures as DataFigure[];
const index = buildFigureIndex(data, site.recipients);

describe('derived figures', () => {
  it('rounds to significant digits', () => {
    expect(roundSignificant(3230769230769.23)).toBe(3230000000000);
    expect(roundSignificant(53846153.8)).toBe(53800000);
    expect(roundSignificant(0)).toBe(0);
  });

  it("splits the value pro rata by each recipient's GPUs, labelled as an estimate", () => {
    const naver = index.get('derived.value-share.naver')!;
    // 14e12 × 60,000 / 160,000 in the fixture
    expect(naver.value).toBe(5.25e12);
    expect(naver.estimate).toBe(true);
    expect(naver.derived).toBe(true);
    expect(naver.sources).toEqual(expect.arrayContaining(['s1']));
    expect(figureText(index, 'derived.value-share.naver', 'ko')).toBe('약 5조 2,500억 원(약 38억 달러)');
  });

  it('computes shares, per-GPU value, growth and sums', () => {
    expect(index.get('derived.allocation-share.naver')!.value).toBe(37.5);
    expect(index.get('derived.value-per-gpu')!.value).toBe(87500000);
    expect(index.get('derived.korea-gpu-multiple')!.value).toBe(4.6);
    expect(index.get('derived.government-batch-sum')!.value).toBe(13136);
    expect(index.get('derived.allocation-private')!.value).toBe(110000);
  });

  it('explains each derivation in both languages and names its inputs', () => {
    const derived = deriveFigures(new Map(data.map((f) => [f.id, f])), site.recipients);
    expect(derived.map((d) => d.id)).toEqual(expect.arrayContaining(['derived.value-share.naver', 'derived.value-per-gpu', 'derived.government-batch-sum']));
    for (const d of derived) {
      expect(d.method.ko).toMatch(/[가-힣]/);
      expect(d.method.en).toMatch(/[a-z]/);
      for (const input of d.inputs) expect(index.has(input), `${d.id} ← ${input}`).toBe(true);
    }
  });

  it('fails with the missing figure named', () => {
    const without = data.filter((f) => f.id !== 'value.usd');
    expect(() => buildFigureIndex(without, site.recipients)).toThrow(/'value\.usd' is missing/);
  });

  it('refuses to print an unknown figure', () => {
    expect(() => figureText(index, 'nope', 'ko')).toThrow(/Unknown figure 'nope'/);
  });
});
