// The written summary under every chart, the citation date, and the tracker's chart: built from the data, in both languages.
import { describe, expect, it } from 'vitest';
import { citeDate } from '@/lib/charts/cite';
import { barConfig, recolour, type ThemeColours } from '@/lib/charts/config';
import { CHART_IDS, chartSpec } from '@/lib/charts/spec';
import { changeApprox, writtenSummary, type SummaryItem } from '@/lib/charts/summary';
import { buildFigureIndex } from '@/lib/content/figures';
import { readContent } from '@/lib/content/read';

const { site } = readContent(process.cwd());
const ctx = { figures: buildFigureIndex(site.figures, site.recipients), recipients: site.recipients, deliveries: site.deliveries };
const item = (name: string, value: number, amount: string, approx: SummaryItem['approx'] = 'exact'): SummaryItem => ({
  name,
  value,
  amount,
  approx,
});

describe('writtenSummary', () => {
  it('names the largest and the smallest and gives the total', () => {
    const items = [item('A', 30, '30\u00a0GPUs'), item('B', 10, '10\u00a0GPUs'), item('C', 20, '20\u00a0GPUs')];
    expect(writtenSummary({ unit: 'gpu', items, total: '60\u00a0GPUs' }, 'en')).toBe(
      'Largest: A, 30\u00a0GPUs. Smallest: B, 10\u00a0GPUs. Total: 60\u00a0GPUs.',
    );
    expect(writtenSummary({ unit: 'gpu', items, total: '60장' }, 'ko')).toBe(
      '가장 큰 값: A 30\u00a0GPUs. 가장 작은 값: B 10\u00a0GPUs. 합계: 60장.',
    );
  });

  it('names every item of a tie, "around" the number when their qualifiers differ', () => {
    const tie = [
      item('A', 9, '9'),
      item('B', 5, 'up to 50,000\u00a0GPUs', 'up-to'),
      item('C', 5, 'more than 50,000\u00a0GPUs', 'more-than'),
    ];
    expect(writtenSummary({ unit: 'gpu', items: tie.map((i) => ({ ...i, value: i.value * 10000 })) }, 'en')).toContain(
      'Smallest: B, C, around 50,000\u00a0GPUs each.',
    );
    const same = [item('A', 9, '9'), item('B', 5, '5\u00a0GPUs'), item('C', 5, '5\u00a0GPUs')];
    expect(writtenSummary({ unit: 'gpu', items: same }, 'en')).toContain('Smallest: B, C, 5\u00a0GPUs each.');
  });

  it('gives the change, not a ranking, for values in time order', () => {
    const items = [item('Before', 100, '100\u00a0GPUs'), item('After', 250, '250\u00a0GPUs')];
    expect(writtenSummary({ unit: 'gpu', items, change: true }, 'en')).toBe(
      'From 100\u00a0GPUs (before) to 250\u00a0GPUs (after): up 150\u00a0GPUs, 2.5 times as many.',
    );
    const down = [item('전', 300, '300장'), item('후', 200, '200장', 'about')];
    expect(writtenSummary({ unit: 'gpu', items: down, change: true }, 'ko')).toBe('전 300장에서 후 200장으로 약 100장 줄어든다(0.7배).');
  });

  it('keeps a bound when an end is a bound, and drops the change when the ends bound nothing', () => {
    expect(changeApprox('about', 'more-than', true)).toEqual({ diff: 'more-than', ratio: 'more-than' });
    expect(changeApprox('exact', 'up-to', true)).toEqual({ diff: 'up-to', ratio: 'up-to' });
    expect(changeApprox('more-than', 'about', true)).toEqual({ diff: 'up-to', ratio: 'up-to' });
    // A fall to 'more than' a value is a fall of at most the difference.
    expect(changeApprox('exact', 'more-than', false)).toEqual({ diff: 'up-to', ratio: 'more-than' });
    expect(changeApprox('exact', 'exact', true)).toEqual({ diff: 'exact', ratio: 'exact' });
    expect(changeApprox('about', 'exact', true)).toEqual({ diff: 'about', ratio: 'exact' });
    expect(changeApprox('up-to', 'up-to', true)).toBeUndefined();
    const open = [item('Before', 100, 'up to 100\u00a0GPUs', 'up-to'), item('After', 250, 'up to 250\u00a0GPUs', 'up-to')];
    expect(writtenSummary({ unit: 'gpu', items: open, change: true }, 'en')).toBe(
      'From up to 100\u00a0GPUs (before) to up to 250\u00a0GPUs (after).',
    );
  });

  it('lists what has no reported value, never as zero', () => {
    const out = writtenSummary({ unit: 'gpu', items: [], total: 'x', missing: ['삼성', 'SK'] }, 'ko');
    expect(out).toBe('합계: x. 수량 보고 없음: 삼성·SK.');
    expect(out).not.toMatch(/0장/);
  });

  it('summarises the real charts from the data', () => {
    expect(chartSpec(ctx, 'allocation-gpus', 'ko').overview).toBe(
      '가장 큰 값: 네이버 약 6만\u00a0장. 가장 작은 값: 정부·삼성·SK·현대차 각 5만\u00a0장 안팎. 합계: 약 26만\u00a0장.',
    );
    expect(chartSpec(ctx, 'korea-gpu-base', 'en').overview).toBe(
      'From about 65,000\u00a0GPUs (before the deal) to more than 300,000\u00a0GPUs (after the deal): up more than 235,000\u00a0GPUs, more than 4.6 times as many.',
    );
    expect(chartSpec(ctx, 'korea-gpu-base', 'ko').overview).toBe(
      '공급 전 약 6만 5,000장에서 공급 후 30만\u00a0장 이상으로 23만 5,000장 이상 늘어난다(4.6배 이상).',
    );
    expect(chartSpec(ctx, 'government-first-batch', 'en').overview).toBe(
      'Largest: NHN Cloud (B200), 7,656\u00a0GPUs. Smallest: Kakao (B200), 2,424\u00a0GPUs. Total: 13,136\u00a0GPUs.',
    );
    // Numbers that count different things are not added up.
    expect(chartSpec(ctx, 'country-comparison', 'en').overview).not.toMatch(/Total/);
    for (const id of CHART_IDS) {
      for (const lang of ['ko', 'en'] as const) expect(chartSpec(ctx, id, lang).overview.length, `${id} ${lang}`).toBeGreaterThan(20);
    }
  });
});

