// Internal links in articles: every /path/ must be a page the build makes, every #anchor an id on that page,
// and a published article must not link to one that is still a draft (the link would lead nowhere on the live site).
import { DEFAULT_LANG, type Lang } from '../site/i18n';
import type { Problem } from './problems';
import { matchRoute, type RoutePattern } from './routes';
import { PAGE_SEGMENT } from '../site/pagination';
import { closest } from './suggest';
import { localePath, parsePath } from '../site/urls';

export interface LinkTarget {
  published: boolean;
  /** Ids on the page that #anchors may point at. */
  anchors: Set<string>;
  /** Where the article is and, when it is not live, why: a draft, or scheduled to go live on `liveFrom` (YYYY-MM-DD, Korean time). */
  file?: string | undefined;
  status?: 'draft' | 'scheduled' | undefined;
  liveFrom?: string | undefined;
}

export interface LinkContext {
  routes: RoutePattern[];
  /** Articles by `${lang}/${slug}`. */
  articles: Map<string, LinkTarget>;
  recipients: Set<string>;
  tags: Set<string>;
  /** Known ids on other pages, by their path without locale ('/methodology/'); pages not listed are not anchor-checked. */
  pageAnchors: Map<string, Set<string>>;
}

export interface LinkFrom {
  lang: Lang;
  /** Whether the linking article is live (not a draft, not scheduled); undefined when its frontmatter is broken. */
  published: boolean | undefined;
  anchors: Set<string>;
}

export type LinkProblem = {
  en: string;
  ko: string;
  /** Set when the link leads to an article that is not live yet: its key in LinkContext.articles ('ko/slug'). */
  unpublished?: string;
};

/** Ids every page has (the layout's main region). */
const LAYOUT_ANCHORS = ['main'];

const EXTERNAL = /^(?:[a-z][a-z0-9+.-]*:|\/\/)/i;

function anchorProblem(anchor: string, page: string, anchors: Set<string>): LinkProblem | undefined {
  const id = safeDecode(anchor);
  if (!id || anchors.has(id) || LAYOUT_ANCHORS.includes(id)) return undefined;
  const near = closest(id, anchors);
  const hint = near ? ` (did you mean #${near}?)` : '';
  const hintKo = near ? ` (#${near}을(를) 쓰려던 것인가요?)` : '';
  return {
    en: `the anchor #${id} does not exist on ${page}${hint}; link to a heading's id or remove the #part`,
    ko: `${page}에는 #${id} 위치가 없습니다${hintKo}. 소제목의 id로 연결하거나 # 뒷부분을 지우세요`,
  };
}

function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

function nowhere(url: string): LinkProblem {
  return {
    en: `the link ${url} leads nowhere: the site has no such page; check the address`,
    ko: `링크 ${url}은(는) 없는 페이지로 연결됩니다. 주소를 확인하세요`,
  };
}

/**
 * A link to a later page of a list (/articles/page/2/, /tags/hbm/page/3/): which articles it shows changes with every new
 * article, and the page may not exist yet, so articles link to the list itself.
 */
function laterPageProblem(
  url: string,
  route: RoutePattern,
  params: Record<string, string>,
  lang: Lang,
  rest: string,
): LinkProblem | undefined {
  const at = route.segments.indexOf(PAGE_SEGMENT);
  const param = route.segments[at + 1];
  if (at < 1 || !param?.startsWith(':')) return undefined;
  const n = params[param.slice(1)];
  const first = localePath(lang, rest.split('/').filter(Boolean).slice(0, at).join('/'));
  return {
    en: `the link ${url} leads to page ${n} of a list, whose articles move on to later pages as new ones are published; link to the list itself: ${first}`,
    ko: `링크 ${url}은(는) 목록의 ${n}쪽입니다. 새 기사가 나올 때마다 기사가 뒤쪽으로 밀려나니 목록 첫 쪽(${first})으로 연결하세요`,
  };
}

