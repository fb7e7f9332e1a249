// The allocation charts: the 260,000 GPUs by recipient, and the estimated value split the same way.
import { figureText } from '../content/figures';
import { APPROX_WORDS, compactWon, formatAmount, formatPercent, withApprox } from '../format/format';
import { chartText, type Lang } from '../site/i18n';
import { barTexts, bars, fig, summaryItem, uniq } from './parts';
import { writtenSummary } from './summary';
import type { ChartContext, ChartRow, ChartBody } from './spec';

/** The 260,000 GPUs by recipient, largest first; `highlight` dims every other recipient. */
export function allocationGpus(ctx: ChartContext, lang: Lang, highlight?: string): ChartBody {
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
    ...barTexts(f.value, f.approx, lang),
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
    summary: text.summary(
      bars(
        lang,
        items.map(({ r, f }) => [r.shortName[lang], figText(f.id)]),
      ),
      figText(total.id),
    ),
    overview: writtenSummary(
      { unit: 'gpu', items: items.map(({ r, f }) => summaryItem(ctx, r.shortName[lang], f, lang)), total: figText(total.id) },
      lang,
    ),
    sources: uniq([...total.sources, ...items.flatMap(({ f }) => f.sources)]),
    estimate: false,
  };
}

/** The estimated ₩14 trillion split pro rata by GPU count, in won and dollars: the site's own estimate. */
export function allocationValue(ctx: ChartContext, lang: Lang, highlight?: string): ChartBody {
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
    summary: text.summary(
      bars(
        lang,
        items.map(({ r, won }) => [r.shortName[lang], formatAmount(won.value, 'krw', lang)]),
      ),
    ),
    overview: writtenSummary(
      {
        unit: 'krw',
        items: items.map(({ r, won }) => ({
          ...summaryItem(ctx, r.shortName[lang], won, lang),
          amount: formatAmount(won.value, 'krw', lang),
        })),
        total: figureText(ctx.figures, krw.id, lang),
      },
      lang,
    ),
    sources: uniq(items.flatMap(({ won }) => won.sources)),
    estimate: true,
  };
}