describe('citeDate', () => {
  it('is the latest date known, a month sorting before its days', () => {
    expect(citeDate(['2025-10-31', undefined, '2026-06', '2025-12-02'])).toBe('2026-06');
    expect(citeDate(['2026-06', '2026-06-08'])).toBe('2026-06-08');
    expect(citeDate([undefined])).toBeUndefined();
  });
});

describe('the tracker chart (delivery-progress)', () => {
  it('sets the GPUs confirmed bought against those announced, leaving unreported ones empty, not zero', () => {
    const spec = chartSpec(ctx, 'delivery-progress', 'en');
    expect(spec.rows.map((r) => [r.key, r.value, r.target])).toEqual([
      ['government', 13000, 50000],
      ['samsung', 0, 50000],
      ['sk', 0, 50000],
      ['hyundai', 0, 50000],
      ['naver', 0, 60000],
    ]);
    expect(spec.rows.slice(1).map((r) => r.text)).toEqual(Array(4).fill('not reported'));
    expect(spec.table.head).toEqual(['Recipient', 'Announced', 'Purchase confirmed', 'Delivered', 'In service']);
    expect(spec.table.rows[0]).toEqual([
      'Government',
      'up to 50,000\u00a0GPUs',
      'about 13,000\u00a0GPUs',
      'count not reported',
      '4,224\u00a0GPUs',
    ]);
    expect(spec.table.rows[1]).toEqual(['Samsung', 'more than 50,000\u00a0GPUs', 'not reported', 'not reported', 'not reported']);
    // The CSV leaves a count that was not reported empty.
    expect(spec.csv.rows[1]).toEqual(['Samsung Electronics', 50000, 'more than', '', '', '']);
    expect(spec.caption).toBe(
      'Of the 260,000\u00a0GPUs announced, confirmed purchases come to about 13,000\u00a0GPUs (Government); for the other 4 recipients no purchase count has been reported.',
    );
    expect(spec.overview).toBe(
      'Total: about 13,000\u00a0GPUs confirmed of about 260,000\u00a0GPUs announced. No count reported: Samsung, SK, Hyundai, NAVER.',
    );
    // The arrival's own source (the ministry's report, with no count) is among the chart's sources.
    expect(spec.sources).toEqual(expect.arrayContaining(['s28', 's73', 's79']));
    const ko = chartSpec(ctx, 'delivery-progress', 'ko');
    expect(ko.caption).toBe(
      '발표된 약 26만\u00a0장 가운데 구매가 확인된 물량은 정부 약 1만 3,000장에 그친다. 나머지 4곳은 구매 수량이 보도되지 않았다.',
    );
    expect(ko.rows[1]!.text).toBe('보고 없음');
  });

  it('draws the announced amounts as outlines behind the filled bars, recoloured with the theme', () => {
    const theme: ThemeColours = {
      text: 'T',
      muted: 'M',
      grid: 'G',
      dim: 'D',
      series: { blue: 'b', teal: 't', amber: 'a', violet: 'v', rose: 'r', neutral: 'n' },
    };
    const spec = chartSpec(ctx, 'delivery-progress', 'ko');
    const config = barConfig(spec, theme);
    const [filled, outline] = config.data.datasets;
    expect(filled!.data).toEqual([13000, 0, 0, 0, 0]);
    expect(outline!.data).toEqual([50000, 50000, 50000, 50000, 60000]);
    expect(outline!.backgroundColor).toBe('transparent');
    expect(outline!.borderColor).toEqual(['b', 't', 'a', 'v', 'r']);
    expect([filled!.order, outline!.order]).toEqual([0, 1]);
    recolour(config, spec, { ...theme, series: { ...theme.series, blue: 'B2' } });
    expect((outline!.borderColor as string[])[0]).toBe('B2');
    // A chart without targets keeps one dataset.
    expect(barConfig(chartSpec(ctx, 'allocation-gpus', 'ko'), theme).data.datasets).toHaveLength(1);
  });

  it('packs the targets for the browser', async () => {
    const { packSpec, unpackSpec } = await import('@/components/charts/client-spec');
    const spec = chartSpec(ctx, 'delivery-progress', 'en');
    expect(unpackSpec(packSpec(spec)).rows.map((r) => r.target)).toEqual([50000, 50000, 50000, 50000, 60000]);
    expect(unpackSpec(packSpec(chartSpec(ctx, 'allocation-gpus', 'en'))).rows.every((r) => !('target' in r))).toBe(true);
  });
});
