// Pro-rata shares: each recipient's share of the GPUs and of the media's estimated value, the companies' part of the
// total, and the estimated value per GPU (infrastructure included).
import { formatFigure } from '../../format/format';
import { josa } from '../../format/josa';
import type { Recipient, WithId } from '../schemas';
import { derived, need, roundSignificant, type DataFigure, type DerivedFigure } from './derive';

export function shareFigures(figures: Map<string, DataFigure>, recipients: WithId<Recipient>[]): DerivedFigure[] {
  const total = need(figures, 'allocation.total');
  const krw = need(figures, 'value.krw');
  const usd = need(figures, 'value.usd');
  const out = recipients.flatMap((r) => {
    const alloc = need(figures, r.allocation);
    const share = alloc.value / total.value;
    const { name, shortName } = r;
    return [
      derived(
        {
          id: `derived.allocation-share.${r.id}`,
          value: Math.round(share * 1000) / 10,
          unit: 'percent',
          approx: 'about',
          recipient: r.id,
          label: { ko: `전체 GPU 중 ${shortName.ko} 몫`, en: `${shortName.en}'s share of all GPUs` },
          method: { ko: `${name.ko} 배정 물량을 전체 물량으로 나눈 비율.`, en: `${name.en}'s allocation divided by the total.` },
        },
        [alloc, total],
      ),
      derived(
        {
          id: `derived.value-share.${r.id}`,
          value: roundSignificant(krw.value * share),
          unit: 'krw',
          approx: 'about',
          recipient: r.id,
          equivalent: `derived.value-share-usd.${r.id}`,
          label: { ko: `${shortName.ko} 몫의 추정 금액(GPU 수 비례)`, en: `${shortName.en}'s share of the estimated value (pro rata)` },
          method: {
            ko: `언론 추정치 ${josa(formatFigure(krw, 'ko'), '을')} ${name.ko}의 GPU 비중만큼 나눈 값. 실제 계약 금액이 아니다.`,
            en: `The media estimate of ${formatFigure(krw, 'en')} multiplied by ${name.en}'s share of the GPUs. Not a disclosed contract value.`,
          },
        },
        [krw, alloc, total],
      ),
      derived(
        {
          id: `derived.value-share-usd.${r.id}`,
          value: roundSignificant(usd.value * share, 2),
          unit: 'usd',
          approx: 'about',
          recipient: r.id,
          label: { ko: `${shortName.ko} 몫의 추정 금액(달러)`, en: `${shortName.en}'s share of the estimated value in US$` },
          method: { ko: `달러 환산 추정치 ${josa(formatFigure(usd, 'ko'), '을')} 같은 비율로 나눈 값.`, en: `The dollar estimate of ${formatFigure(usd, 'en')} split the same way.` },
        },
        [usd, alloc, total],
      ),
    ];
  });
  const gov = recipients.find((r) => r.id === 'government');
  if (gov) {
    const govAlloc = need(figures, gov.allocation);
    out.push(
      derived(
        {
          id: 'derived.allocation-private',
          value: total.value - govAlloc.value,
          unit: 'gpu',
          approx: 'about',
          label: { ko: '네 기업에 돌아가는 GPU', en: 'GPUs going to the four companies' },
          method: { ko: '전체 물량에서 정부 몫을 뺀 값.', en: "The total minus the government's allocation." },
        },
        [total, govAlloc],
      ),
    );
  }
  out.push(
    derived(
      {
        id: 'derived.value-per-gpu',
        value: roundSignificant(krw.value / total.value),
        unit: 'krw',
        approx: 'about',
        label: { ko: 'GPU 1장당 추정 금액(인프라 포함)', en: 'Estimated value per GPU (infrastructure included)' },
        method: {
          ko: `추정 총액 ${josa(formatFigure(krw, 'ko'), '을')} ${josa(formatFigure(total, 'ko'), '으로')} 나눈 값. 서버·네트워크·구축비가 섞인 추정치여서 GPU 단가와는 다르다.`,
          en: `The estimated ${formatFigure(krw, 'en')} divided by ${formatFigure(total, 'en')}. The estimate mixes in servers, networking and build-out, so this is not a chip price.`,
        },
      },
      [krw, total],
    ),
  );
  return out;
}
