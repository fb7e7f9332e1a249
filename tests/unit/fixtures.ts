// A small, valid in-memory site for the checks' tests; each test breaks one thing in a copy of it.
import { analyseMdx, usesOf } from '@/lib/content/mdx-analysis';
import type { CheckedArticle, SiteContent } from '@/lib/content/model';
import type { ArticleData } from '@/lib/content/schemas';

const recipient = (id: string, order: number) => ({
  id,
  order,
  name: { ko: id, en: id },
  shortName: { ko: id, en: id },
  colour: 'blue' as const,
  allocation: `allocation.${id}`,
  description: { ko: '설명', en: 'Description' },
  covers: { ko: ['내용'], en: ['What it covers'] },
  figures: [`allocation.${id}`],
});

const gpus = (id: string, value: number) => ({
  id,
  value,
  unit: 'gpu' as const,
  approx: 'about' as const,
  estimate: false,
  label: { ko: id, en: id },
  sources: ['s1'],
  asOf: '2025-10-31',
});

export function article(lang: 'ko' | 'en', slug: string, data: Partial<ArticleData> = {}, body = 'Text'): CheckedArticle {
  return {
    id: `${lang}/${slug}`,
    lang,
    slug,
    file: `content/articles/${lang}/${slug}.mdx`,
    body,
    data: {
      title: 'Title',
      description: 'A description long enough for the schema.',
      published: new Date('2026-11-20'),
      author: 'Desk',
      recipients: ['samsung'],
      tags: ['deal'],
      translationKey: slug,
      translated: true,
      featured: false,
      sources: ['s1'],
      draft: false,
      ...data,
    },
    uses: usesOf(analyseMdx(body)),
  };
}

export function validSite(): SiteContent {
  return {
    recipients: [recipient('government', 1), recipient('samsung', 2), recipient('naver', 3)],
    corrections: [],
    deliveries: ['government', 'samsung', 'naver'].map((id) => ({
      id,
      stages: { announced: { figure: `allocation.${id}`, sources: [] } },
      batches: [],
    })),
    figures: [
      gpus('allocation.total', 160000),
      gpus('allocation.government', 50000),
      gpus('allocation.samsung', 50000),
      gpus('allocation.naver', 60000),
      { ...gpus('value.krw', 14e12), unit: 'krw', equivalent: 'value.usd' },
      { ...gpus('value.usd', 10e9), unit: 'usd' },
      gpus('korea.gpus-before', 65000),
      gpus('korea.gpus-after', 300000),
      gpus('government.batch-nhn', 7656),
      gpus('government.batch-naver', 3056),
      gpus('government.batch-kakao', 2424),
      { ...gpus('government.budget-2025', 1.46e12), unit: 'krw' as const },
      { ...gpus('hyundai.saemangeum-krw', 9e12), unit: 'krw' as const, approx: 'exact' as const },
      { ...gpus('hyundai.saemangeum-dc-krw', 5.8e12), unit: 'krw' as const, approx: 'exact' as const },
      // Inputs to the power estimate and the chip-mix ratios (src/lib/content/derived/).
      { ...gpus('chip.nvl72-gpus', 72), approx: 'exact' as const },
      { ...gpus('power.nvl72-rack-mw', 0.12), max: 0.14, unit: 'mw' as const },
      { ...gpus('power.pue', 1.1), max: 1.54, unit: 'count' as const, approx: 'exact' as const },
      gpus('sk.aws-gpus', 60000),
      { ...gpus('sk.aws-mw', 103), unit: 'mw' as const },
      { ...gpus('power.claim-per-gpu-kw', 1.5), unit: 'count' as const },
      { ...gpus('power.claim-3gw-mw', 3000), unit: 'mw' as const, approx: 'more-than' as const },
      { ...gpus('price.gb200-rack-usd', 3e6), unit: 'usd' as const },
      { ...gpus('korea.dc-grid-applications', 318), unit: 'count' as const },
      { ...gpus('korea.dc-grid-rejected', 149), unit: 'count' as const },
    ],
    derivedFigureIds: ['derived.value-per-gpu'],
    sources: [{ id: 's1', publisher: 'P', title: 'T', headline: true, date: '2025-10-31', language: 'en', tier: 'major' }],
    tags: [{ id: 'deal', name: { ko: '계약', en: 'Deal' } }],
    timeline: [
      {
        id: 'e1',
        date: '2025-10-31',
        title: { ko: '발표', en: 'Announcement' },
        summary: { ko: '요약', en: 'Summary' },
        recipients: ['samsung'],
        articles: ['story'],
        sources: ['s1'],
      },
    ],
    articles: [
      article('ko', 'story', {}, '삼성은 <Fig id="allocation.samsung" />을 받는다.'),
      article('en', 'story', {}, 'Samsung gets <Fig id="allocation.samsung" />.'),
    ],
  };
}
