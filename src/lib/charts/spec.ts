// Chart specifications: everything a chart shows (bars, table, CSV, summary, sources) built from the data layer only.
import type { AnyFigure } from '../content/figures';
import { josa } from '../format/josa';
import { figureText } from '../content/figures';
import { compactNumber, englishNumber, formatAmount, formatPercent, koreanNumber, withApprox, type Approx, type Unit } from '../format/format';
import type { Lang } from '../site/i18n';
import type { COLOURS, Recipient, WithId } from '../content/schemas';

export type Colour = (typeof COLOURS)[number] | 'neutral';

export interface ChartRow {
  key: string;
  label: string;
  value: number;
  /** The bar's label as printed on the chart and in the table, e.g. '약 6만 장'. */
  text: string;
  colour: Colour;
  /** Dimmed when another row is highlighted. */
  muted: boolean;
}

export interface ChartSpec {
  id: ChartId;
  lang: Lang;
  title: string;
  /** The takeaway, in a sentence. */
  caption: string;
  /** Shown when the numbers are the site's own estimate. */
  note?: string | undefined;
  unit: Unit;
  orientation: 'horizontal' | 'vertical';
  rows: ChartRow[];
  /** Table header and rows, as displayed. */
  table: { head: string[]; rows: string[][] };
  /** The same numbers as plain data for the CSV download. */
  csv: { head: string[]; rows: (string | number)[][] };
  /** What a screen reader hears for the canvas. */
  summary: string;
  sources: string[];
  estimate: boolean;
}

export interface ChartContext {
  figures: Map<string, AnyFigure>;
  recipients: WithId<Recipient>[];
}

export const CHART_IDS = ['allocation-gpus', 'allocation-value', 'korea-gpu-base', 'government-first-batch', 'country-comparison'] as const;
export type ChartId = (typeof CHART_IDS)[number];

export function isChartId(value: string): value is ChartId {
  return (CHART_IDS as readonly string[]).includes(value);
}

function fig(ctx: ChartContext, id: string): AnyFigure {
  const f = ctx.figures.get(id);
  if (!f) throw new Error(`Chart data: the figure '${id}' is missing from content/data/figures.yaml.`);
  return f;
}

const uniq = (xs: string[]) => [...new Set(xs)];

const APPROX_WORDS: Record<Lang, Record<AnyFigure['approx'], string>> = {
  ko: { exact: '', about: '약', 'up-to': '최대', 'more-than': '이상' },
  en: { exact: '', about: 'about', 'up-to': 'up to', 'more-than': 'more than' },
};
const ko = (lang: Lang) => lang === 'ko';

/** Bar labels drop the unit (the title names it) to fit phones: '약 6만', 'more than 50,000'. */
function barLabel(value: number, approx: Approx, lang: Lang): string {
  return withApprox(ko(lang) ? koreanNumber(value) : englishNumber(value), approx, lang);
}

