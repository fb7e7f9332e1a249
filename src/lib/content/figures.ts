// Figure look-up and the site's own derived numbers (pro-rata shares and ratios), computed from content/data only.
import { formatAmount, formatFigure, type Approx, type FormattableFigure, type Unit } from '../format/format';
import { josa } from '../format/josa';
import type { Lang, Localized } from '../site/i18n';
import type { Figure, Recipient, WithId } from './schemas';

/** A number the site computes from other figures; it is labelled as the site's own estimate wherever it appears. */
export interface DerivedFigure extends FormattableFigure {
  id: string;
  unit: Unit;
  approx: Approx;
  estimate: true;
  derived: true;
  label: Localized;
  /** How it was computed, in a sentence per language (shown on the methodology page). */
  method: Localized;
  /** The figure ids it was computed from. */
  inputs: string[];
  sources: string[];
  recipient?: string | undefined;
  equivalent?: string | undefined;
}

export type DataFigure = WithId<Figure> & { derived?: false };
export type AnyFigure = DataFigure | DerivedFigure;

/** Round to `digits` significant digits, so derived numbers never look more precise than their inputs. */
export function roundSignificant(value: number, digits = 3): number {
  if (value === 0) return 0;
  const magnitude = Math.floor(Math.log10(Math.abs(value)));
  const factor = 10 ** (magnitude - digits + 1);
  return Math.round(value / factor) * factor;
}

function need(figures: Map<string, DataFigure>, id: string): DataFigure {
  const fig = figures.get(id);
  if (!fig) throw new Error(`content/data/figures.yaml: the figure '${id}' is missing, but the site's derived numbers need it.`);
  return fig;
}

const uniq = (xs: string[]) => [...new Set(xs)];

/** Every derived figure: per-recipient shares of the GPUs and of the estimated value, and a few ratios. */
export function deriveFigures(figures: Map<string, DataFigure>, recipients: WithId<Recipient>[]): DerivedFigure[] {
  const total = need(figures, 'allocation.total');
  const krw = need(figures, 'value.krw');
  const usd = need(figures, 'value.usd');
  const out: DerivedFigure[] = [];

  for (const r of recipients) {
    const alloc = need(figures, r.allocation);
    const share = alloc.value / total.value;
    const name = r.name;
    out.push({
      id: `derived.allocation-share.${r.id}`,
      value: Math.round(share * 1000) / 10,
      unit: 'percent',
      approx: 'about',
      estimate: true,
      derived: true,
      recipient: r.id,
      label: { ko: `전체 GPU 중 ${r.shortName.ko} 몫`, en: `${r.shortName.en}'s share of all GPUs` },
      method: {
        ko: `${name.ko} 배정 물량을 전체 물량으로 나눈 비율.`,
        en: `${name.en}'s allocation divided by the total.`,
      },
      inputs: [alloc.id, total.id],
      sources: uniq([...alloc.sources, ...total.sources]),
    });
    out.push({
      id: `derived.value-share.${r.id}`,
      value: roundSignificant(krw.value * share),
      unit: 'krw',
      approx: 'about',
      estimate: true,
      derived: true,
      recipient: r.id,
      equivalent: `derived.value-share-usd.${r.id}`,
      label: { ko: `${r.shortName.ko} 몫의 추정 금액(GPU 수 비례)`, en: `${r.shortName.en}'s share of the estimated value (pro rata)` },
      method: {
        ko: `언론 추정치 ${josa(formatFigure(krw, 'ko'), '을')} ${name.ko}의 GPU 비중만큼 나눈 값. 실제 계약 금액이 아니다.`,
        en: `The media estimate of ${formatFigure(krw, 'en')} multiplied by ${name.en}'s share of the GPUs. Not a disclosed contract value.`,
      },
      inputs: [krw.id, alloc.id, total.id],
      sources: uniq([...krw.sources, ...alloc.sources, ...total.sources]),
    });
    out.push({
      id: `derived.value-share-usd.${r.id}`,
      value: roundSignificant(usd.value * share, 2),
      unit: 'usd',
      approx: 'about',
      estimate: true,
      derived: true,
      recipient: r.id,
      label: { ko: `${r.shortName.ko} 몫의 추정 금액(달러)`, en: `${r.shortName.en}'s share of the estimated value in US$` },
      method: {
        ko: `달러 환산 추정치 ${josa(formatFigure(usd, 'ko'), '을')} 같은 비율로 나눈 값.`,
        en: `The dollar estimate of ${formatFigure(usd, 'en')} split the same way.`,
      },
      inputs: [usd.id, alloc.id, total.id],
      sources: uniq([...usd.sources, ...alloc.sources, ...total.sources]),
    });
  }

  const gov = recipients.find((r) => r.id === 'government');
  if (gov) {
    const govAlloc = need(figures, gov.allocation);
    out.push({
      id: 'derived.allocation-private',
      value: total.value - govAlloc.value,
      unit: 'gpu',
      approx: 'about',
      estimate: true,
      derived: true,
      label: { ko: '네 기업에 돌아가는 GPU', en: 'GPUs going to the four companies' },
      method: { ko: '전체 물량에서 정부 몫을 뺀 값.', en: "The total minus the government's allocation." },
      inputs: [total.id, govAlloc.id],
      sources: uniq([...total.sources, ...govAlloc.sources]),
    });
  }

  out.push({
    id: 'derived.value-per-gpu',
    value: roundSignificant(krw.value / total.value),
    unit: 'krw',
    approx: 'about',
    estimate: true,
    derived: true,
    label: { ko: 'GPU 1장당 추정 금액', en: 'Estimated value per GPU' },
    method: {
      ko: `추정 총액 ${josa(formatFigure(krw, 'ko'), '을')} ${josa(formatFigure(total, 'ko'), '으로')} 나눈 값. 서버·네트워크·구축비가 섞인 추정치여서 GPU 단가와는 다르다.`,
      en: `The estimated ${formatFigure(krw, 'en')} divided by ${formatFigure(total, 'en')}. The estimate mixes in servers, networking and build-out, so this is not a chip price.`,
    },
    inputs: [krw.id, total.id],
    sources: uniq([...krw.sources, ...total.sources]),
  });

  const before = need(figures, 'korea.gpus-before');
  const after = need(figures, 'korea.gpus-after');
  out.push({
    id: 'derived.korea-gpu-multiple',
    value: Math.round((after.value / before.value) * 10) / 10,
    unit: 'times',
    approx: 'about',
    estimate: true,
    derived: true,
    label: { ko: '국내 AI용 GPU 증가 배수', en: "Growth multiple of Korea's AI GPUs" },
    method: {
      ko: `공급 후 규모(${formatFigure(after, 'ko')})를 공급 전 규모(${formatFigure(before, 'ko')})로 나눈 값.`,
      en: `The base after the deal (${formatFigure(after, 'en')}) divided by the base before it (${formatFigure(before, 'en')}).`,
    },
    inputs: [after.id, before.id],
    sources: uniq([...after.sources, ...before.sources]),
  });

  const batches = ['government.batch-nhn', 'government.batch-naver', 'government.batch-kakao'].map((id) => need(figures, id));
  out.push({
    id: 'derived.government-batch-sum',
    value: batches.reduce((sum, f) => sum + f.value, 0),
    unit: 'gpu',
    approx: 'exact',
    estimate: true,
    derived: true,
    label: { ko: '정부 1차 도입분 합계(세 클라우드 사업자)', en: 'First government batch, summed across the three cloud firms' },
    method: {
      ko: 'NHN클라우드·네이버클라우드·카카오 도입분을 더한 값.',
      en: 'The NHN Cloud, Naver Cloud and Kakao batches added together.',
    },
    inputs: batches.map((f) => f.id),
    sources: uniq(batches.flatMap((f) => f.sources)),
  });

  out.push(...deriveChipAndPowerFigures(figures, total, batches));
  return out;
}

