// The site's two languages and every piece of interface text, in both (checked for parity by the unit tests).
export const LANGS = ['ko', 'en'] as const;
export type Lang = (typeof LANGS)[number];
export const DEFAULT_LANG: Lang = 'ko';

/** BCP 47 tags for <html lang>, hreflang, Intl and feeds. */
export const LOCALE_TAG: Record<Lang, string> = { ko: 'ko-KR', en: 'en-US' };

export function isLang(value: unknown): value is Lang {
  return typeof value === 'string' && (LANGS as readonly string[]).includes(value);
}

export function otherLang(lang: Lang): Lang {
  return lang === 'ko' ? 'en' : 'ko';
}

/** Text in both languages, as data files store it. */
export type Localized<T = string> = Record<Lang, T>;

/** A count of articles or pages, grouped the local way (1,234). Intl via toLocaleString: these run a few times a page. */
const count = (n: number, lang: Lang) => n.toLocaleString(LOCALE_TAG[lang]);

const ko = {
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
  searchBrowseIntro: '검색창은 자바스크립트가 켜져 있어야 작동합니다. 전체 기사와 기업별·태그별 모음, 타임라인에서도 기사를 찾을 수 있습니다.',
  allArticles: '전체 기사',
  archiveIntro: '모든 기사를 최신순으로 모았습니다.',
  seeAllArticles: (n: number) => `전체 기사 보기 (${count(n, 'ko')}건)`,
  listTotal: (n: number) => `전체 ${count(n, 'ko')}건`,
  listRange: (from: number, to: number, total: number) => `전체 ${count(total, 'ko')}건 중 ${count(from, 'ko')}~${count(to, 'ko')}번째`,
  pageTitle: (title: string, page: number) => `${title} — ${page}쪽`,
  /** A page's description: '모든 기사를 최신순으로 모았습니다(2쪽).' */
  withPage: (text: string, page: number) => `${text.replace(/\.$/, '')}(${page}쪽).`,
  pagination: '페이지 이동',
  pageLabel: (page: number) => `${page}쪽`,
  previousPage: '이전',
  nextPage: '다음',
  companyAllTitle: (name: string) => `${name} 관련 기사`,
  companyAllIntro: (name: string) => `${name} 관련 기사를 최신순으로 모았습니다.`,
  companySeeAll: (n: number) => `관련 기사 전체 보기 (${count(n, 'ko')}건)`,
  companyBack: (name: string) => `${name} 개요로 돌아가기`,
  share: '공유하기',
  related: '함께 읽을 기사',
  moreArticles: '다른 기사',
  previousArticle: '이전 기사',
  nextArticle: '다음 기사',
  contents: '목차',
  correctionLabel: '바로잡습니다',
  shareOfTotal: '전체 물량 대비',
  partnershipCovers: '협력 내용',
  keyFigures: '주요 수치',
  notFoundTitle: '페이지를 찾을 수 없습니다',
  notFoundBody: '주소가 바뀌었거나 없는 페이지입니다.',
  backHome: '홈으로 돌아가기',
  noArticles: '아직 기사가 없습니다.',
  rssTitle: 'GPU 26만 장 — 최신 기사',
  methodology: '계산 방법',
  methodologyIntro:
    '이 사이트가 직접 계산한 수치와 그 방법입니다. 모두 공개 보도의 수치에서 나온 추산이며, 공식 발표나 계약 금액이 아닙니다.',
  methodInputs: '사용한 수치',
  estimateNote: '이 사이트의 추산',
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

type Dict = { [K in keyof typeof ko]: (typeof ko)[K] extends (...args: infer A) => string ? (...args: A) => string : string };

const en: Dict = {
  siteName: '260K GPUs',
  siteTagline: (total: string) => `${total} for Korea: NVIDIA's deal in numbers and context`,
  siteDescription: (total: string) =>
    `An independent, sourced analysis of NVIDIA's plan to supply ${total} to South Korea and of each partnership behind it: the government, Samsung, SK, Hyundai and NAVER.`,
  imageAlt: '260K GPUs: an analysis of NVIDIA’s GPU supply to Korea',
  skipToContent: 'Skip to content',
  navLabel: 'Main',
  navHome: 'Home',
  navArchive: 'Articles',
  navCompanies: 'Companies',
  navTimeline: 'Timeline',
  navSearch: 'Search',
  switchLanguage: '한국어',
  switchLanguageLabel: 'Read in Korean',
  themeToggle: 'Dark mode',
  themeToggleLabel: 'Toggle dark mode',
  footerAbout: 'An independent analysis built on public reporting. Every number carries its source.',
  footerRss: 'RSS feed',
  latestArticles: 'Latest articles',
  byline: 'By',
  published: 'Published',
  updated: 'Updated',
  readingTime: (minutes: number) => `${minutes} min read`,
  sources: 'Sources',
  companiesTitle: 'The recipients',
  companiesIntro: 'The five organisations receiving GPUs, and what each partnership covers.',
  companyArticles: 'Articles',
  allocation: 'Allocation',
  timelineTitle: 'Timeline',
  timelineIntro: 'The key dates before and after the announcement, in order.',
  searchTitle: 'Search',
  searchIntro: 'Search article titles and text.',
  searchLabel: 'Search terms',
  searchPlaceholder: 'e.g. Samsung, sovereign, data centre',
  searchButton: 'Search',
  searchSearching: 'Searching…',
  searchCount: '{n} results',
  searchUnavailable: 'The search index could not be loaded. Please browse the lists below instead.',
  searchBrowse: 'Browse instead',
  searchBrowseIntro: 'The search box needs JavaScript. You can also find articles in the full archive, by company or tag, and on the timeline.',
  allArticles: 'All articles',
  archiveIntro: 'Every article, newest first.',
  seeAllArticles: (n: number) => `All ${count(n, 'en')} articles`,
  listTotal: (n: number) => (n === 1 ? '1 article' : `${count(n, 'en')} articles`),
  listRange: (from: number, to: number, total: number) => `Articles ${count(from, 'en')}–${count(to, 'en')} of ${count(total, 'en')}`,
  pageTitle: (title: string, page: number) => `${title} — page ${page}`,
  withPage: (text: string, page: number) => `${text.replace(/\.$/, '')} (page ${page}).`,
  pagination: 'Pages',
  pageLabel: (page: number) => `Page ${page}`,
  previousPage: 'Previous',
  nextPage: 'Next',
  companyAllTitle: (name: string) => `Articles about ${name}`,
  companyAllIntro: (name: string) => `Every article about ${name}, newest first.`,
  companySeeAll: (n: number) => `All ${count(n, 'en')} articles`,
  companyBack: (name: string) => `Back to the ${name} overview`,
  share: 'Share',
  related: 'Related articles',
  moreArticles: 'More articles',
  previousArticle: 'Previous article',
  nextArticle: 'Next article',
  contents: 'Contents',
  correctionLabel: 'Correction',
  shareOfTotal: 'Share of the total',
  partnershipCovers: 'What the partnership covers',
  keyFigures: 'Key figures',
  notFoundTitle: 'Page not found',
  notFoundBody: 'The address may have changed, or the page never existed.',
  backHome: 'Back to the home page',
  noArticles: 'No articles yet.',
  rssTitle: '260K GPUs — latest articles',
  methodology: 'Methodology',
  methodologyIntro:
    'The numbers this site computes itself, and how. All are estimates derived from publicly reported figures, not official or contract values.',
  methodInputs: 'Inputs',
  estimateNote: 'our estimate',
  tags: 'Tags',
  tagTitle: (name: string) => `Tag: ${name}`,
  tagIntro: (name: string) => `Articles tagged ‘${name}’, newest first.`,
  calloutNote: 'Note',
  calloutWarning: 'Caution',
  calloutCorrection: 'Correction',
  fullTimeline: 'See the full timeline',
  draftNotice: 'Draft: visible in the dev server only, not on the live site.',
  scheduledNotice: (date: string) => `Scheduled: on the live site from ${date} (at the first build after that).`,
};

export const UI: Record<Lang, Dict> = { ko, en };

export function t(lang: Lang): Dict {
  return UI[lang];
}
