// The tracker's chart: each recipient's announced GPUs as an outlined bar, and the GPUs confirmed bought filled in
// front of it. A recipient with no reported purchase count gets no filled bar and says 'not reported': never zero.
import { recipientStages, stageCount, type StageCount } from '../content/deliveries';
import { figureText } from '../content/figures';
import { APPROX_WORDS, formatAmount, withApprox } from '../format/format';
import { chartText, type Lang } from '../site/i18n';
import { barTexts, bars, fig, uniq } from './parts';
import type { ChartContext, ChartRow, ChartBody } from './spec';
import { writtenSummary } from './summary';

export function deliveryProgress(ctx: ChartContext, lang: Lang): ChartBody {
  const text = chartText(lang).deliveryProgress;
  const figText = (id: string) => figureText(ctx.figures, id, lang);
  /** A stage's count as printed: its figure, or the sum of its batches' figures ('about'), or 'not reported'. */
  const countText = (count: StageCount | undefined, happened = false) => {
    if (!count) return happened ? text.noCount : text.notReported;
    if (count.figures.length === 1) return figText(count.figures[0]!);
    return withApprox(formatAmount(count.value, 'gpu', lang), 'about', lang);
  };
  /** The same on a bar, without the unit (and its shorter form): barTexts. */
  const barCount = (count: StageCount | undefined) =>
    count
      ? barTexts(count.value, count.figures.length === 1 ? fig(ctx, count.figures[0]!).approx : 'about', lang)
      : { text: text.notReported };
  const items = ctx.recipients.map((r) => {
    const delivery = ctx.deliveries.find((d) => d.id === r.id);
    if (!delivery?.stages.announced.figure)
      throw new Error(`Chart 'delivery-progress': ${r.id} has no announced figure in content/data/deliveries.yaml.`);
    const announced = fig(ctx, delivery.stages.announced.figure);
    const counts = {
      purchased: stageCount(delivery, 'purchased', ctx.figures),
      delivered: stageCount(delivery, 'delivered', ctx.figures),
      inService: stageCount(delivery, 'inService', ctx.figures),
    };
    // Stages reported to have happened without a count ('the first GPUs arrived') say so, not 'not reported'.
    const events = recipientStages(delivery, ctx.figures).flatMap((s) => s.entries.filter((e) => e.status === 'event'));
    const happened = new Set(events.map((e) => e.key));
    return { r, announced, counts, happened, eventSources: events.flatMap((e) => e.sources) };
  });
  const rows: ChartRow[] = items.map(({ r, announced, counts }) => ({
    key: r.id,
    label: r.shortName[lang],
    value: counts.purchased?.value ?? 0,
    ...barCount(counts.purchased),
    colour: r.colour,
    muted: false,
    target: announced.value,
  }));
  const total = fig(ctx, 'allocation.total');
  const confirmed = items.filter((i) => i.counts.purchased);
  const missing = items.filter((i) => !i.counts.purchased);
  const confirmedSum = confirmed.reduce((sum, i) => sum + i.counts.purchased!.value, 0);
  const list = confirmed
    .map((i) => text.confirmedItem(i.r.shortName[lang], countText(i.counts.purchased)))
    .join(chartText(lang).overview.nameSeparator);
  const sumText =
    confirmed.length === 1 ? countText(confirmed[0]!.counts.purchased) : withApprox(formatAmount(confirmedSum, 'gpu', lang), 'about', lang);
  return {
    id: 'delivery-progress',
    lang,
    title: text.title,
    caption:
      confirmed.length === 0
        ? text.captionNone(figText(total.id))
        : missing.length === 0
          ? text.captionAll(figText(total.id), list)
          : text.captionSome(figText(total.id), list, missing.length),
    note: text.note,
    unit: 'gpu',
    orientation: 'horizontal',
    rows,
    table: {
      head: [...text.tableHead],
      // Short names: five columns must fit a phone.
      rows: items.map(({ r, announced, counts, happened }) => [
        r.shortName[lang],
        figText(announced.id),
        countText(counts.purchased, happened.has('purchased')),
        countText(counts.delivered, happened.has('delivered')),
        countText(counts.inService, happened.has('inService')),
      ]),
    },
    csv: {
      head: [...text.csvHead],
      rows: items.map(({ r, announced, counts }) => [
        r.name[lang],
        announced.value,
        APPROX_WORDS[lang][announced.approx],
        counts.purchased?.value ?? '',
        counts.delivered?.value ?? '',
        counts.inService?.value ?? '',
      ]),
    },
    summary: text.summary(
      bars(
        lang,
        items.map(({ r, announced, counts }) => [r.shortName[lang], text.item(figText(announced.id), countText(counts.purchased))]),
      ),
    ),
    overview: writtenSummary(
      {
        unit: 'gpu',
        // With one confirmed count, the total says it all: no 'largest' of one.
        items:
          confirmed.length > 1
            ? confirmed.map((i) => ({
                name: i.r.shortName[lang],
                value: i.counts.purchased!.value,
                amount: countText(i.counts.purchased),
                approx: 'about',
              }))
            : [],
        total: text.totalOf(sumText, figText(total.id)),
        missing: missing.map((i) => i.r.shortName[lang]),
      },
      lang,
    ),
    sources: uniq([
      ...total.sources,
      ...items.flatMap(({ announced, counts, eventSources }) => [
        ...announced.sources,
        ...Object.values(counts).flatMap((c) => c?.sources ?? []),
        ...eventSources,
      ]),
    ]),
    estimate: false,
  };
}