/** The 260,000 GPUs by recipient, largest first; `highlight` dims every other recipient. */
function allocationGpus(ctx: ChartContext, lang: Lang, highlight?: string): ChartSpec {
  const total = fig(ctx, 'allocation.total');
  const items = ctx.recipients
    .map((r) => ({ r, f: fig(ctx, r.allocation) }))
    .sort((a, b) => b.f.value - a.f.value || a.r.order - b.r.order);
  const rows: ChartRow[] = items.map(({ r, f }) => ({
    key: r.id,
    label: r.shortName[lang],
    value: f.value,
    text: barLabel(f.value, f.approx, lang),
    colour: r.colour,
    muted: highlight !== undefined && highlight !== r.id,
  }));
  const shareText = (v: number) => formatPercent(v / total.value, lang);
  const top = items[0]!;
  const focus = highlight ? items.find((i) => i.r.id === highlight) : undefined;
  const caption = focus
    ? ko(lang)
      ? `${focus.r.name.ko}의 몫은 ${josa(figureText(ctx.figures, focus.f.id, lang), '으로')} 전체의 ${shareText(focus.f.value)}다.`
      : `${focus.r.name.en} receives ${figureText(ctx.figures, focus.f.id, lang)}, ${shareText(focus.f.value)} of the total.`
    : ko(lang)
      ? `${josa(top.r.name.ko, '이')} ${josa(figureText(ctx.figures, top.f.id, lang), '으로')} 가장 많고, 나머지 네 곳은 비슷한 규모로 나눠 받는다.`
      : `${top.r.name.en} gets the largest share, ${figureText(ctx.figures, top.f.id, lang)}; the other four receive similar amounts.`;
  return {
    id: 'allocation-gpus',
    lang,
    title: ko(lang)
      ? `엔비디아 GPU ${figureText(ctx.figures, total.id, lang)}, 누가 얼마나 받나`
      : `Who gets NVIDIA's ${figureText(ctx.figures, total.id, lang).replace(/^about /, '')}`,
    caption,
    unit: 'gpu',
    orientation: 'horizontal',
    rows,
    table: {
      head: ko(lang) ? ['받는 곳', 'GPU', '전체 대비'] : ['Recipient', 'GPUs', 'Share of total'],
      rows: items.map(({ r, f }) => [r.name[lang], figureText(ctx.figures, f.id, lang), shareText(f.value)]),
    },
    csv: {
      head: ko(lang) ? ['받는 곳', 'GPU(장)', '표현', '전체 대비(%)'] : ['recipient', 'gpus', 'approximation', 'share_of_total_percent'],
      rows: items.map(({ r, f }) => [r.name[lang], f.value, APPROX_WORDS[lang][f.approx], Math.round((f.value / total.value) * 1000) / 10]),
    },
    summary: ko(lang)
      ? `막대그래프. ${items.map(({ r, f }) => `${r.shortName.ko} ${figureText(ctx.figures, f.id, lang)}`).join(', ')}. 합계 ${figureText(ctx.figures, total.id, lang)}.`
      : `Bar chart. ${items.map(({ r, f }) => `${r.shortName.en}: ${figureText(ctx.figures, f.id, lang)}`).join('; ')}. Total ${figureText(ctx.figures, total.id, lang)}.`,
    sources: uniq([...total.sources, ...items.flatMap(({ f }) => f.sources)]),
    estimate: false,
  };
}

/** The estimated ₩14 trillion split pro rata by GPU count, in won and dollars: the site's own estimate. */
function allocationValue(ctx: ChartContext, lang: Lang, highlight?: string): ChartSpec {
  const krw = fig(ctx, 'value.krw');
  const items = ctx.recipients
    .map((r) => ({ r, won: fig(ctx, `derived.value-share.${r.id}`), usd: fig(ctx, `derived.value-share-usd.${r.id}`) }))
    .sort((a, b) => b.won.value - a.won.value || a.r.order - b.r.order);
  const rows: ChartRow[] = items.map(({ r, won }) => ({
    key: r.id,
    label: r.shortName[lang],
    value: won.value,
    text: ko(lang) ? `${compactNumber(won.value, lang)} 원` : `₩${compactNumber(won.value, lang)}`,
    colour: r.colour,
    muted: highlight !== undefined && highlight !== r.id,
  }));
  const top = items[0]!;
  return {
    id: 'allocation-value',
    lang,
    title: ko(lang) ? `추정액 ${withApprox(formatAmount(krw.value, 'krw', lang), krw.approx, lang)}, GPU 수대로 나누면` : `The estimated ${formatAmount(krw.value, 'krw', lang)}, split by GPU count`,
    caption: ko(lang)
      ? `GPU 수에 비례해 나누면 ${top.r.shortName.ko} 몫이 ${josa(figureText(ctx.figures, top.won.id, lang), '으로')} 가장 크다.`
      : `Split in proportion to GPUs, ${top.r.shortName.en}'s share is the largest: ${figureText(ctx.figures, top.won.id, lang)}.`,
    note: ko(lang)
      ? '이 사이트의 추산: 언론이 추정한 총액을 GPU 배정 비율로 나눈 값으로, 공개된 계약 금액이 아니다.'
      : 'Our estimate: the media estimate of the total divided by each recipient’s share of the GPUs. No contract values were disclosed.',
    unit: 'krw',
    orientation: 'horizontal',
    rows,
    table: {
      head: ko(lang) ? ['받는 곳', '추정 금액(원)', '추정 금액(달러)'] : ['Recipient', 'Estimate (₩)', 'Estimate (US$)'],
      rows: items.map(({ r, won, usd }) => [r.name[lang], formatAmount(won.value, 'krw', lang), formatAmount(usd.value, 'usd', lang)]),
    },
    csv: {
      head: ko(lang) ? ['받는 곳', '추정 금액(원)', '추정 금액(달러)'] : ['recipient', 'estimate_krw', 'estimate_usd'],
      rows: items.map(({ r, won, usd }) => [r.name[lang], won.value, usd.value]),
    },
    summary: ko(lang)
      ? `막대그래프, 이 사이트의 추산. ${items.map(({ r, won }) => `${r.shortName.ko} ${formatAmount(won.value, 'krw', lang)}`).join(', ')}.`
      : `Bar chart of our estimate. ${items.map(({ r, won }) => `${r.shortName.en}: ${formatAmount(won.value, 'krw', lang)}`).join('; ')}.`,
    sources: uniq(items.flatMap(({ won }) => won.sources)),
    estimate: true,
  };
}

