// The Korean interface text: the reference dictionary. Its shape is the type of every other language's (en.ts), and the
// unit tests check that each key has text in each language.

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
  /** Shown instead of the search box when JavaScript is off; {archive} links to the archive. */
  searchNoScript:
    '검색창은 자바스크립트가 켜져 있어야 작동하는데, 이 브라우저에서는 꺼져 있습니다. {archive}이나 아래 목록에서 기사를 찾아 주세요.',
  searchNoScriptArchive: '전체 기사 목록',
  searchBrowse: '목록에서 찾기',
  searchBrowseIntro: '전체 기사와 기업별·태그별 모음, 타임라인에서도 기사를 찾을 수 있습니다.',
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
  // An article's own line names its newest cited source: its text may speak for later reporting it checked (the site's
  // reach), so "반영한 보도: 3월 12일까지" beside "6월 말까지의 보도에서…" read as a contradiction.
  reachArticle: '인용한 최신 보도: {date}',
  moreArticles: '다른 기사',
  previousArticle: '이전 기사',
  nextArticle: '다음 기사',
  contents: '목차',
  correctionLabel: '바로잡습니다',
  correctionWas: '고치기 전:',
  correctionsLead: '바로잡습니다',
  correctionsSummary: (n: number, date: string) => `이 기사를 ${count(n)}차례 고쳤습니다(최근 ${date}).`,
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
  /** The delivery tracker (/tracker/); `total` is the headline number as printed ('26만 장'). */
  trackerTitle: (total: string) => `GPU ${total}, 어디까지 왔나`,
  trackerIntro:
    '받는 곳마다 발표, 구매 확인, 도착, 가동의 네 단계를 공개 보도로 확인된 만큼 적었습니다. 수량이 보도되지 않은 단계는 짐작해 채우지 않고 ‘보고 없음’으로 남겼습니다.',
  trackerStages: { announced: '발표', purchased: '구매 확인', delivered: '도착', inService: '가동' },
  trackerNotReported: '보고 없음',
  /** A stage reported to have happened, without a count. */
  trackerNoCount: '수량 보고 없음',
  trackerStagesOf: (name: string) => `${name}: 단계별 현황`,
  trackerBatches: '정부 구매분 자세히',
  trackerBatchesIntro: '정부 몫은 예산이 확정되는 만큼 나눠 삽니다. 구매분마다 단계를 따로 적었습니다.',
  trackerPartsHead: ['도입 창구(기종)', '확보 물량', '정부 활용분'],
  trackerPartsLabel: (batch: string) => `${batch}: 도입 창구별 물량`,
  /** The links to the tracker from the home page and each company page. */
  trackerLink: 'GPU 도입 현황: 발표부터 가동까지',
  trackerCompanyLink: (name: string) => `${name}의 GPU 도입 현황`,
} as const;

export type UiText = Widen<typeof ui>;
