import { describe, expect, it } from 'vitest';
import { barConfig, chartHeight, recolour, type ThemeColours } from '@/lib/charts/config';
import { CHART_IDS, chartSpec, isChartId, toCsv } from '@/lib/charts/spec';
import { analyseMdx, usesOf } from '@/lib/content/mdx-analysis';
import { buildFigureIndex } from '@/lib/content/figures';
import { readContent } from '@/lib/content/read';

const { site } = readContent(process.cwd());
const ctx = { figures: buildFigureIndex(site.figures, site.recipients), recipients: site.recipients, deliveries: site.deliveries };

const theme: ThemeColours = {
  text: 'rgb(1, 1, 1)',
  muted: 'rgb(2, 2, 2)',
  grid: 'rgb(3, 3, 3)',
  dim: 'rgb(4, 4, 4)',
  series: { blue: 'b', teal: 't', amber: 'a', violet: 'v', rose: 'r', neutral: 'n' },
};

describe('chart specs from the data layer', () => {
  it('sorts the allocation largest first, with each share of the total', () => {
    const spec = chartSpec(ctx, 'allocation-gpus', 'en');
    expect(spec.rows.map((r) => r.key)).toEqual(['naver', 'government', 'samsung', 'sk', 'hyundai']);
    expect(spec.rows.map((r) => r.value)).toEqual([60000, 50000, 50000, 50000, 50000]);
    expect(spec.rows[0]!.text).toBe('about 60,000');
    expect(spec.table.rows[0]).toEqual(['NAVER Cloud', 'about 60,000\u00a0GPUs', '23.1%']);
    expect(spec.rows.reduce((sum, r) => sum + r.value, 0)).toBe(ctx.figures.get('allocation.total')!.value);
    expect(spec.estimate).toBe(false);
  });

  it('formats Korean labels the way Korean readers read numbers', () => {
    const spec = chartSpec(ctx, 'allocation-gpus', 'ko');
    expect(spec.rows.map((r) => r.text)).toEqual(['약 6만', '최대 5만', '5만 이상', '5만 이상', '5만']);
    expect(spec.title).toBe('엔비디아 GPU 약 26만\u00a0장, 누가 얼마나 받나');
    expect(spec.table.head).toEqual(['받는 곳', 'GPU', '전체 대비']);
  });

  it('highlights one recipient and dims the rest', () => {
    const spec = chartSpec(ctx, 'allocation-gpus', 'ko', 'sk');
    expect(spec.rows.filter((r) => !r.muted).map((r) => r.key)).toEqual(['sk']);
    expect(spec.caption).toBe('SK그룹의 몫은 5만\u00a0장 이상으로 전체의 19.2%다.');
    expect(() => chartSpec(ctx, 'allocation-gpus', 'ko', 'lg')).toThrow(/highlight='lg' is not a recipient/);
  });

  it('labels the value split as the site’s own estimate, in won and dollars', () => {
    const spec = chartSpec(ctx, 'allocation-value', 'en');
    expect(spec.estimate).toBe(true);
    expect(spec.note).toMatch(/Our estimate/);
    expect(spec.table.head).toEqual(['Recipient', 'Estimate (₩)', 'Estimate (US$)']);
    expect(spec.table.rows[0]).toEqual(['NAVER Cloud', '₩3.23\u00a0trillion', 'US$2.3\u00a0billion']);
    const krw = spec.csv.rows.reduce((sum, row) => sum + Number(row[1]), 0);
    expect(krw / 14e12).toBeGreaterThan(0.99);
    expect(krw / 14e12).toBeLessThan(1.01);
  });

  it('builds the context charts', () => {
    const base = chartSpec(ctx, 'korea-gpu-base', 'ko');
    expect(base.rows.map((r) => r.value)).toEqual([65000, 300000]);
    // The base after the deal is a floor ('more than 300,000'), so the multiple is one too.
    expect(base.caption).toBe('약 6만 5,000장에서 30만\u00a0장 이상으로, 4.6배 이상이 된다.');
    expect(chartSpec(ctx, 'korea-gpu-base', 'en').caption).toContain('more than 4.6× as many');
    const batch = chartSpec(ctx, 'government-first-batch', 'en');
    expect(batch.rows.map((r) => r.value)).toEqual([7656, 3056, 2424]);
  });

  it("sets Korea's total beside other countries' announced numbers, saying they are not like-for-like", () => {
    const spec = chartSpec(ctx, 'country-comparison', 'en');
    expect(spec.rows.map((r) => r.key)).toEqual(['saudi', 'korea', 'uk', 'uae', 'germany']);
    expect(spec.rows.map((r) => r.value)).toEqual([600000, 260000, 120000, 35000, 10000]);
    expect(spec.rows.filter((r) => r.colour !== 'neutral').map((r) => r.key)).toEqual(['korea']);
    expect(spec.note).toMatch(/Not like-for-like/);
    expect(spec.estimate).toBe(false);
    expect(spec.table.head).toEqual(['Country', 'GPUs', 'What the number counts']);
    expect(spec.table.rows[4]).toEqual(['Germany', 'up to 10,000\u00a0GPUs', "Deutsche Telekom's Munich AI factory alone"]);
    expect(spec.caption).toBe(
      "At about 260,000\u00a0GPUs, Korea's number is exceeded only by Saudi Arabia's, though each country's counts something different over a different period.",
    );
    expect(spec.sources).toEqual(expect.arrayContaining(['s128', 's130', 's125']));
    const ko = chartSpec(ctx, 'country-comparison', 'ko');
    expect(ko.rows.map((r) => r.text)).toEqual(['약 60만', '약 26만', '12만', '최대 3만 5,000', '최대 1만']);
    expect(ko.caption).toBe(
      '한국의 약 26만\u00a0장보다 큰 숫자를 내건 곳은 사우디아라비아뿐이다. 다만 나라마다 센 대상과 기간이 달라 단순 비교는 어렵다.',
    );
    expect(ko.table.rows[0]![2]).toBe('휴메인이 밝힌 계획(보도), 1단계는 1만 8,000장');
    const csv = toCsv(spec).replace('\uFEFF', '').trim().split('\r\n');
    expect(csv[0]).toBe('country,gpus,approximation,what_it_counts');
    expect(csv[2]).toBe('South Korea,260000,about,"supply to government and companies, through 2030"');
  });

  it('writes a screen-reader summary with every number', () => {
    for (const id of CHART_IDS) {
      for (const lang of ['ko', 'en'] as const) {
        const spec = chartSpec(ctx, id, lang);
        expect(spec.summary.length).toBeGreaterThan(20);
        expect(spec.sources.length).toBeGreaterThan(0);
        expect(spec.csv.rows).toHaveLength(spec.rows.length);
        expect(spec.table.rows).toHaveLength(spec.rows.length);
      }
    }
    expect(isChartId('allocation-gpus')).toBe(true);
    expect(isChartId('pie')).toBe(false);
  });
});

