// The delivery record: stages with their defaults, a recipient's stages gathered from its batches, and the checks.
import { describe, expect, it } from 'vitest';
import { checkDeliveries } from '@/lib/checks/deliveries';
import { batchStages, fillNotes, isBareStage, recipientStages, stageCount } from '@/lib/content/deliveries';
import { buildFigureIndex } from '@/lib/content/figures';
import { readContent } from '@/lib/content/read';
import type { Delivery, WithId } from '@/lib/content/schemas';
import { validSite } from './fixtures';

const { site } = readContent(process.cwd());
const figures = buildFigureIndex(site.figures, site.recipients);
const record = (id: string) => site.deliveries.find((d) => d.id === id)!;

describe('the delivery record in content/data/deliveries.yaml', () => {
  it('has one record per recipient, in the file', () => {
    expect(site.deliveries.map((d) => d.id).sort()).toEqual(site.recipients.map((r) => r.id).sort());
  });

  it("gathers the government's stages from its batches, with dates and sources from the figures where not given", () => {
    const stages = recipientStages(record('government'), figures);
    expect(stages.map((s) => s.key)).toEqual(['announced', 'purchased', 'delivered', 'inService']);
    const [announced, purchased, delivered, inService] = stages.map((s) => s.entries);
    expect(announced).toMatchObject([
      { status: 'count', figure: 'allocation.government', date: '2025-10-31', sources: ['s3', 's12', 's2'] },
    ]);
    expect(purchased).toMatchObject([
      { status: 'count', figure: 'government.first-batch', date: '2025-07-28', batch: { id: 'supplementary-2025' } },
    ]);
    expect(delivered, 'arrivals reported, not how many').toMatchObject([{ status: 'event', date: '2025-12-01', sources: ['s28'] }]);
    expect(delivered![0]!.figure).toBeUndefined();
    expect(inService).toMatchObject([{ status: 'count', figure: 'government.distributed-first', value: 4224, date: '2026-03-03' }]);
  });

  it("says 'not reported' for every stage no source reports, and never invents a count", () => {
    for (const id of ['samsung', 'sk', 'hyundai', 'naver']) {
      const stages = recipientStages(record(id), figures);
      expect(stages[0]!.entries[0]!.status, id).toBe('count');
      expect(
        stages.slice(1).map((s) => s.entries.map((e) => e.status)),
        id,
      ).toEqual([['none'], ['none'], ['none']]);
      expect(stageCount(record(id), 'purchased', figures), id).toBeUndefined();
    }
  });

  it('tells a stage reported without a count from one not reported at all', () => {
    const [supplementary, budget2026] = record('government').batches;
    expect(batchStages(supplementary!, figures)[0]).toMatchObject({ status: 'event', date: '2025-05-01', sources: ['s70', 's71'] });
    const purchase2026 = batchStages(budget2026!, figures)[1]!;
    expect(purchase2026.status).toBe('none');
    expect(purchase2026.note?.en).toMatch(/not confirmed/);
  });

  it('draws as bare only a stage with nothing but "not reported": a note or a source keeps it a card', () => {
    const [, purchased, , inService] = recipientStages(record('samsung'), figures);
    expect(isBareStage(purchased!.entries)).toBe(true);
    expect(isBareStage(inService!.entries)).toBe(true);
    expect(isBareStage(recipientStages(record('samsung'), figures)[0]!.entries), 'a count').toBe(false);
    const [supplementary, budget2026, supercomputer] = record('government').batches;
    expect(isBareStage([batchStages(supplementary!, figures)[2]!]), 'arrivals without a count').toBe(false);
    const purchase2026 = batchStages(budget2026!, figures)[1]!;
    expect(isBareStage([purchase2026]), 'not reported, with a note and sources').toBe(false);
    expect(isBareStage([{ ...purchase2026, note: undefined }]), 'sources alone').toBe(false);
    expect(isBareStage([{ ...purchase2026, sources: [] }]), 'a note alone').toBe(false);
    expect(isBareStage([{ ...purchase2026, note: undefined, sources: [] }])).toBe(true);
    expect(isBareStage([batchStages(supercomputer!, figures)[3]!]), 'a target date in a note').toBe(false);
  });
});

