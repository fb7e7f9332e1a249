// The site's own order-of-magnitude power estimate for the 260,000 GPUs, its cross-checks, and two ratios the chip-mix
// article uses (power-estimate and chips-explained articles; the method of each is shown on /methodology/).
import { formatAmount, formatFigure } from '../../format/format';
import { josa } from '../../format/josa';
import { derived, GOVERNMENT_BATCHES, need, roundSignificant, type DataFigure, type DerivedFigure } from './derive';

const upper = (f: DataFigure) => f.max ?? f.value;

/**
 * The site's order-of-magnitude power estimate for the 260,000 GPUs (as if all sat in NVL72 racks, with a range of
 * cooling overheads), set beside two cross-checks, plus two ratios the chip-mix article uses.
 */
export function powerFigures(figures: Map<string, DataFigure>): DerivedFigure[] {
  const total = need(figures, 'allocation.total');
  const batches = GOVERNMENT_BATCHES.map((id) => need(figures, id));
  const perRack = need(figures, 'chip.nvl72-gpus');
  const rackMw = need(figures, 'power.nvl72-rack-mw');
  const pue = need(figures, 'power.pue');
  const ulsanGpus = need(figures, 'sk.aws-gpus');
  const ulsanMw = need(figures, 'sk.aws-mw');
  const claimPerGpuKw = need(figures, 'power.claim-per-gpu-kw');
  const claim3gw = need(figures, 'power.claim-3gw-mw');
  const rackUsd = need(figures, 'price.gb200-rack-usd');
  const applied = need(figures, 'korea.dc-grid-applications');
  const rejected = need(figures, 'korea.dc-grid-rejected');
  const h200 = need(figures, 'government.batch-naver');

  const racks = total.value / perRack.value;
  const itLow = racks * rackMw.value;
  const itHigh = racks * upper(rackMw);
  const facilityLow = roundSignificant(itLow * pue.value, 2);
  const facilityHigh = roundSignificant(itHigh * upper(pue), 2);
  const batchSum = batches.reduce((sum, f) => sum + f.value, 0);

  return [
    derived(
      {
        id: 'derived.power-racks-260k',
        value: roundSignificant(racks, 2),
        unit: 'count',
        approx: 'about',
        label: { ko: 'GPU 26만 장을 NVL72 랙에 담으면 필요한 랙 수', en: 'NVL72 racks needed to hold the 260,000 GPUs' },
        method: {
          ko: `전체 물량(${formatFigure(total, 'ko')})을 랙 1개에 든 GPU 수(${formatFigure(perRack, 'ko')})로 나눈 값. 실제로는 랙에 담지 않는 GPU도 섞여 있다.`,
          en: `The total (${formatFigure(total, 'en')}) divided by the GPUs in one rack (${formatFigure(perRack, 'en')}). In reality some of the GPUs are not rack-scale parts.`,
        },
      },
      [total, perRack],
    ),
    derived(
      {
        id: 'derived.power-it-mw-260k',
        value: roundSignificant(itLow, 2),
        max: roundSignificant(itHigh, 2),
        unit: 'mw',
        approx: 'about',
        label: { ko: 'GPU 26만 장의 장비 전력(분석팀 추산)', en: 'IT load of the 260,000 GPUs (our estimate)' },
        method: {
          ko: `필요한 랙 수에 랙 1개의 소비 전력(${formatFigure(rackMw, 'ko')})을 곱한 값. 냉각 등 건물 설비 전력은 빠져 있고, 모든 GPU가 동시에 최대로 돈다고 가정했다.`,
          en: `The number of racks times the power of one rack (${formatFigure(rackMw, 'en')}). It leaves out cooling and other building loads and assumes every GPU runs flat out at once.`,
        },
      },
      [total, perRack, rackMw],
    ),
    derived(
      {
        id: 'derived.power-facility-mw-260k',
        value: facilityLow,
        max: facilityHigh,
        unit: 'mw',
        approx: 'about',
        label: { ko: 'GPU 26만 장이 쓰는 데이터센터 전력(분석팀 추산)', en: 'Data-centre power for the 260,000 GPUs (our estimate)' },
        method: {
          ko: `장비 전력에 전력효율지수(PUE, ${formatFigure(pue, 'ko')})를 곱해 냉각·배전 손실을 더한 값. 낮은 쪽은 가장 적은 랙 전력과 가장 좋은 효율, 높은 쪽은 가장 큰 랙 전력과 업계 평균 효율의 조합이다.`,
          en: `The IT load times the power usage effectiveness (PUE, ${formatFigure(pue, 'en')}), adding cooling and distribution losses. The low end pairs the lowest rack power with the best efficiency; the high end pairs the highest rack power with the industry-average efficiency.`,
        },
      },
      [total, perRack, rackMw, pue],
    ),
    derived(
      {
        id: 'derived.power-ulsan-ratio-mw-260k',
        value: roundSignificant((total.value * ulsanMw.value) / ulsanGpus.value, 2),
        unit: 'mw',
        approx: 'about',
        label: { ko: '울산 AI 데이터센터 계획의 비율로 본 26만 장 소요 전력', en: 'Power for the 260,000 GPUs at the ratio planned for Ulsan' },
        method: {
          ko: `SK·AWS 울산 데이터센터의 계획(GPU ${formatFigure(ulsanGpus, 'ko')}에 ${formatFigure(ulsanMw, 'ko')})과 같은 비율을 전체 물량에 적용한 값.`,
          en: `The ratio planned for the SK–AWS Ulsan data centre (${formatFigure(ulsanMw, 'en')} for ${formatFigure(ulsanGpus, 'en')}) applied to the whole supply.`,
        },
      },
      [total, ulsanGpus, ulsanMw],
    ),
    derived(
      {
        id: 'derived.power-claim-premise-mw',
        value: roundSignificant((total.value * claimPerGpuKw.value) / 1000, 2),
        unit: 'mw',
        approx: 'about',
        label: { ko: "'3GW' 보도의 GPU 1장당 전력을 그대로 곱한 값", en: "The '3 GW' report's own per-GPU figure, multiplied out" },
        method: {
          ko: `전체 물량에 그 보도가 든 GPU 1장당 전력(${formatFigure(claimPerGpuKw, 'ko')}kW)을 곱해 MW로 바꾼 값.`,
          en: `The total multiplied by the power per GPU that the report gave (${formatFigure(claimPerGpuKw, 'en')} kW), in MW.`,
        },
      },
      [total, claimPerGpuKw],
    ),
    derived(
      {
        id: 'derived.power-3gw-multiple',
        value: Math.round((claim3gw.value / facilityHigh) * 10) / 10,
        unit: 'times',
        approx: 'about',
        label: { ko: "'3GW' 주장과 분석팀 추산 상단의 배율", en: "The '3 GW' claim as a multiple of the top of our estimate" },
        method: {
          ko: `${josa(formatFigure(claim3gw, 'ko'), '을')} 분석팀 추산의 높은 쪽(약 ${formatAmount(facilityHigh, 'mw', 'ko')})으로 나눈 값.`,
          en: `${formatFigure(claim3gw, 'en')} divided by the high end of our estimate (about ${formatAmount(facilityHigh, 'mw', 'en')}).`,
        },
      },
      [claim3gw, total, perRack, rackMw, pue],
    ),
    derived(
      {
        id: 'derived.gb200-rack-per-gpu-usd',
        value: roundSignificant(rackUsd.value / perRack.value, 2),
        unit: 'usd',
        approx: 'about',
        label: { ko: 'GB200 NVL72 랙 가격을 GPU 수로 나눈 값', en: 'GB200 NVL72 rack price per GPU' },
        method: {
          ko: `랙 1개 가격(${formatFigure(rackUsd, 'ko')})을 랙에 든 GPU 수로 나눈 값. CPU·스위치·냉각 장치 값이 포함돼 칩 단가보다 높다.`,
          en: `The price of one rack (${formatFigure(rackUsd, 'en')}) divided by its GPUs. It includes the CPUs, switches and cooling, so it is above a chip's price.`,
        },
      },
      [rackUsd, perRack],
    ),
    derived(
      {
        id: 'derived.government-batch-h200-share',
        value: Math.round((h200.value / batchSum) * 1000) / 10,
        unit: 'percent',
        approx: 'about',
        label: {
          ko: '2025년 추경으로 확보한 GPU 가운데 H200(호퍼) 비중',
          en: 'Share of H200s (Hopper) among the GPUs bought with the 2025 supplementary budget',
        },
        method: {
          ko: '네이버클라우드가 들여온 H200 물량을 세 클라우드 사업자 도입분 합계로 나눈 비율.',
          en: 'The H200s brought in through NAVER Cloud divided by the three cloud firms’ batches added together.',
        },
      },
      [h200, ...batches.filter((f) => f.id !== h200.id)],
    ),
    derived(
      {
        id: 'derived.dc-grid-rejected-share',
        value: Math.round((rejected.value / applied.value) * 1000) / 10,
        unit: 'percent',
        approx: 'about',
        label: { ko: '전력 공급 불가 판정 비율(데이터센터 신청 기준)', en: 'Share of data-centre applications judged impossible to supply' },
        method: {
          ko: '공급 불가 판정을 받은 신청 건수를 전체 신청 건수로 나눈 비율.',
          en: 'Applications judged impossible to supply divided by all applications.',
        },
      },
      [rejected, applied],
    ),
  ];
}
