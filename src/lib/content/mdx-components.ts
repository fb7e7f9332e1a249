// The components editors may use in MDX without imports, and the props each takes: the one table the checker validates
// every use against and src/components/mdx/index.ts must match (astro check enforces it). A new component is one entry here.
import { CHART_IDS } from '../charts/spec';
import type { Localized } from '../site/i18n';

export type PropKind =
  | { type: 'text' }
  | { type: 'number'; min: number }
  /** YYYY-MM-DD or YYYY-MM, like the timeline's dates. */
  | { type: 'date' }
  /** An id from content/data/figures.yaml (or one of the site's derived figures). */
  | { type: 'figure' }
  /** An id from content/data/sources.yaml. */
  | { type: 'source' }
  /** An id from content/data/recipients.yaml. */
  | { type: 'recipient' }
  | { type: 'choice'; values: readonly string[] }
  /** A switch written alone (<Fig id="…" historical />). */
  | { type: 'flag' };

export interface PropSpec {
  kind: PropKind;
  required?: boolean;
  about: Localized;
}

export interface ComponentSpec {
  about: Localized;
  props: Readonly<Record<string, PropSpec>>;
  /** Whether text goes between an opening and a closing tag. */
  children: 'none' | 'optional' | 'required';
  example: string;
}

export const MDX_COMPONENTS = {
  Fig: {
    about: { ko: '수치 하나를 언어에 맞게 쓰고 출처를 연결합니다', en: 'prints one figure, formatted for the language and linked to its source' },
    props: {
      id: { kind: { type: 'figure' }, required: true, about: { ko: 'figures.yaml의 수치 id', en: 'a figure id from figures.yaml' } },
      historical: {
        kind: { type: 'flag' },
        about: {
          ko: '같은 주제의 더 새 수치가 있는데도 옛 수치를 일부러 쓸 때(예: “처음에는 …였다”): 최신 수치 경고를 끕니다',
          en: 'prints an older figure on purpose although a newer one exists on the same subject ("at first it was …"): no newer-figure warning',
        },
      },
    },
    children: 'none',
    example: '<Fig id="allocation.naver" />',
  },
  Callout: {
    about: { ko: '본문과 구분되는 안내 상자', en: 'a box set apart from the text' },
    props: {
      type: {
        kind: { type: 'choice', values: ['note', 'warning', 'correction'] },
        about: { ko: '종류: note(참고, 기본값), warning(주의), correction(바로잡습니다)', en: 'kind: note (the default), warning, correction' },
      },
      title: { kind: { type: 'text' }, about: { ko: '상자 제목(없으면 종류 이름)', en: 'a heading (default: the kind’s name)' } },
    },
    children: 'required',
    example: '<Callout type="warning" title="추정치입니다">\n금액은 언론 추정치이며 공식 발표가 아닙니다.\n</Callout>',
  },
  PullQuote: {
    about: { ko: '눈에 띄게 뽑아 보여 주는 인용문', en: 'a quotation displayed large' },
    props: {
      by: { kind: { type: 'text' }, about: { ko: '말한 사람', en: 'who said it' } },
      source: { kind: { type: 'source' }, about: { ko: '인용한 출처 id(sources.yaml)', en: 'the source id it is quoted from (sources.yaml)' } },
    },
    children: 'required',
    example: '<PullQuote by="이름, 직함" source="s1">\n인용할 말을 여기에 씁니다.\n</PullQuote>',
  },
  Cite: {
    about: { ko: '출처 표시: 기사 끝 출처 목록의 해당 항목으로 연결합니다', en: 'a source citation, linking to the entry in the source list at the end of the article' },
    props: { id: { kind: { type: 'source' }, required: true, about: { ko: 'sources.yaml의 출처 id', en: 'a source id from sources.yaml' } } },
    children: 'optional',
    example: '<Cite id="s4" />',
  },
  RecipientCard: {
    about: { ko: '수혜 기관 한 곳의 배정 물량과 설명 카드', en: 'a card with one recipient’s allocation and description' },
    props: { id: { kind: { type: 'recipient' }, required: true, about: { ko: 'recipients.yaml의 기관 id', en: 'a recipient id from recipients.yaml' } } },
    children: 'none',
    example: '<RecipientCard id="naver" />',
  },
  TimelineExcerpt: {
    about: { ko: '타임라인의 일부: 기관이나 기간으로 고른 일정 목록', en: 'part of the timeline: the events of one recipient or period' },
    props: {
      recipient: { kind: { type: 'recipient' }, about: { ko: '이 기관의 일정만', en: 'only this recipient’s events' } },
      from: { kind: { type: 'date' }, about: { ko: '이 날짜부터(YYYY-MM-DD)', en: 'from this date (YYYY-MM-DD)' } },
      to: { kind: { type: 'date' }, about: { ko: '이 날짜까지(YYYY-MM-DD)', en: 'up to this date (YYYY-MM-DD)' } },
      limit: { kind: { type: 'number', min: 1 }, about: { ko: '최대 몇 개까지', en: 'at most this many events' } },
    },
    children: 'none',
    example: '<TimelineExcerpt recipient="samsung" from="2025-10-01" limit={3} />',
  },
  AllocationChart: {
    about: { ko: '기관별 배정 물량(또는 추정 금액) 차트', en: 'a chart of the allocations (or the estimated value) by recipient' },
    props: {
      metric: {
        kind: { type: 'choice', values: ['gpus', 'value'] },
        required: true,
        about: { ko: 'gpus(GPU 수) 또는 value(추정 금액)', en: 'gpus (GPU counts) or value (estimated value)' },
      },
      highlight: { kind: { type: 'recipient' }, about: { ko: '강조할 기관 id', en: 'a recipient id to highlight' } },
    },
    children: 'none',
    example: '<AllocationChart metric="gpus" highlight="naver" />',
  },
  Chart: {
    about: { ko: '차트 하나를 id로 넣습니다(맥락 차트 포함)', en: 'places any chart by its id (including the context charts)' },
    props: {
      id: {
        kind: { type: 'choice', values: CHART_IDS },
        required: true,
        about: {
          ko: 'allocation-gpus(배정 물량), allocation-value(추정 금액), korea-gpu-base(국내 GPU 전후), government-first-batch(정부 1차 도입), country-comparison(나라별 비교)',
          en: 'allocation-gpus, allocation-value, korea-gpu-base (Korea before/after), government-first-batch or country-comparison (other countries)',
        },
      },
      highlight: { kind: { type: 'recipient' }, about: { ko: '강조할 기관 id', en: 'a recipient id to highlight' } },
    },
    children: 'none',
    example: '<Chart id="korea-gpu-base" />',
  },
} as const satisfies Record<string, ComponentSpec>;