describe('stageCount and fillNotes', () => {
  const twoBatches: WithId<Delivery> = {
    id: 'government',
    stages: { announced: { figure: 'allocation.government', sources: [] } },
    batches: [
      { id: 'a', name: { ko: 'a', en: 'a' }, parts: [], stages: { purchased: { figure: 'government.batch-nhn', sources: [] } } },
      {
        id: 'b',
        name: { ko: 'b', en: 'b' },
        parts: [],
        stages: { purchased: { figure: 'government.batch-kakao', sources: ['s1'], note: { ko: '{fig:x}', en: '{fig:x}' } } },
      },
    ],
  };

  it('adds up the counts its batches report for a stage', () => {
    expect(stageCount(twoBatches, 'purchased', figures)).toEqual({
      value: 7656 + 2424,
      figures: ['government.batch-nhn', 'government.batch-kakao'],
      sources: ['s73', 's30', 's1'],
    });
  });

  it('fills every note', () => {
    const filled = fillNotes(twoBatches, (t) => ({ ko: t.ko.replace('{fig:x}', '1'), en: t.en.replace('{fig:x}', 'one') }));
    expect(filled.batches[1]!.stages.purchased!.note).toEqual({ ko: '1', en: 'one' });
    expect(twoBatches.batches[1]!.stages.purchased!.note!.en).toBe('{fig:x}');
  });
});

describe('checkDeliveries', () => {
  const check = (site: ReturnType<typeof validSite>) => {
    const index = buildFigureIndex(site.figures, site.recipients);
    return checkDeliveries(site, index, new Set(index.keys())).map((p) => `${p.field}: ${p.en}`);
  };

  it('passes the valid site', () => {
    expect(check(validSite())).toEqual([]);
  });

  it('wants a record for every recipient', () => {
    const site = validSite();
    site.deliveries = site.deliveries.filter((d) => d.id !== 'naver');
    expect(check(site)).toEqual([expect.stringMatching(/^naver: the recipient 'naver' has no record; add "- id: naver"/)]);
  });

  it('counts in GPUs only, and wants sources for a stage without a count', () => {
    const site = validSite();
    site.deliveries[0]!.stages.purchased = { figure: 'value.krw', sources: [] };
    site.deliveries[1]!.stages.delivered = { sources: [], note: { ko: '도착', en: 'Arrived' } };
    const problems = check(site);
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^government.stages.purchased.figure: 'value.krw' is counted in 'krw', not GPUs/),
        expect.stringMatching(/^samsung.stages.delivered: a stage without a count needs its sources/),
      ]),
    );
    // The won amount is also 'more' than the GPUs announced: the one other problem.
    expect(problems).toHaveLength(3);
  });

  it('refuses a stage given both for the recipient and in a batch, and a later stage larger than an earlier one', () => {
    const site = validSite();
    site.deliveries[0]!.stages.delivered = { figure: 'government.batch-kakao', sources: [] };
    site.deliveries[0]!.batches = [
      { id: 'b', name: { ko: 'b', en: 'b' }, parts: [], stages: { delivered: { figure: 'government.batch-kakao', sources: [] } } },
    ];
    site.deliveries[1]!.stages.purchased = { figure: 'allocation.naver', sources: [] };
    expect(check(site)).toEqual([
      expect.stringMatching(/^government.batches.0.stages.delivered: 'delivered' is given both for government and in its batch 'b'/),
      expect.stringMatching(/^samsung.stages.purchased.figure: purchased counts 60000 \('allocation.naver'\), more than announced \(50000/),
    ]);
  });
});