/** Korea's AI GPUs before and after the deal. */
function koreaGpuBase(ctx: ChartContext, lang: Lang): ChartSpec {
  const before = fig(ctx, 'korea.gpus-before');
  const after = fig(ctx, 'korea.gpus-after');
  const multiple = fig(ctx, 'derived.korea-gpu-multiple');
  const labels = ko(lang) ? ['공급 전', '공급 후'] : ['Before the deal', 'After the deal'];
  const items = [before, after];
  return {
    id: 'korea-gpu-base',
    lang,
    title: ko(lang) ? '국내 AI용 GPU, 공급 전과 후' : "Korea's AI GPUs, before and after the deal",
    caption: ko(lang)
      ? `${figureText(ctx.figures, before.id, lang)}에서 ${josa(figureText(ctx.figures, after.id, lang), '으로')}, ${josa(figureText(ctx.figures, multiple.id, lang), '이')} 된다.`
      : `From ${figureText(ctx.figures, before.id, lang)} to ${figureText(ctx.figures, after.id, lang)}: ${figureText(ctx.figures, multiple.id, lang)} as many.`,
    unit: 'gpu',
    orientation: 'vertical',
    rows: items.map((f, i) => ({
      key: f.id,
      label: labels[i]!,
      value: f.value,
      text: barLabel(f.value, f.approx, lang),
      colour: i === 0 ? 'neutral' : 'blue',
      muted: false,
    })),
    table: {
      head: ko(lang) ? ['시점', 'AI용 GPU'] : ['When', 'AI GPUs'],
      rows: items.map((f, i) => [labels[i]!, figureText(ctx.figures, f.id, lang)]),
    },
    csv: {
      head: ko(lang) ? ['시점', 'GPU(장)', '표현'] : ['when', 'gpus', 'approximation'],
      rows: items.map((f, i) => [labels[i]!, f.value, APPROX_WORDS[lang][f.approx]]),
    },
    summary: ko(lang)
      ? `막대그래프. 공급 전 ${figureText(ctx.figures, before.id, lang)}, 공급 후 ${figureText(ctx.figures, after.id, lang)}.`
      : `Bar chart. Before: ${figureText(ctx.figures, before.id, lang)}. After: ${figureText(ctx.figures, after.id, lang)}.`,
    sources: uniq([...before.sources, ...after.sources]),
    estimate: false,
  };
}