describe('CSV', () => {
  it('is RFC 4180 with a BOM, quoting where needed', () => {
    const csv = toCsv({
      csv: {
        head: ['a', 'b'],
        rows: [
          ['x, y', 1],
          ['say "hi"', 2],
        ],
      },
    });
    expect(csv).toBe('\uFEFFa,b\r\n"x, y",1\r\n"say ""hi""",2\r\n');
  });

  it('holds exactly the chart’s numbers', () => {
    const spec = chartSpec(ctx, 'allocation-gpus', 'en');
    const lines = toCsv(spec).replace('\uFEFF', '').trim().split('\r\n');
    expect(lines[0]).toBe('recipient,gpus,approximation,share_of_total_percent');
    expect(lines[1]).toBe('NAVER Cloud,60000,about,23.1');
    expect(lines).toHaveLength(6);
  });
});

describe('Chart.js configuration', () => {
  const spec = chartSpec(ctx, 'allocation-gpus', 'ko', 'naver');

  it('is a tree-shakable bar chart with language-aware axes and no interaction plugins', () => {
    const config = barConfig(spec, theme);
    expect(config.type).toBe('bar');
    expect(config.options?.indexAxis).toBe('y');
    expect(config.options?.plugins?.legend?.display).toBe(false);
    expect(config.options?.plugins?.tooltip?.enabled).toBe(false);
    // The value axis comes from the build (axis.ts): 0 to 60,000 in steps of 20,000, labels formatted there.
    type ValueScale = { min: number; max: number; ticks: { stepSize: number; callback: (v: number) => string } };
    const x = config.options?.scales?.x as ValueScale;
    expect([x.min, x.max, x.ticks.stepSize]).toEqual([0, 60000, 20000]);
    expect([0, 20000, 40000, 60000].map((v) => x.ticks.callback(v))).toEqual(['0', '2만', '4만', '6만']);
    const en = barConfig(chartSpec(ctx, 'allocation-gpus', 'en'), theme);
    expect((en.options?.scales?.x as ValueScale).ticks.callback(40000)).toBe('40K');
  });

  it('colours highlighted bars by recipient and dims the others', () => {
    const config = barConfig(spec, theme);
    expect(config.data.datasets[0]!.backgroundColor).toEqual(['r', 'rgb(4, 4, 4)', 'rgb(4, 4, 4)', 'rgb(4, 4, 4)', 'rgb(4, 4, 4)']);
  });

  it('keeps the value axis labels level (Chart.js tilted them down to two slanted ticks at 320 px) in both orientations', () => {
    for (const id of ['allocation-gpus', 'korea-gpu-base'] as const) {
      const config = barConfig(chartSpec(ctx, id, 'en'), theme);
      const valueAxis = config.options?.indexAxis === 'y' ? 'x' : 'y';
      expect((config.options?.scales?.[valueAxis] as { ticks: { maxRotation: number } }).ticks.maxRotation, id).toBe(0);
    }
  });

  it('draws once, without an entry animation (each frame of one would re-draw the labels)', () => {
    expect(barConfig(spec, theme).options?.animation).toBe(false);
  });

  it('recolours in place when the theme changes', () => {
    const config = barConfig(spec, theme);
    recolour(config, spec, { ...theme, series: { ...theme.series, rose: 'R2' }, grid: 'G2', text: 'T2' });
    expect((config.data.datasets[0]!.backgroundColor as string[])[0]).toBe('R2');
    const scales = config.options!.scales as Record<string, { grid?: { color?: string }; ticks?: { color?: string } }>;
    expect(scales.x!.grid!.color).toBe('G2');
    expect(scales.y!.ticks!.color).toBe('T2');
  });

  it('reserves height, and the label room fit-labels.ts measured at each layout, so nothing shifts or clips', () => {
    expect(chartHeight(spec)).toBe(260);
    expect(chartHeight(chartSpec(ctx, 'korea-gpu-base', 'ko'))).toBe(300);
    let room = 60;
    const padding = barConfig(spec, theme, { valueRoom: () => room }).options!.layout!.padding as () => { right: number };
    expect(padding()).toEqual({ right: 60 });
    room = 84; // the chart was resized and its labels fitted again
    expect(padding()).toEqual({ right: 84 });
  });
});

