// The Korean interface text: the reference dictionary. Its shape is the type of every other language's (en.ts), and the
// unit tests check that each key has text in each language.
import { josa } from '../../format/josa';

/** A count of articles or pages, grouped the Korean way (1,234). Intl via toLocaleString: these run a few times a page. */
const count = (n: number) => n.toLocaleString('ko-KR');

/** Strings stay strings and functions keep their parameters: the type another language's dictionary must have. */
export type Widen<T> = T extends (...args: infer A) => string
  ? (...args: A) => string
  : T extends string
    ? string
    : { readonly [K in keyof T]: Widen<T[K]> };

export const ui = {
  siteName: 'GPU 26만 장',
  /** `total` is the headline figure as printed (e.g. '26만 장'), so the text follows the data. */
  siteTagline: (total: string) => `엔비디아 GPU ${total} 한국 공급, 숫자와 맥락으로 읽다`,
  siteDescription: (total: string) =>
    `엔비디아가 한국에 공급하기로 한 GPU ${total}과 정부·삼성·SK·현대차·네이버의 협력을 출처와 데이터로 분석합니다.`,
  imageAlt: 'GPU 26만 장: 엔비디아 GPU 한국 공급 분석',
  skipToContent: '본문으로 건너뛰기',
  navLabel: '주 메뉴',
  navHome: '홈',
  navArchive: '기사',
  navCompanies: '기업별',
  navTimeline: '타임라인',
  navSearch: '검색',
  switchLanguage: 'English',
  switchLanguageLabel: '영어로 보기',
  themeToggle: '어두운 화면',
  themeToggleLabel: '어두운 화면 켜기·끄기',
  footerAbout: '공개 보도를 바탕으로 한 독립 분석 사이트입니다. 모든 수치에는 출처가 있습니다.',
  footerRss: 'RSS 구독',
  latestArticles: '최신 기사',
  homeGpus: '공급 GPU',
  homeValue: '추정 규모(언론 추산)',
  homeRecipients: '받는 곳',
  recipientCount: (n: number) => `${n}곳`,
  leadStory: '주요 기사',
  byline: '글',
  published: '입력',
  updated: '수정',
  readingTime: (minutes: number) => `${minutes}분 분량`,
  sources: '출처',
  companiesTitle: '기업별로 보기',
  companiesIntro: 'GPU를 받는 다섯 곳과 각자의 협력 내용을 정리했습니다.',
  companyArticles: '관련 기사',
  allocation: '배정 물량',
  timelineTitle: '타임라인',
  timelineIntro: '발표 전후의 주요 일정을 날짜순으로 정리했습니다.',
  searchTitle: '검색',
  searchIntro: '기사 제목과 본문에서 찾습니다.',
  searchLabel: '검색어',
  searchPlaceholder: '예: 삼성, 정부, 데이터센터',
  searchButton: '검색',
  searchSearching: '찾는 중…',
  searchCount: '검색 결과 {n}건',
  searchUnavailable: '검색 색인을 불러오지 못했습니다. 아래 목록에서 기사를 찾아 주세요.',
  searchBrowse: '목록에서 찾기',
  searchBrowseIntro:
    '검색창은 자바스크립트가 켜져 있어야 작동합니다. 전체 기사와 기업별·태그별 모음, 타임라인에서도 기사를 찾을 수 있습니다.',
  allArticles: '전체 기사',
  archiveIntro: '모든 기사를 최신순으로 모았습니다.',
  seeAllArticles: (n: number) => `전체 기사 보기 (${count(n)}건)`,
  listTotal: (n: number) => `전체 ${count(n)}건`,
  listRange: (from: number, to: number, total: number) => `전체 ${count(total)}건 중 ${count(from)}~${count(to)}번째`,
  pageTitle: (title: string, page: number) => `${title} — ${page}쪽`,
  /** A page's description: '모든 기사를 최신순으로 모았습니다(2쪽).' */
  withPage: (text: string, page: number) => `${text.replace(/\.$/, '')}(${page}쪽).`,
  pagination: '페이지 이동',
  pageLabel: (page: number) => `${page}쪽`,
  previousPage: '이전',
  nextPage: '다음',
  companyAllTitle: (name: string) => `${name} 관련 기사`,
  companyAllIntro: (name: string) => `${name} 관련 기사를 최신순으로 모았습니다.`,
  companySeeAll: (n: number) => `관련 기사 전체 보기 (${count(n)}건)`,
  companyBack: (name: string) => `${name} 개요로 돌아가기`,
  share: '공유하기',
  shareFacebook: '페이스북',
  shareLinkedIn: '링크드인',
  shareEmail: '이메일',
  /** Offered on Korean pages only (src/lib/site/share.ts). */
  shareNaverBlog: '네이버 블로그',
  related: '함께 읽을 기사',
  articleAside: '공유와 다른 기사',
  /** {date} is replaced by the date, as a <time>. */
  reachSite: '분석에 반영한 공개 보도: {date}까지',
  reachArticle: '반영한 보도: {date}까지',
  moreArticles: '다른 기사',
  previousArticle: '이전 기사',
  nextArticle: '다음 기사',
  contents: '목차',
  correctionLabel: '바로잡습니다',
  correctionWas: '고치기 전:',
  correctionsAll: '정정 기록 전체 보기',
  correctionsTitle: '정정 기록',
  correctionsIntro: '기사를 고친 내역을 최신순으로 모두 공개합니다. 사실이 바뀐 정정마다 날짜와 고치기 전후의 내용을 적었습니다.',
  correctionsNone: '아직 정정한 기사가 없습니다.',
  shareOfTotal: '전체 물량 대비',
  partnershipCovers: '협력 내용',
  keyFigures: '주요 수치',
  notFoundTitle: '페이지를 찾을 수 없습니다',
  notFoundBody: '주소가 바뀌었거나 없는 페이지입니다.',
  backHome: '홈으로 돌아가기',
  noArticles: '아직 기사가 없습니다.',
  rssTitle: 'GPU 26만 장 — 최신 기사',
  methodology: '계산 방법',
  methodologyIntro: '분석팀이 직접 계산한 수치와 그 방법입니다. 모두 공개 보도의 수치에서 나온 추산이며, 공식 발표나 계약 금액이 아닙니다.',
  methodInputs: '사용한 수치',
  /** Before the sources in the tooltip of a number the site computed. */
  estimateNote: '분석팀 추산',
  tags: '태그',
  tagTitle: (name: string) => `태그: ${name}`,
  tagIntro: (name: string) => `'${name}' 태그가 붙은 기사를 최신순으로 모았습니다.`,
  calloutNote: '참고',
  calloutWarning: '주의',
  calloutCorrection: '바로잡습니다',
  fullTimeline: '전체 타임라인 보기',
  draftNotice: '초안입니다. 개발 서버에서만 보이고 공개 사이트에는 나오지 않습니다.',
  scheduledNotice: (date: string) => `예약된 기사입니다. ${date}부터 공개 사이트에 나옵니다(그 뒤 첫 빌드 때).`,
} as const;

export type UiText = Widen<typeof ui>;

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
    title: '정부 1차 도입 GPU, 어디를 거쳐 들어오나',
    caption: (budget: string, sum: string) => `${budget} 추경으로 산 ${sum} 가운데 절반 넘게 NHN클라우드를 거친다.`,
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
} as const;

export type ChartText = Widen<typeof charts>;
