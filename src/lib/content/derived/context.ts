// Derived numbers of context: Korea's GPU base before and after the deal, the government's first batch and what it
// cost per GPU, and the data centre's part of Hyundai's Saemangeum investment.
import { formatFigure } from '../../format/format';
import { josa } from '../../format/josa';
import { derived, GOVERNMENT_BATCHES, need, ratioApprox, roundSignificant, type DataFigure, type DerivedFigure } from './derive';

export function contextFigures(figures: Map<string, DataFigure>): DerivedFigure[] {
  const total = need(figures, 'allocation.total');
  const before = need(figures, 'korea.gpus-before');
  const after = need(figures, 'korea.gpus-after');
  const batches = GOVERNMENT_BATCHES.map((id) => need(figures, id));
  const batchSum = derived(
    {
      id: 'derived.government-batch-sum',
      value: batches.reduce((sum, f) => sum + f.value, 0),
      unit: 'gpu',
      approx: 'exact',
      label: {
        ko: '2025년 추경으로 확보한 GPU 합계(클라우드 3사 도입분)',
        en: 'GPUs bought with the 2025 supplementary budget, the three cloud firms’ batches added up',
      },
      method: { ko: 'NHN클라우드·네이버클라우드·카카오 도입분을 더한 값.', en: 'The NHN Cloud, NAVER Cloud and Kakao batches added together.' },
    },
    batches,
  );
  const budget = need(figures, 'government.budget-2025');
  const saemangeum = need(figures, 'hyundai.saemangeum-krw');
  const dataCentre = need(figures, 'hyundai.saemangeum-dc-krw');
  const fmt = (f: DataFigure | DerivedFigure, lang: 'ko' | 'en') => formatFigure(f, lang);
  return [
    derived(
      {
        id: 'derived.korea-gpu-multiple',
        value: Math.round((after.value / before.value) * 10) / 10,
        unit: 'times',
        approx: ratioApprox(after, before),
        label: { ko: '국내 AI용 GPU 증가 배수', en: "Growth multiple of Korea's AI GPUs" },
        method: {
          ko: `공급 후 규모(${fmt(after, 'ko')})를 공급 전 규모(${fmt(before, 'ko')})로 나눈 값. 공급 후 규모가 '이상'으로 제시돼 하한이다.`,
          en: `The base after the deal (${fmt(after, 'en')}) divided by the base before it (${fmt(before, 'en')}). The base after was given as a floor, so this is one too.`,
        },
      },
      [after, before],
    ),
    derived(
      {
        id: 'derived.korea-gpus-sum',
        value: before.value + total.value,
        unit: 'gpu',
        approx: 'about',
        label: { ko: '공급 전 보유량에 이번 공급량을 그대로 더한 값', en: 'The pre-deal base plus the new supply, simply added' },
        method: {
          ko: `공급 전 규모(${fmt(before, 'ko')})에 전체 공급 물량(${fmt(total, 'ko')})을 더한 값.`,
          en: `The base before the deal (${fmt(before, 'en')}) plus the whole supply (${fmt(total, 'en')}).`,
        },
      },
      [before, total],
    ),
    batchSum,
    derived(
      {
        id: 'derived.budget-2025-per-gpu',
        value: roundSignificant(budget.value / batchSum.value, 3),
        unit: 'krw',
        approx: 'about',
        label: { ko: '2025년 추경 GPU 예산을 확보 물량으로 나눈 값(구축·운영비 포함)', en: 'The 2025 supplementary GPU budget per GPU it bought (build-out and operation included)' },
        method: {
          ko: `추경 예산 ${josa(fmt(budget, 'ko'), '을')} 세 클라우드 사업자 도입분 합계(${fmt(batchSum, 'ko')})로 나눈 값. 구축·운영비가 포함돼 칩 가격보다 높다.`,
          en: `The supplementary budget of ${fmt(budget, 'en')} divided by the three cloud firms' batches (${fmt(batchSum, 'en')}). Build-out and operation are included, so it is above a chip's price.`,
        },
      },
      [budget, ...batches],
    ),
    derived(
      {
        id: 'derived.saemangeum-dc-share',
        value: Math.round((dataCentre.value / saemangeum.value) * 100),
        unit: 'percent',
        approx: 'about',
        recipient: 'hyundai',
        label: { ko: '새만금 투자 가운데 AI 데이터센터 비중', en: "The AI data centre's share of the Saemangeum investment" },
        method: {
          ko: `AI 데이터센터 투자(${fmt(dataCentre, 'ko')})를 새만금 투자 전체(${fmt(saemangeum, 'ko')})로 나눈 비율.`,
          en: `The AI data centre investment (${fmt(dataCentre, 'en')}) divided by the whole Saemangeum investment (${fmt(saemangeum, 'en')}).`,
        },
      },
      [dataCentre, saemangeum],
    ),
  ];
}