describe('the editors’ component table', () => {
  it('offers exactly the charts that exist', async () => {
    const { MDX_COMPONENTS } = await import('@/lib/content/mdx-components');
    expect(MDX_COMPONENTS.Chart.props.id.kind.values).toEqual([...CHART_IDS]);
  });
});

describe('tree-shaking', () => {
  it('no source file imports chart.js/auto', async () => {
    const { readdirSync, readFileSync } = await import('node:fs');
    const files = readdirSync('src', { recursive: true, withFileTypes: true }).filter((d) => d.isFile() && /\.(ts|astro)$/.test(d.name));
    const sources = new Map(files.map((f) => [f.name, readFileSync(`${f.parentPath}/${f.name}`, 'utf8')]));
    // The search reads the sources: the drawing code is among them, importing only what it registers from chart.js.
    expect(sources.get('draw-chart.ts')).toMatch(/import \{[^}]*\bBarController\b[^}]*\} from 'chart\.js'/);
    for (const [name, text] of sources) expect(text, name).not.toMatch(/chart\.js\/auto/);
  });
});

describe('the charts an article places (usesOf)', () => {
  it('finds each once, in order; an unknown id is listed for the check to report, and pages skip it', () => {
    const body =
      '<AllocationChart metric="gpus" />\n<AllocationChart metric="value" highlight="sk" />\n<Chart id="korea-gpu-base" />\n<Chart id="pie" /><AllocationChart metric="gpus" />';
    const charts = usesOf(analyseMdx(body)).charts;
    expect(charts).toEqual(['allocation-gpus', 'allocation-value', 'korea-gpu-base', 'pie']);
    expect(charts.filter(isChartId)).toEqual(['allocation-gpus', 'allocation-value', 'korea-gpu-base']);
  });
});

describe('the packed drawing spec', () => {
  it('round-trips what drawing needs', async () => {
    const { packSpec, unpackSpec } = await import('@/components/charts/client-spec');
    const spec = chartSpec(ctx, 'allocation-gpus', 'ko', 'naver');
    const back = unpackSpec(packSpec(spec));
    expect(back.lang).toBe('ko');
    expect(back.orientation).toBe('horizontal');
    expect(back.rows).toEqual(spec.rows.map(({ label, value, text, colour, muted }) => ({ label, value, text, colour, muted })));
    expect(back.axis).toEqual(spec.axis);
    expect(packSpec(spec).length).toBeLessThan(JSON.stringify(spec.rows).length / 2);
  });

  it('carries the short value labels a narrow canvas draws, and targets beside them', async () => {
    const { packSpec, unpackSpec } = await import('@/components/charts/client-spec');
    const en = chartSpec(ctx, 'allocation-gpus', 'en');
    expect(unpackSpec(packSpec(en)).rows.map((r) => [r.text, r.short])).toEqual([
      ['about 60,000', '~60,000'],
      ['up to 50,000', '≤50,000'],
      ['more than 50,000', '50,000+'],
      ['more than 50,000', '50,000+'],
      ['50,000', undefined],
    ]);
    const tracker = unpackSpec(packSpec(chartSpec(ctx, 'delivery-progress', 'en'))).rows;
    expect(tracker.map((r) => [r.text, r.short, r.target])).toEqual([
      ['about 13,000', '~13,000', 50000],
      ['not reported', undefined, 50000],
      ['not reported', undefined, 50000],
      ['not reported', undefined, 50000],
      ['not reported', undefined, 60000],
    ]);
  });
});
