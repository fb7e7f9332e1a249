// Chart specifications: everything a chart shows (bars, table, CSV, summary, sources) built from the data layer only;
// the words come from the chart dictionaries (src/lib/site/i18n/).
import type { AnyFigure } from '../content/figures';
import { figureText } from '../content/figures';
import { APPROX_WORDS, compactWon, formatAmount, formatPercent, localNumber, withApprox, type Approx, type Unit } from '../format/format';
import { chartText, type Lang } from '../site/i18n';
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

/** Bar labels drop the unit (the title names it) to fit phones: '약 6만', 'more than 50,000'. */
function barLabel(value: number, approx: Approx, lang: Lang): string {
  return withApprox(localNumber(value, lang), approx, lang);
}

/** A summary's list of bars: '네이버 약 6만 장, …' / 'NAVER: about 60,000 GPUs; …'. */
function bars(lang: Lang, items: [name: string, amount: string][]): string {
  const text = chartText(lang);
  return items.map(([name, amount]) => text.summaryItem(name, amount)).join(text.summarySeparator);
}

/** The 260,000 GPUs by recipient, largest first; `highlight` dims every other recipient. */
function allocationGpus(ctx: ChartContext, lang: Lang, highlight?: string): ChartSpec {
  const text = chartText(lang).allocationGpus;
  const figText = (id: string) => figureText(ctx.figures, id, lang);
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
  return {
    id: 'allocation-gpus',
    lang,
    title: text.title(figText(total.id)),
    caption: focus
      ? text.focusCaption(focus.r.name[lang], figText(focus.f.id), shareText(focus.f.value))
      : text.caption(top.r.name[lang], figText(top.f.id)),
    unit: 'gpu',
    orientation: 'horizontal',
    rows,
    table: {
      head: [...text.tableHead],
      rows: items.map(({ r, f }) => [r.name[lang], figText(f.id), shareText(f.value)]),
    },
    csv: {
      head: [...text.csvHead],
      rows: items.map(({ r, f }) => [r.name[lang], f.value, APPROX_WORDS[lang][f.approx], Math.round((f.value / total.value) * 1000) / 10]),
    },
    summary: text.summary(bars(lang, items.map(({ r, f }) => [r.shortName[lang], figText(f.id)])), figText(total.id)),
    sources: uniq([...total.sources, ...items.flatMap(({ f }) => f.sources)]),
    estimate: false,
  };
}

/** The estimated ₩14 trillion split pro rata by GPU count, in won and dollars: the site's own estimate. */
function allocationValue(ctx: ChartContext, lang: Lang, highlight?: string): ChartSpec {
  const text = chartText(lang).allocationValue;
  const krw = fig(ctx, 'value.krw');
  const items = ctx.recipients
    .map((r) => ({ r, won: fig(ctx, `derived.value-share.${r.id}`), usd: fig(ctx, `derived.value-share-usd.${r.id}`) }))
    .sort((a, b) => b.won.value - a.won.value || a.r.order - b.r.order);
  const rows: ChartRow[] = items.map(({ r, won }) => ({
    key: r.id,
    label: r.shortName[lang],
    value: won.value,
    text: compactWon(won.value, lang),
    colour: r.colour,
    muted: highlight !== undefined && highlight !== r.id,
  }));
  const top = items[0]!;
  const estimate = formatAmount(krw.value, 'krw', lang);
  return {
    id: 'allocation-value',
    lang,
    title: text.title(estimate, withApprox(estimate, krw.approx, lang)),
    caption: text.caption(top.r.shortName[lang], figureText(ctx.figures, top.won.id, lang)),
    note: text.note,
    unit: 'krw',
    orientation: 'horizontal',
    rows,
    table: {
      head: [...text.tableHead],
      rows: items.map(({ r, won, usd }) => [r.name[lang], formatAmount(won.value, 'krw', lang), formatAmount(usd.value, 'usd', lang)]),
    },
    csv: {
      head: [...text.csvHead],
      rows: items.map(({ r, won, usd }) => [r.name[lang], won.value, usd.value]),
    },
    summary: text.summary(bars(lang, items.map(({ r, won }) => [r.shortName[lang], formatAmount(won.value, 'krw', lang)]))),
    sources: uniq(items.flatMap(({ won }) => won.sources)),
    estimate: true,
  };
}

