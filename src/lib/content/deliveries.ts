// The delivery tracker's model, from content/data/deliveries.yaml: each stage with its defaults applied (date and sources
// from its figure), a recipient's stages gathered from its batches, and the counts the tracker chart compares.
import type { Localized } from '../site/i18n';
import type { AnyFigure } from './figures';
import { STAGES, type Batch, type Delivery, type Stage, type StageKey, type WithId } from './schemas';

export interface ResolvedStage {
  key: StageKey;
  /** 'count': a count is reported; 'event': reported to have happened, without a count; 'none': not reported. */
  status: 'count' | 'event' | 'none';
  /** The count's figure id. */
  figure?: string | undefined;
  value?: number | undefined;
  date?: string | undefined;
  sources: string[];
  note?: Localized | undefined;
  /** The batch the stage belongs to, when a recipient's stage is gathered from its batches. */
  batch?: { id: string; name: Localized } | undefined;
}

/** A stage with its defaults: the figure's asOf as its date and the figure's sources as its sources. */
export function resolveStage(key: StageKey, stage: Stage | undefined, figures: Map<string, AnyFigure>): ResolvedStage {
  if (!stage) return { key, status: 'none', sources: [] };
  const fig = stage.figure ? figures.get(stage.figure) : undefined;
  const date = stage.date ?? fig?.asOf;
  const sources = stage.sources.length > 0 ? stage.sources : (fig?.sources ?? []);
  const status = stage.figure ? 'count' : date ? 'event' : 'none';
  return { key, status, figure: stage.figure, value: fig?.value, date, sources, note: stage.note };
}

/** Every stage of a batch, in order, reported or not. */
export function batchStages(batch: Batch, figures: Map<string, AnyFigure>): ResolvedStage[] {
  return STAGES.map((key) => ({ ...resolveStage(key, batch.stages[key], figures), batch: { id: batch.id, name: batch.name } }));
}

/**
 * A recipient's stages, in order: each the stage given for the recipient, or else what its batches report for it (one
 * entry per batch that reports it), or else one 'not reported' entry.
 */
export function recipientStages(delivery: Delivery, figures: Map<string, AnyFigure>): { key: StageKey; entries: ResolvedStage[] }[] {
  const batches = delivery.batches.map((b) => batchStages(b, figures));
  return STAGES.map((key, i) => {
    const own = delivery.stages[key];
    if (own) return { key, entries: [resolveStage(key, own, figures)] };
    const reported = batches.map((stages) => stages[i]!).filter((s) => s.status !== 'none');
    return { key, entries: reported.length > 0 ? reported : [{ key, status: 'none', sources: [] }] };
  });
}

/**
 * A stage with nothing to show but 'not reported': no count, date, note or source in any entry. The tracker draws it as
 * one short line instead of a card, so the stages that were reported stand out and a phone reader scrolls less.
 */
export function isBareStage(entries: ResolvedStage[]): boolean {
  return entries.every((e) => e.status === 'none' && !e.date && !e.note && e.sources.length === 0);
}

/** A stage's reported counts added up, with the figures and the sources behind them. */
export interface StageCount {
  value: number;
  figures: string[];
  sources: string[];
}

/** The sum of the counts reported for a stage (in the record or across its batches); undefined when none is. */
export function stageCount(delivery: Delivery, key: StageKey, figures: Map<string, AnyFigure>): StageCount | undefined {
  const entries = recipientStages(delivery, figures)
    .find((s) => s.key === key)!
    .entries.filter((e) => e.status === 'count');
  if (entries.length === 0) return undefined;
  return {
    value: entries.reduce((sum, e) => sum + (e.value ?? 0), 0),
    figures: entries.map((e) => e.figure!),
    sources: [...new Set(entries.flatMap((e) => e.sources))],
  };
}

/** Every stage in a delivery record, with where it is (for the checks' messages): 'stages.purchased', 'batches.1.stages.delivered'. */
export function everyStage(delivery: WithId<Delivery>): { path: string; stage: Stage }[] {
  const own = STAGES.flatMap((key) => (delivery.stages[key] ? [{ path: `stages.${key}`, stage: delivery.stages[key]! }] : []));
  const inBatches = delivery.batches.flatMap((b, i) =>
    STAGES.flatMap((key) => (b.stages[key] ? [{ path: `batches.${i}.stages.${key}`, stage: b.stages[key]! }] : [])),
  );
  return [...own, ...inBatches];
}

/** The record with every note's text passed through `fill` (which turns {fig:id} into the figure's text). */
export function fillNotes<T extends Delivery>(delivery: T, fill: (text: Localized) => Localized): T {
  const stages = (s: Partial<Record<StageKey, Stage>>) =>
    Object.fromEntries(Object.entries(s).map(([key, stage]) => [key, stage?.note ? { ...stage, note: fill(stage.note) } : stage]));
  return {
    ...delivery,
    stages: stages(delivery.stages) as Delivery['stages'],
    batches: delivery.batches.map((b) => ({ ...b, stages: stages(b.stages) as Batch['stages'] })),
  };
}
