// The choices the editing UI offers (`npm run edit`): figures with the value a page prints, sources, recipients, tags,
// charts and articles, read from the data files' own text, so a picker can only ever name something that exists.
import { chartSpec, CHART_IDS, type ChartContext } from '../charts/spec';
import { buildFigureIndex, figureText, type AnyFigure, type DataFigure } from '../content/figures';
import { DATA_SCHEMAS, type DataEntry, type DataKind } from '../content/schemas';
import { parseYaml } from '../content/yaml';

export interface Choice {
  value: string;
  label: string;
}

export interface PickLists {
  /** Every figure, the site's derived ones included: 'allocation.naver · 약 6만 장 · 네이버 배정분'. */
  figures: Choice[];
  sources: Choice[];
  recipients: Choice[];
  tags: Choice[];
  charts: Choice[];
  /** The formatted Korean and English text of each figure, for the editor's preview of a <Fig>. */
  figureText: Map<string, { ko: string; en: string }>;
  /** Each chart's Korean title and table rows, for the editor's preview of a <Chart>. */
  chartPreview: Map<string, { title: string; rows: string[][] }>;
}

/** The data files' text, as `content/data/<kind>.yaml` holds it. */
export type DataTexts = Record<'figures' | 'sources' | 'recipients' | 'tags' | 'deliveries', string>;

/** The entries of one data file that pass their schema; the others are left out (the editor check names them). */
export function validEntries<K extends DataKind>(kind: K, text: string): DataEntry<K>[] {
  const parsed = parseYaml(text);
  if ('error' in parsed || !Array.isArray(parsed.source.value)) return [];
  return parsed.source.value.flatMap((raw: unknown) => {
    const { id, ...data } = (raw ?? {}) as Record<string, unknown>;
    const result = DATA_SCHEMAS[kind].safeParse(data);
    return typeof id === 'string' && result.success ? [{ ...(result.data as object), id } as DataEntry<K>] : [];
  });
}

function figureIndex(figures: DataFigure[], recipients: DataEntry<'recipients'>[]): Map<string, AnyFigure> {
  try {
    return buildFigureIndex(figures, recipients);
  } catch {
    // A derived number lacks an input: offer the data figures alone (the check says which input is missing).
    return new Map(figures.map((f) => [f.id, f]));
  }
}

export function pickLists(texts: DataTexts): PickLists {
  const recipients = validEntries('recipients', texts.recipients).sort((a, b) => a.order - b.order);
  const figures = figureIndex(validEntries('figures', texts.figures), recipients);
  const text = new Map([...figures.keys()].map((id) => [id, { ko: figureText(figures, id, 'ko'), en: figureText(figures, id, 'en') }]));
  const ctx: ChartContext = { figures, recipients, deliveries: validEntries('deliveries', texts.deliveries) };
  const chartPreview = new Map<string, { title: string; rows: string[][] }>();
  for (const id of CHART_IDS) {
    try {
      const spec = chartSpec(ctx, id, 'ko');
      chartPreview.set(id, { title: spec.title, rows: spec.table.rows });
    } catch {
      chartPreview.set(id, { title: id, rows: [] });
    }
  }
  return {
    figures: [...figures.values()].map((f) => ({ value: f.id, label: `${f.id} · ${text.get(f.id)!.ko} · ${f.label.ko}` })),
    sources: validEntries('sources', texts.sources).map((s) => ({
      value: s.id,
      label: `${s.id} · ${s.publisher}${s.date ? `, ${s.date}` : ''} · ${s.title}`,
    })),
    recipients: recipients.map((r) => ({ value: r.id, label: `${r.shortName.ko} · ${r.shortName.en} (${r.id})` })),
    tags: validEntries('tags', texts.tags).map((t) => ({ value: t.id, label: `${t.name.ko} · ${t.name.en} (${t.id})` })),
    charts: CHART_IDS.map((id) => ({ value: id, label: `${chartPreview.get(id)!.title} (${id})` })),
    figureText: text,
    chartPreview,
  };
}