/** Korea's AI GPUs before and after the deal. */
function koreaGpuBase(ctx: ChartContext, lang: Lang): ChartSpec {
  const text = chartText(lang).koreaGpuBase;
  const figText = (id: string) => figureText(ctx.figures, id, lang);
  const before = fig(ctx, 'korea.gpus-before');
  const after = fig(ctx, 'korea.gpus-after');
  const multiple = fig(ctx, 'derived.korea-gpu-multiple');
  const labels = [text.before, text.after];
  const items = [before, after];
  return {
    id: 'korea-gpu-base',
    lang,
    title: text.title,
    caption: text.caption(figText(before.id), figText(after.id), figText(multiple.id)),
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
      head: [...text.tableHead],
      rows: items.map((f, i) => [labels[i]!, figText(f.id)]),
    },
    csv: {
      head: [...text.csvHead],
      rows: items.map((f, i) => [labels[i]!, f.value, APPROX_WORDS[lang][f.approx]]),
    },
    summary: text.summary(figText(before.id), figText(after.id)),
    sources: uniq([...before.sources, ...after.sources]),
    estimate: false,
  };
}

/** The government's first 13,000 GPUs by the cloud firm that brings them in. */
function governmentFirstBatch(ctx: ChartContext, lang: Lang): ChartSpec {
  const text = chartText(lang).governmentFirstBatch;
  const figText = (id: string) => figureText(ctx.figures, id, lang);
  const parts = [
    { id: 'government.batch-nhn', name: text.providers.nhn, colour: 'teal' as const },
    { id: 'government.batch-naver', name: text.providers.naver, colour: 'rose' as const },
    { id: 'government.batch-kakao', name: text.providers.kakao, colour: 'amber' as const },
  ].map((p) => ({ ...p, f: fig(ctx, p.id) }));
  const sum = fig(ctx, 'derived.government-batch-sum');
  const budget = fig(ctx, 'government.budget-2025');
  return {
    id: 'government-first-batch',
    lang,
    title: text.title,
    caption: text.caption(figText(budget.id), figText(sum.id)),
    unit: 'gpu',
    orientation: 'horizontal',
    rows: parts.map((p) => ({ key: p.id, label: p.name, value: p.f.value, text: barLabel(p.f.value, p.f.approx, lang), colour: p.colour, muted: false })),
    table: {
      head: [...text.tableHead],
      rows: parts.map((p) => [p.name, figText(p.id)]),
    },
    csv: {
      head: [...text.csvHead],
      rows: parts.map((p) => [p.name, p.f.value]),
    },
    summary: text.summary(bars(lang, parts.map((p) => [p.name, figText(p.id)]))),
    sources: uniq([...parts.flatMap((p) => p.f.sources), ...budget.sources]),
    estimate: false,
  };
}

/** Korea's ~260,000 beside the NVIDIA GPU numbers announced for other countries: pledges, plans and export approvals mixed. */
function countryComparison(ctx: ChartContext, lang: Lang): ChartSpec {
  const text = chartText(lang).countryComparison;
  const figText = (id: string) => figureText(ctx.figures, id, lang);
  const { countries, counts } = text;
  const items = [
    { key: 'korea', name: countries.korea, what: counts.korea, f: fig(ctx, 'allocation.total') },
    { key: 'saudi', name: countries.saudi, what: counts.saudi(figText('compare.saudi-humain-first')), f: fig(ctx, 'compare.saudi-humain') },
    { key: 'uk', name: countries.uk, what: counts.uk, f: fig(ctx, 'compare.uk') },
    { key: 'uae', name: countries.uae, what: counts.uae, f: fig(ctx, 'compare.uae-g42') },
    { key: 'germany', name: countries.germany, what: counts.germany, f: fig(ctx, 'compare.germany-dt') },
  ].sort((a, b) => b.f.value - a.f.value);
  const korea = items.find((i) => i.key === 'korea')!;
  const larger = items.filter((i) => i.f.value > korea.f.value);
  const koreaText = figText(korea.f.id);
  return {
    id: 'country-comparison',
    lang,
    title: text.title,
    caption: larger.length === 0 ? text.captionLargest(koreaText) : text.captionExceeded(koreaText, larger.map((i) => i.name).join(text.nameSeparator)),
    note: text.note,
    unit: 'gpu',
    orientation: 'horizontal',
    rows: items.map((i) => ({
      key: i.key,
      label: i.name,
      value: i.f.value,
      text: barLabel(i.f.value, i.f.approx, lang),
      colour: i.key === 'korea' ? ('blue' as const) : ('neutral' as const),
      muted: false,
    })),
    table: {
      head: [...text.tableHead],
      rows: items.map((i) => [i.name, figText(i.f.id), i.what]),
    },
    csv: {
      head: [...text.csvHead],
      rows: items.map((i) => [i.name, i.f.value, APPROX_WORDS[lang][i.f.approx], i.what]),
    },
    summary: text.summary(bars(lang, items.map((i) => [i.name, figText(i.f.id)]))),
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