/** The government's first 13,000 GPUs by the cloud firm that brings them in. */
function governmentFirstBatch(ctx: ChartContext, lang: Lang): ChartSpec {
  const parts = [
    { id: 'government.batch-nhn', ko: 'NHN클라우드(B200)', en: 'NHN Cloud (B200)', colour: 'teal' as const },
    { id: 'government.batch-naver', ko: '네이버클라우드(H200)', en: 'Naver Cloud (H200)', colour: 'rose' as const },
    { id: 'government.batch-kakao', ko: '카카오(B200)', en: 'Kakao (B200)', colour: 'amber' as const },
  ].map((p) => ({ ...p, f: fig(ctx, p.id) }));
  const sum = fig(ctx, 'derived.government-batch-sum');
  const budget = fig(ctx, 'government.budget-2025');
  return {
    id: 'government-first-batch',
    lang,
    title: ko(lang) ? '정부 1차 도입 GPU, 어디를 거쳐 들어오나' : "The government's first GPUs, by cloud provider",
    caption: ko(lang)
      ? `${figureText(ctx.figures, budget.id, lang)} 추경으로 산 ${figureText(ctx.figures, sum.id, lang)} 가운데 절반 넘게 NHN클라우드를 거친다.`
      : `More than half of the ${figureText(ctx.figures, sum.id, lang)} bought with the ${figureText(ctx.figures, budget.id, lang)} supplementary budget come through NHN Cloud.`,
    unit: 'gpu',
    orientation: 'horizontal',
    rows: parts.map((p) => ({ key: p.id, label: p[lang], value: p.f.value, text: barLabel(p.f.value, p.f.approx, lang), colour: p.colour, muted: false })),
    table: {
      head: ko(lang) ? ['도입 창구(기종)', 'GPU'] : ['Provider (model)', 'GPUs'],
      rows: parts.map((p) => [p[lang], figureText(ctx.figures, p.id, lang)]),
    },
    csv: {
      head: ko(lang) ? ['도입 창구(기종)', 'GPU(장)'] : ['provider', 'gpus'],
      rows: parts.map((p) => [p[lang], p.f.value]),
    },
    summary: ko(lang)
      ? `막대그래프. ${parts.map((p) => `${p.ko} ${figureText(ctx.figures, p.id, lang)}`).join(', ')}.`
      : `Bar chart. ${parts.map((p) => `${p.en}: ${figureText(ctx.figures, p.id, lang)}`).join('; ')}.`,
    sources: uniq([...parts.flatMap((p) => p.f.sources), ...budget.sources]),
    estimate: false,
  };
}