/** A live article's link to one that is not live: what the target is (a draft, or scheduled for a date) and where. */
function unpublishedProblem(page: string, target: LinkTarget): LinkProblem {
  if (target.status === 'scheduled' && target.file && target.liveFrom) {
    return {
      en: `links to ${page}, which is scheduled for ${target.liveFrom} (${target.file}) and not on the live site yet: until then the link would lead nowhere; publish that article first or remove the link until it is live`,
      ko: `${page}은(는) ${target.liveFrom} 공개로 예약된 기사(${target.file})라 아직 실제 사이트에 없습니다. 그때까지 실제 사이트에서는 링크가 끊기니, 그 기사를 먼저 공개하거나 공개될 때까지 링크를 빼세요`,
    };
  }
  if (target.status === 'draft' && target.file) {
    return {
      en: `links to ${page}, which is a draft (${target.file}, draft: true) and not on the live site: the link would lead nowhere; publish that article first or remove the link`,
      ko: `${page}은(는) 아직 초안(${target.file}, draft: true)이라 실제 사이트에 없습니다. 실제 사이트에서는 링크가 끊기니 그 기사를 먼저 공개하거나 링크를 빼세요`,
    };
  }
  return {
    en: `links to ${page}, which is a draft or scheduled for later: on the live site the link would lead nowhere; publish that article first or remove the link`,
    ko: `${page}은(는) 아직 초안이거나 예약된 기사라 실제 사이트에서는 링크가 끊깁니다. 그 기사를 먼저 공개하거나 링크를 빼세요`,
  };
}

/** A link from a live article to one that is not live yet, as the body check found it. */
export interface UnpublishedLink {
  /** The linking article and the link's line. */
  file: string;
  line: number;
  /** The target's key in LinkContext.articles ('ko/slug'). */
  target: string;
  problem: LinkProblem;
}

/**
 * Links to articles that are not live yet, one problem per target: on the link itself when only one link leads there
 * (most likely the link was added too early); otherwise on the target's own `published` (or `draft`) line, listing every
 * link, since a target just scheduled for later or turned back into a draft would else be reported once per linking
 * article, in files the editor never touched.
 */
export function unpublishedLinkProblems(links: UnpublishedLink[], targets: Map<string, LinkTarget>): Problem[] {
  const byTarget = new Map<string, UnpublishedLink[]>();
  for (const l of links) byTarget.set(l.target, [...(byTarget.get(l.target) ?? []), l]);
  return [...byTarget].map(([key, group]): Problem => {
    const target = targets.get(key);
    const { en, ko } = group[0]!.problem;
    if (group.length === 1 || !target?.file || !target.status) return { file: group[0]!.file, line: group[0]!.line, field: 'link', en, ko };
    const list = group.map((l) => `${l.file}:${l.line}`).join(', ');
    const n = group.length;
    return target.status === 'scheduled'
      ? {
          file: target.file,
          field: 'published',
          en: `this article is scheduled for ${target.liveFrom}, so it is not on the live site yet, but published articles link to it ${n} times: ${list}. On the live site those links lead nowhere until then: if this article should be live now, set published to today or earlier; otherwise remove those links until it is live`,
          ko: `이 기사는 ${target.liveFrom} 공개로 예약돼 아직 실제 사이트에 없는데, 공개된 기사에 이 기사로 가는 링크가 ${n}개 있습니다: ${list}. 그때까지 실제 사이트에서 이 링크들이 끊깁니다. 지금 공개할 기사라면 published를 오늘이나 그 이전 날짜로 고치고, 아니면 공개될 때까지 그 링크들을 빼세요`,
        }
      : {
          file: target.file,
          field: 'draft',
          en: `this article is a draft (draft: true), so it is not on the live site, but published articles link to it ${n} times: ${list}. On the live site those links lead nowhere: publish this article (remove draft: true) or remove those links`,
          ko: `이 기사는 초안(draft: true)이라 실제 사이트에 없는데, 공개된 기사에 이 기사로 가는 링크가 ${n}개 있습니다: ${list}. 실제 사이트에서 이 링크들이 끊깁니다. 이 기사를 공개하거나(draft: true를 지움) 그 링크들을 빼세요`,
        };
  });
}