/** A derived figure with the fields every one shares. */
function derived(fig: Omit<DerivedFigure, 'estimate' | 'derived' | 'sources' | 'inputs'>, inputs: DataFigure[]): DerivedFigure {
  return { ...fig, estimate: true, derived: true, inputs: inputs.map((f) => f.id), sources: uniq(inputs.flatMap((f) => f.sources)) };
}

const upper = (f: DataFigure) => f.max ?? f.value;

/**
 * The site's order-of-magnitude power estimate for the 260,000 GPUs (as if all sat in NVL72 racks, with a range of
 * cooling overheads), set beside two cross-checks, plus two ratios the chip-mix article uses.
 */
function deriveChipAndPowerFigures(figures: Map<string, DataFigure>, total: DataFigure, batches: DataFigure[]): DerivedFigure[] {
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
        label: { ko: '정부 1차 도입분 가운데 H200(호퍼) 비중', en: 'Share of H200s (Hopper) in the first government batch' },
        method: {
          ko: '네이버클라우드가 들여온 H200 물량을 세 클라우드 사업자 도입분 합계로 나눈 비율.',
          en: 'The H200s brought in through Naver Cloud divided by the three cloud firms’ batches added together.',
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

/** All figures, from the data and derived, by id. */
export function buildFigureIndex(data: DataFigure[], recipients: WithId<Recipient>[]): Map<string, AnyFigure> {
  const byId = new Map<string, DataFigure>(data.map((f) => [f.id, f]));
  const index = new Map<string, AnyFigure>(byId);
  for (const d of deriveFigures(byId, recipients)) index.set(d.id, d);
  return index;
}

/** A figure's text for a page, with its equivalent (e.g. the dollar value) when it has one. */
export function figureText(index: Map<string, AnyFigure>, id: string, lang: Lang): string {
  const fig = index.get(id);
  if (!fig) throw new Error(`Unknown figure '${id}': it is not in content/data/figures.yaml (nor a derived figure).`);
  const eq = fig.equivalent ? index.get(fig.equivalent) : undefined;
  return formatFigure(fig, lang, eq);
}
