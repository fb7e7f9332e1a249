// The Korean chart text, the reference for en-charts.ts: the frame every chart figure shares, then each chart's words.
import { josa } from '../../format/josa';
import type { Widen } from './ko';

/**
 * Chart text: the frame every chart figure shares, then each chart's title, takeaway (caption), table and CSV column
 * heads and the summary a screen reader hears. Amounts arrive formatted for the language ('약 6만 장').
 */
export const charts = {
  tableLabel: (title: string) => `${title} — 표`,
  downloadCsv: '데이터 내려받기(CSV)',
  moreAt: (siteName: string) => `${siteName}에서 더 보기`,
  embed: '이 차트 퍼가기',
  embedHelp: '아래 코드를 복사해 붙여 넣으세요.',
  /** JavaScript only: a picture of the chart with its title, sources and the site's name. */
  downloadPng: 'PNG로 내려받기',
  cite: '이 차트 인용하기',
  citeHelp: '아래 문구를 복사해 출처로 쓰세요.',
  /** A citation: publisher, title, the date of the latest data (may be missing), address. */
  citation: (publisher: string, title: string, date: string | undefined, url: string) =>
    `${publisher}, 「${title}」${date ? `, ${date}` : ''}, ${url}`,
  link: '이 차트 링크',
  /** The chart area's name for keyboard and screen-reader users, and the hint shown when it takes focus. */
  explore: (title: string) => `${title}: 차트. 화살표 키로 값을 하나씩 읽고 Esc로 닫습니다.`,
  exploreHint: '화살표 키로 값을 하나씩 봅니다. Esc로 닫습니다.',
  /** The written summary under each chart (src/lib/charts/summary.ts). */
  overview: {
    nameSeparator: '·',
    each: (amount: string) => `각 ${amount}`,
    around: (amount: string) => `각 ${amount} 안팎`,
    largest: (names: string, amount: string) => `가장 큰 값: ${names} ${amount}.`,
    smallest: (names: string, amount: string) => `가장 작은 값: ${names} ${amount}.`,
    only: (name: string, amount: string) => `${name} ${amount}.`,
    total: (total: string) => `합계: ${total}.`,
    /** A multiple, before summary.ts adds how exact it is ('4.6배 이상'). */
    ratio: (value: number) => `${value}배`,
    change: (
      from: string,
      fromAmount: string,
      to: string,
      toAmount: string,
      diff: string | undefined,
      up: boolean,
      ratio: string | undefined,
    ) =>
      `${from} ${fromAmount}에서 ${to} ${josa(toAmount, '으로')} ${diff === undefined ? '' : `${diff} `}${up ? '늘어난다' : '줄어든다'}${ratio === undefined ? '' : `(${ratio})`}.`,
    missing: (names: string) => `수량 보고 없음: ${names}.`,
  },
  /** A bar in a summary ('네이버 약 6만 장'), and what separates the bars. */
  summaryItem: (name: string, amount: string) => `${name} ${amount}`,
  summarySeparator: ', ',
  allocationGpus: {
    title: (total: string) => `엔비디아 GPU ${total}, 누가 얼마나 받나`,
    caption: (largest: string, amount: string) =>
      `${josa(largest, '이')} ${josa(amount, '으로')} 가장 많고, 나머지 네 곳은 비슷한 규모로 나눠 받는다.`,
    /** With one recipient highlighted. */
    focusCaption: (name: string, amount: string, share: string) => `${name}의 몫은 ${josa(amount, '으로')} 전체의 ${share}다.`,
    tableHead: ['받는 곳', 'GPU', '전체 대비'],
    csvHead: ['받는 곳', 'GPU(장)', '표현', '전체 대비(%)'],
    summary: (bars: string, total: string) => `막대그래프. ${bars}. 합계 ${total}.`,
  },
  allocationValue: {
    /** The estimate alone ('₩14 trillion', English) and with its qualifier ('약 14조 원', Korean): each language picks one. */
    title: (_amount: string, approximate: string) => `추정액 ${approximate}, GPU 수대로 나누면`,
    caption: (largest: string, amount: string) => `GPU 수에 비례해 나누면 ${largest} 몫이 ${josa(amount, '으로')} 가장 크다.`,
    note: '분석팀 추산: 언론이 추정한 총액을 GPU 배정 비율로 나눈 값으로, 공개된 계약 금액이 아니다.',
    tableHead: ['받는 곳', '추정 금액(원)', '추정 금액(달러)'],
    csvHead: ['받는 곳', '추정 금액(원)', '추정 금액(달러)'],
    summary: (bars: string) => `막대그래프, 분석팀 추산. ${bars}.`,
  },
  koreaGpuBase: {
    before: '공급 전',
    after: '공급 후',
    title: '국내 AI용 GPU, 공급 전과 후',
    caption: (before: string, after: string, multiple: string) => `${before}에서 ${josa(after, '으로')}, ${josa(multiple, '이')} 된다.`,
    tableHead: ['시점', 'AI용 GPU'],
    csvHead: ['시점', 'GPU(장)', '표현'],
    summary: (before: string, after: string) => `막대그래프. 공급 전 ${before}, 공급 후 ${after}.`,
  },
  governmentFirstBatch: {
    providers: { nhn: 'NHN클라우드(B200)', naver: '네이버클라우드(H200)', kakao: '카카오(B200)' },
    title: '정부 예산으로 산 첫 GPU, 어디를 거쳐 들어오나',
    caption: (budget: string, sum: string, stateUse: string) =>
      `${budget} 추경으로 산 ${sum} 가운데 절반 넘게 NHN클라우드를 거친다. 정부가 쓰는 물량은 그 가운데 ${stateUse}, 나머지는 세 회사 몫이다.`,
    tableHead: ['도입 창구(기종)', 'GPU'],
    csvHead: ['도입 창구(기종)', 'GPU(장)'],
    summary: (bars: string) => `막대그래프. ${bars}.`,
  },
  countryComparison: {
    countries: { korea: '한국', saudi: '사우디아라비아', uk: '영국', uae: 'UAE(G42)', germany: '독일' },
    /** What each country's number counts. */
    counts: {
      korea: '정부·기업 공급 계획, 2030년까지',
      saudi: (firstPhase: string) => `휴메인이 밝힌 계획(보도), 1단계는 ${firstPhase}`,
      uk: '엔비디아 협력사 배치 목표, 2026년 말까지',
      uae: '미국 정부의 수출 승인 상한(2025년 11월)',
      germany: '도이치텔레콤 뮌헨 AI 팩토리 한 곳',
    },
    title: '나라별로 발표된 엔비디아 GPU 물량',
    /** When no country announced more than Korea. */
    captionLargest: (korea: string) =>
      `발표된 숫자로는 한국의 ${josa(korea, '이')} 가장 크다. 다만 나라마다 센 대상과 기간이 달라 단순 비교는 어렵다.`,
    /** `larger`: the countries that announced more, joined by nameSeparator. */
    captionExceeded: (korea: string, larger: string) =>
      `한국의 ${korea}보다 큰 숫자를 내건 곳은 ${larger}뿐이다. 다만 나라마다 센 대상과 기간이 달라 단순 비교는 어렵다.`,
    nameSeparator: '·',
    note: '같은 잣대의 비교가 아니다. 공급 약속, 기업 계획, 수출 승인 상한이 섞여 있고 기간도 제각각이며, 실제 인도 물량은 공개되지 않은 경우가 많다.',
    tableHead: ['나라', 'GPU', '무엇을 센 숫자인가'],
    csvHead: ['나라', 'GPU(장)', '표현', '무엇을 센 숫자인가'],
    summary: (bars: string) => `막대그래프, 기준이 서로 다른 숫자. ${bars}.`,
  },
  deliveryProgress: {
    title: '발표된 GPU와 구매가 확인된 GPU',
    /** `confirmed`: each recipient with a confirmed count ('정부 약 1만 3,000장'), joined. */
    captionSome: (announced: string, confirmed: string, missing: number) =>
      `발표된 ${announced} 가운데 구매가 확인된 물량은 ${confirmed}에 그친다. 나머지 ${missing}곳은 구매 수량이 보도되지 않았다.`,
    captionAll: (announced: string, confirmed: string) => `발표된 ${announced} 가운데 구매가 확인된 물량은 ${confirmed}다.`,
    captionNone: (announced: string) => `발표된 ${announced} 가운데 구매 수량이 보도된 곳은 없다.`,
    note: '테두리만 있는 막대는 발표 물량, 색을 채운 막대는 구매가 확인된 물량이다. 구매 수량이 보도되지 않은 곳은 0이 아니라 ‘보고 없음’으로 적었다.',
    notReported: '보고 없음',
    /** A stage reported to have happened, without a count. */
    noCount: '수량 보고 없음',
    confirmedItem: (name: string, amount: string) => `${name} ${amount}`,
    tableHead: ['받는 곳', '발표', '구매 확인', '도착', '가동'],
    csvHead: ['받는 곳', '발표(장)', '발표 표현', '구매 확인(장)', '도착(장)', '가동(장)'],
    item: (announced: string, confirmed: string) => `발표 ${announced}, 구매 확인 ${confirmed}`,
    totalOf: (confirmed: string, announced: string) => `발표 ${announced} 가운데 구매 확인 ${confirmed}`,
    summary: (bars: string) => `막대그래프, 발표 물량과 구매가 확인된 물량. ${bars}.`,
  },
} as const;

export type ChartText = Widen<typeof charts>;