/** Korea's ~260,000 beside the NVIDIA GPU numbers announced for other countries: pledges, plans and export approvals mixed. */
function countryComparison(ctx: ChartContext, lang: Lang): ChartSpec {
  const items = [
    { key: 'korea', ko: '한국', en: 'South Korea', what: { ko: '정부·기업 공급 계획, 2030년까지', en: 'supply to government and companies, through 2030' }, f: fig(ctx, 'allocation.total') },
    { key: 'saudi', ko: '사우디아라비아', en: 'Saudi Arabia', what: { ko: `휴메인이 밝힌 계획(보도), 1단계는 ${figureText(ctx.figures, 'compare.saudi-humain-first', 'ko')}`, en: `HUMAIN's stated plans (reported); a first phase of ${figureText(ctx.figures, 'compare.saudi-humain-first', 'en')}` }, f: fig(ctx, 'compare.saudi-humain') },
    { key: 'uk', ko: '영국', en: 'United Kingdom', what: { ko: '엔비디아 협력사 배치 목표, 2026년 말까지', en: "NVIDIA partners' deployment target, by end-2026" }, f: fig(ctx, 'compare.uk') },
    { key: 'uae', ko: 'UAE(G42)', en: 'UAE (G42)', what: { ko: '미국 정부의 수출 승인 상한(2025년 11월)', en: 'US export approval ceiling (November 2025)' }, f: fig(ctx, 'compare.uae-g42') },
    { key: 'germany', ko: '독일', en: 'Germany', what: { ko: '도이치텔레콤 뮌헨 AI 팩토리 한 곳', en: "Deutsche Telekom's Munich AI factory alone" }, f: fig(ctx, 'compare.germany-dt') },
  ].sort((a, b) => b.f.value - a.f.value);
  const korea = items.find((i) => i.key === 'korea')!;
  const larger = items.filter((i) => i.f.value > korea.f.value);
  const koreaText = figureText(ctx.figures, korea.f.id, lang);
  const caption = ko(lang)
    ? larger.length === 0
      ? `발표된 숫자로는 한국의 ${josa(koreaText, '이')} 가장 크다. 다만 나라마다 센 대상과 기간이 달라 단순 비교는 어렵다.`
      : `한국의 ${koreaText}보다 큰 숫자를 내건 곳은 ${larger.map((i) => i.ko).join('·')}뿐이다. 다만 나라마다 센 대상과 기간이 달라 단순 비교는 어렵다.`
    : larger.length === 0
      ? `At ${koreaText}, Korea's is the largest number announced, though each country's counts something different over a different period.`
      : `At ${koreaText}, Korea's number is exceeded only by ${larger.map((i) => i.en).join(' and ')}'s, though each country's counts something different over a different period.`;
  return {
    id: 'country-comparison',
    lang,
    title: ko(lang) ? '나라별로 발표된 엔비디아 GPU 물량' : 'NVIDIA GPU numbers announced by country',
    caption,
    note: ko(lang)
      ? '같은 잣대의 비교가 아니다. 공급 약속, 기업 계획, 수출 승인 상한이 섞여 있고 기간도 제각각이며, 실제 인도 물량은 공개되지 않은 경우가 많다.'
      : 'Not like-for-like: the numbers mix supply pledges, company plans and export-approval ceilings over different periods, and actual deliveries are mostly undisclosed.',
    unit: 'gpu',
    orientation: 'horizontal',
    rows: items.map((i) => ({
      key: i.key,
      label: i[lang],
      value: i.f.value,
      text: barLabel(i.f.value, i.f.approx, lang),
      colour: i.key === 'korea' ? ('blue' as const) : ('neutral' as const),
      muted: false,
    })),
    table: {
      head: ko(lang) ? ['나라', 'GPU', '무엇을 센 숫자인가'] : ['Country', 'GPUs', 'What the number counts'],
      rows: items.map((i) => [i[lang], figureText(ctx.figures, i.f.id, lang), i.what[lang]]),
    },
    csv: {
      head: ko(lang) ? ['나라', 'GPU(장)', '표현', '무엇을 센 숫자인가'] : ['country', 'gpus', 'approximation', 'what_it_counts'],
      rows: items.map((i) => [i[lang], i.f.value, APPROX_WORDS[lang][i.f.approx], i.what[lang]]),
    },
    summary: ko(lang)
      ? `막대그래프, 기준이 서로 다른 숫자. ${items.map((i) => `${i.ko} ${figureText(ctx.figures, i.f.id, lang)}`).join(', ')}.`
      : `Bar chart of numbers that are not like-for-like. ${items.map((i) => `${i.en}: ${figureText(ctx.figures, i.f.id, lang)}`).join('; ')}.`,
    sources: uniq(items.flatMap((i) => i.f.sources)),
    estimate: false,
  };
}

/** Build one chart's specification for a language, optionally highlighting one recipient. */
export function chartSpec(ctx: ChartContext, id: ChartId, lang: Lang, highlight?: string): ChartSpec {
  if (highlight !== undefined && !ctx.recipients.some((r) => r.id === highlight)) {
    throw new Error(`Chart '${id}': highlight='${highlight}' is not a recipient (${ctx.recipients.map((r) => r.id).join(', ')}).`);
  }
  switch (id) {
    case 'allocation-gpus': return allocationGpus(ctx, lang, highlight);
    case 'allocation-value': return allocationValue(ctx, lang, highlight);
    case 'korea-gpu-base': return koreaGpuBase(ctx, lang);
    case 'government-first-batch': return governmentFirstBatch(ctx, lang);
    case 'country-comparison': return countryComparison(ctx, lang);
  }
}

/** RFC 4180 CSV with a UTF-8 byte-order mark so spreadsheet programs read Hangul correctly. */
export function toCsv(spec: Pick<ChartSpec, 'csv'>): string {
  const cell = (v: string | number) => {
    const s = String(v);
    return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  };
  const lines = [spec.csv.head, ...spec.csv.rows].map((row) => row.map(cell).join(','));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
