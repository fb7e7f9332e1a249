// The context charts: Korea's GPU base before and after, the government's first batch, and other countries' deals.
import { figureText } from '../content/figures';
import { APPROX_WORDS } from '../format/format';
import { chartText, type Lang } from '../site/i18n';
import { barTexts, bars, fig, summaryItem, uniq } from './parts';
import { writtenSummary } from './summary';
import type { ChartContext, ChartBody } from './spec';

/** Korea's AI GPUs before and after the deal. */
export function koreaGpuBase(ctx: ChartContext, lang: Lang): ChartBody {
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
      ...barTexts(f.value, f.approx, lang),
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
    overview: writtenSummary({ unit: 'gpu', items: items.map((f, i) => summaryItem(ctx, labels[i]!, f, lang)), change: true }, lang),
    sources: uniq([...before.sources, ...after.sources]),
    estimate: false,
  };
}

/** The first ~13,000 GPUs bought with the government's budget, by the cloud firm that brings them in. */
export function governmentFirstBatch(ctx: ChartContext, lang: Lang): ChartBody {
  const text = chartText(lang).governmentFirstBatch;
  const figText = (id: string) => figureText(ctx.figures, id, lang);
  const parts = [
    { id: 'government.batch-nhn', name: text.providers.nhn, colour: 'teal' as const },
    { id: 'government.batch-naver', name: text.providers.naver, colour: 'rose' as const },
    { id: 'government.batch-kakao', name: text.providers.kakao, colour: 'amber' as const },
  ].map((p) => ({ ...p, f: fig(ctx, p.id) }));
  const sum = fig(ctx, 'derived.government-batch-sum');
  const budget = fig(ctx, 'government.budget-2025');
  // Bought with the state's budget, but not all the state's: the three firms keep what it does not use (FACT-CHECK A2).
  const stateUse = fig(ctx, 'government.state-use');
  return {
    id: 'government-first-batch',
    lang,
    title: text.title,
    caption: text.caption(figText(budget.id), figText(sum.id), figText(stateUse.id)),
    unit: 'gpu',
    orientation: 'horizontal',
    rows: parts.map((p) => ({
      key: p.id,
      label: p.name,
      value: p.f.value,
      ...barTexts(p.f.value, p.f.approx, lang),
      colour: p.colour,
      muted: false,
    })),
    table: {
      head: [...text.tableHead],
      rows: parts.map((p) => [p.name, figText(p.id)]),
    },
    csv: {
      head: [...text.csvHead],
      rows: parts.map((p) => [p.name, p.f.value]),
    },
    summary: text.summary(
      bars(
        lang,
        parts.map((p) => [p.name, figText(p.id)]),
      ),
    ),
    overview: writtenSummary({ unit: 'gpu', items: parts.map((p) => summaryItem(ctx, p.name, p.f, lang)), total: figText(sum.id) }, lang),
    sources: uniq([...parts.flatMap((p) => p.f.sources), ...budget.sources]),
    estimate: false,
  };
}

/** Korea's ~260,000 beside the NVIDIA GPU numbers announced for other countries: pledges, plans and export approvals mixed. */
export function countryComparison(ctx: ChartContext, lang: Lang): ChartBody {
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
    caption:
      larger.length === 0
        ? text.captionLargest(koreaText)
        : text.captionExceeded(koreaText, larger.map((i) => i.name).join(text.nameSeparator)),
    note: text.note,
    unit: 'gpu',
    orientation: 'horizontal',
    rows: items.map((i) => ({
      key: i.key,
      label: i.name,
      value: i.f.value,
      ...barTexts(i.f.value, i.f.approx, lang),
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
    summary: text.summary(
      bars(
        lang,
        items.map((i) => [i.name, figText(i.f.id)]),
      ),
    ),
    // No total: the countries' numbers count different things.
    overview: writtenSummary({ unit: 'gpu', items: items.map((i) => summaryItem(ctx, i.name, i.f, lang)) }, lang),
    sources: uniq(items.flatMap((i) => i.f.sources)),
    estimate: false,
  };
}