/** The problem with one link in an article, or undefined when it leads somewhere. */
export function checkLink(url: string, from: LinkFrom, ctx: LinkContext): LinkProblem | undefined {
  const trimmed = url.trim();
  if (!trimmed || EXTERNAL.test(trimmed)) return undefined;
  if (trimmed.startsWith('#')) return anchorProblem(trimmed.slice(1), 'this article', from.anchors);
  if (!trimmed.startsWith('/')) {
    return {
      en: `the link ${trimmed} is relative; write site links from the root, e.g. /articles/slug/ (or /en/articles/slug/)`,
      ko: `링크 ${trimmed}은(는) 상대 주소입니다. 사이트 안 링크는 /articles/슬러그/ 처럼 /로 시작하게 쓰세요`,
    };
  }
  const [pathAndQuery = '', anchor] = trimmed.split('#', 2);
  const path = safeDecode(pathAndQuery.split('?')[0]!);
  const { lang, rest } = parsePath(path, '/');
  const match = matchRoute(ctx.routes, rest, lang !== DEFAULT_LANG);
  if (!match) return nowhere(trimmed);
  const { route, params } = match;
  if (route.directory && !match.trailingSlash) {
    return {
      en: `the link ${trimmed} needs a slash at the end: ${path}/${anchor !== undefined ? `#${anchor}` : ''}`,
      ko: `링크 ${trimmed} 끝에 /를 붙이세요: ${path}/${anchor !== undefined ? `#${anchor}` : ''}`,
    };
  }
  const page = route.localized ? localePath(lang, rest) : rest;
  const section = route.segments[0];
  const param = Object.values(params)[0];

  if (section === 'articles' && route.segments.length === 2 && param !== undefined) {
    const target = ctx.articles.get(`${lang}/${param}`);
    if (!target) {
      const slugs = [...ctx.articles.keys()].filter((k) => k.startsWith(`${lang}/`)).map((k) => k.slice(lang.length + 1));
      const near = closest(param, slugs);
      const other = ctx.articles.has(`${lang === 'ko' ? 'en' : 'ko'}/${param}`);
      const langName = { en: lang === 'ko' ? 'Korean' : 'English', ko: lang === 'ko' ? '한국어' : '영어' };
      return {
        en: `the link ${trimmed} leads nowhere: there is no ${langName.en} article '${param}'${near ? `; did you mean ${localePath(lang, `articles/${near}/`)}?` : ''}${other ? ` (the article exists in the other language: English pages start with /en/)` : ''}`,
        ko: `링크 ${trimmed}은(는) 없는 기사로 연결됩니다. ${langName.ko} 기사 '${param}'이(가) 없습니다${near ? `. ${localePath(lang, `articles/${near}/`)}을(를) 쓰려던 것인가요?` : ''}${other ? ' (다른 언어 기사는 있습니다. 영어 페이지는 /en/으로 시작합니다)' : ''}`,
      };
    }
    if (from.published && !target.published) return { ...unpublishedProblem(page, target), unpublished: `${lang}/${param}` };
    return anchor ? anchorProblem(anchor, page, target.anchors) : undefined;
  }
  if (section === 'companies' && param !== undefined && !ctx.recipients.has(param)) {
    return {
      en: `the link ${trimmed} leads nowhere: '${param}' is not a recipient (${[...ctx.recipients].join(', ')})`,
      ko: `링크 ${trimmed}은(는) 없는 페이지로 연결됩니다. '${param}'은(는) 수혜 기관이 아닙니다(가능한 값: ${[...ctx.recipients].join(', ')})`,
    };
  }
  if (section === 'tags' && param !== undefined && !ctx.tags.has(param)) {
    return {
      en: `the link ${trimmed} leads nowhere: there is no tag '${param}' in content/data/tags.yaml`,
      ko: `링크 ${trimmed}은(는) 없는 페이지로 연결됩니다. content/data/tags.yaml에 '${param}' 태그가 없습니다`,
    };
  }
  const later = route.localized ? laterPageProblem(trimmed, route, params, lang, rest) : undefined;
  if (later) return later;
  const anchors = ctx.pageAnchors.get(route.localized ? rest : page);
  return anchor && anchors ? anchorProblem(anchor, page, anchors) : undefined;
}
