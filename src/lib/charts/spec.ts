// Chart specifications: everything a chart shows (bars, table, CSV, summary, sources) built from the data layer only;
// the words come from the chart dictionaries (src/lib/site/i18n/).
import type { AnyFigure } from '../content/figures';
import type { Unit } from '../format/format';
import type { Lang } from '../site/i18n';
import type { COLOURS, Delivery, Recipient, WithId } from '../content/schemas';
import { allocationGpus, allocationValue } from './allocation-charts';
import { countryComparison, governmentFirstBatch, koreaGpuBase } from './context-charts';
import { deliveryProgress } from './delivery-chart';
import { valueAxis, type ValueAxis } from './axis';

export type Colour = (typeof COLOURS)[number] | 'neutral';

export interface ChartRow {
  key: string;
  label: string;
  value: number;
  /** The bar's label as printed on the chart and in the table, e.g. '약 6만 장'. */
  text: string;
  /** A shorter label for a canvas too narrow for `text` ('~60,000' for 'about 60,000'); absent when there is none. */
  short?: string | undefined;
  colour: Colour;
  /** Dimmed when another row is highlighted. */
  muted: boolean;
  /** What the bar is measured against, drawn as an outline behind it (the announced amount behind the confirmed one). */
  target?: number | undefined;
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
  /** What a screen reader hears for the canvas: every bar. */
  summary: string;
  /** The written summary shown under the title (largest, smallest, total, change): src/lib/charts/summary.ts. */
  overview: string;
  sources: string[];
  estimate: boolean;
  /** The value axis's ticks and labels, formatted at build time (axis.ts). */
  axis: ValueAxis;
}

/** What each chart builder returns: everything but the axis, which chartSpec() derives from the bars. */
export type ChartBody = Omit<ChartSpec, 'axis'>;

export interface ChartContext {
  figures: Map<string, AnyFigure>;
  recipients: WithId<Recipient>[];
  /** The delivery record (content/data/deliveries.yaml), for the tracker's chart. */
  deliveries: WithId<Delivery>[];
}

export const CHART_IDS = [
  'allocation-gpus',
  'allocation-value',
  'korea-gpu-base',
  'government-first-batch',
  'country-comparison',
  'delivery-progress',
] as const;
export type ChartId = (typeof CHART_IDS)[number];

export function isChartId(value: string): value is ChartId {
  return (CHART_IDS as readonly string[]).includes(value);
}

/** Build one chart's specification for a language, optionally highlighting one recipient. */
export function chartSpec(ctx: ChartContext, id: ChartId, lang: Lang, highlight?: string): ChartSpec {
  const body = chartBody(ctx, id, lang, highlight);
  return {
    ...body,
    axis: valueAxis(
      body.rows.flatMap((r) => [r.value, r.target ?? 0]),
      lang,
    ),
  };
}

function chartBody(ctx: ChartContext, id: ChartId, lang: Lang, highlight?: string): ChartBody {
  if (highlight !== undefined && !ctx.recipients.some((r) => r.id === highlight)) {
    throw new Error(`Chart '${id}': highlight='${highlight}' is not a recipient (${ctx.recipients.map((r) => r.id).join(', ')}).`);
  }
  switch (id) {
    case 'allocation-gpus':
      return allocationGpus(ctx, lang, highlight);
    case 'allocation-value':
      return allocationValue(ctx, lang, highlight);
    case 'korea-gpu-base':
      return koreaGpuBase(ctx, lang);
    case 'government-first-batch':
      return governmentFirstBatch(ctx, lang);
    case 'country-comparison':
      return countryComparison(ctx, lang);
    case 'delivery-progress':
      return deliveryProgress(ctx, lang);
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
