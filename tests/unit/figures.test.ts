import { describe, expect, it } from 'vitest';
import { buildFigureIndex, deriveFigures, figureText, roundSignificant, type DataFigure, type DerivedFigure } from '@/lib/content/figures';
import { readContent } from '@/lib/content/read';
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
    expect(figureText(index, 'derived.value-share.naver', 'ko')).toBe('약 5조 2,500억\u00a0원(약 38억\u00a0달러)');
  });

  it('computes shares, per-GPU value, growth and sums', () => {
    expect(index.get('derived.allocation-share.naver')!.value).toBe(37.5);
    expect(index.get('derived.value-per-gpu')!.value).toBe(87500000);
    expect(index.get('derived.korea-gpu-multiple')!.value).toBe(4.6);
    expect(index.get('derived.government-batch-sum')!.value).toBe(13136);
    expect(index.get('derived.allocation-private')!.value).toBe(110000);
  });

  it('estimates the power of the GPUs from racks and PUE, as a range, with its cross-checks (fixture total 160,000)', () => {
    expect(index.get('derived.power-racks-260k')!.value).toBe(2200); // 160,000 / 72 = 2,222
    const itLoad = index.get('derived.power-it-mw-260k')!;
    expect([itLoad.value, itLoad.max]).toEqual([270, 310]); // 2,222 racks × 0.12–0.14\u00a0MW = 267–311\u00a0MW
    const facility = index.get('derived.power-facility-mw-260k') as DerivedFigure;
    expect([facility.value, facility.max]).toEqual([290, 480]); // 267 × 1.1 = 293; 311 × 1.54 = 479
    expect(facility.estimate).toBe(true);
    expect(facility.inputs).toEqual(['allocation.total', 'chip.nvl72-gpus', 'power.nvl72-rack-mw', 'power.pue']);
    expect(index.get('derived.power-ulsan-ratio-mw-260k')!.value).toBe(270); // 160,000 × 103 / 60,000 = 275
    expect(index.get('derived.power-claim-premise-mw')!.value).toBe(240); // 160,000 × 1.5 kW
    expect(index.get('derived.power-3gw-multiple')!.value).toBe(6.3); // 3,000 / 480 = 6.25
    expect(figureText(index, 'derived.power-facility-mw-260k', 'ko')).toBe('약 290~480MW');
    expect(figureText(index, 'derived.power-facility-mw-260k', 'en')).toBe('about 290–480\u00a0MW');
  });

  it('works out the chip-mix ratios', () => {
    expect(index.get('derived.gb200-rack-per-gpu-usd')!.value).toBe(42000); // US$3\u00a0million / 72 = 41,667
    expect(index.get('derived.government-batch-h200-share')!.value).toBe(23.3); // 3,056 / 13,136
    expect(index.get('derived.dc-grid-rejected-share')!.value).toBe(46.9); // 149 / 318
  });

  it("gives the site's own data the published order of magnitude: about 480–780\u00a0MW for 260,000\u00a0GPUs", () => {
    const { site: real } = readContent(process.cwd());
    const realIndex = buildFigureIndex(real.figures, real.recipients);
    const facility = realIndex.get('derived.power-facility-mw-260k')!;
    expect([facility.value, facility.max]).toEqual([480, 780]);
    expect(realIndex.get('derived.power-it-mw-260k')!.max).toBe(510);
    expect(realIndex.get('derived.power-ulsan-ratio-mw-260k')!.value).toBe(450);
    expect(realIndex.get('derived.power-3gw-multiple')!.value).toBe(3.8);
    expect(figureText(realIndex, 'derived.power-racks-260k', 'ko')).toBe('약 3,600');
  });

  it('explains each derivation in both languages and names its inputs', () => {
    const derived = deriveFigures(new Map(data.map((f) => [f.id, f])), site.recipients);
    expect(derived.map((d) => d.id)).toEqual(
      expect.arrayContaining(['derived.value-share.naver', 'derived.value-per-gpu', 'derived.government-batch-sum']),
    );
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