/** The components editors can use (every one in the table). */
export type MdxComponentName = keyof typeof MDX_COMPONENTS;

export function componentSpec(name: string): ComponentSpec | undefined {
  return Object.hasOwn(MDX_COMPONENTS, name) ? (MDX_COMPONENTS as Record<string, ComponentSpec>)[name] : undefined;
}

export const COMPONENT_NAMES = Object.keys(MDX_COMPONENTS) as MdxComponentName[];

type SpecProps<N extends MdxComponentName> = (typeof MDX_COMPONENTS)[N]['props'];
type ValueOf<S> = S extends { kind: { type: 'number' } } ? number : S extends { kind: { type: 'flag' } } ? boolean : S extends { kind: { type: 'choice'; values: readonly (infer V)[] } } ? V : string;
type RequiredKeys<T> = { [K in keyof T]: T[K] extends { required: true } ? K : never }[keyof T];

/** A component's props as its Astro file declares them (`type Props = MdxProps<'Fig'>`): the table above, typed. */
export type MdxProps<N extends MdxComponentName> = { [K in RequiredKeys<SpecProps<N>>]: ValueOf<SpecProps<N>[K]> } & {
  [K in Exclude<keyof SpecProps<N>, RequiredKeys<SpecProps<N>>>]?: ValueOf<SpecProps<N>[K]> | undefined;
};
