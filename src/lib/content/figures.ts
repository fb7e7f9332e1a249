// Figure look-up and the site's own derived numbers (pro-rata shares and ratios), computed from content/data only.
import { formatFigure, type Approx, type FormattableFigure, type Unit } from '../format/format';
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

  return out;
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
