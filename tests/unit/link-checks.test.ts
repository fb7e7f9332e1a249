// Internal links: routes read from src/pages, article slugs per language, trailing slashes, anchors, and drafts.
import { describe, expect, it } from 'vitest';
import { checkLink, unpublishedLinkProblems, type LinkContext, type LinkFrom } from '@/lib/checks/links';
import { matchRoute, readRoutes } from '@/lib/checks/routes';

const routes = readRoutes('src/pages');
const ctx: LinkContext = {
  routes,
  articles: new Map([
    ['ko/deal-explained', { published: true, anchors: new Set(['다섯-곳이-나눈-물량', 'source-s2']) }],
    ['en/deal-explained', { published: true, anchors: new Set(['who-gets-what']) }],
    ['ko/only-korean', { published: true, anchors: new Set() }],
    ['ko/coming', { published: false, anchors: new Set() }],
    [
      'ko/scheduled',
      { published: false, anchors: new Set(), file: 'content/articles/ko/scheduled.mdx', status: 'scheduled', liveFrom: '2099-12-01' },
    ],
    ['ko/drafted', { published: false, anchors: new Set(), file: 'content/articles/ko/drafted.mdx', status: 'draft' }],
  ]),
  recipients: new Set(['samsung', 'naver']),
  tags: new Set(['deal']),
  pageAnchors: new Map([
    ['/methodology/', new Set(['derived.value-per-gpu'])],
    ['/timeline/', new Set(['2025-10-31-announcement'])],
  ]),
};
const live: LinkFrom = { lang: 'ko', published: true, anchors: new Set(['intro']) };
const ok = (url: string, from = live) => expect(checkLink(url, from, ctx), url).toBeUndefined();
const says = (url: string, from = live) => checkLink(url, from, ctx)?.en ?? '';

describe('readRoutes', () => {
  it('reads every page of src/pages, localised or not, and which are files rather than directories', () => {
    const byPath = new Map(routes.map((r) => [`/${r.segments.join('/')}`, r]));
    expect(byPath.get('/articles/:slug')).toMatchObject({ localized: true, directory: true });
    expect(byPath.get('/timeline')).toMatchObject({ localized: true, directory: true });
    expect(byPath.get('/rss.xml')).toMatchObject({ localized: true, directory: false });
    expect(byPath.get('/')).toMatchObject({ localized: true });
    expect(byPath.get('/robots.txt')).toMatchObject({ localized: false, directory: false });
  });

  it('prefers a fixed route to a parameterised one', () => {
    expect(matchRoute(routes, '/companies/', false)?.route.segments).toEqual(['companies']);
    expect(matchRoute(routes, '/companies/naver/', false)?.params).toEqual({ id: 'naver' });
  });
});

describe('checkLink', () => {
  it('accepts links to pages that exist, in either language, with or without a known anchor', () => {
    for (const url of [
      '/',
      '/en/',
      '/timeline/',
      '/en/timeline/#2025-10-31-announcement',
      '/methodology/#derived.value-per-gpu',
      '/articles/deal-explained/',
      '/articles/deal-explained/#다섯-곳이-나눈-물량',
      '/articles/deal-explained/#%EB%8B%A4%EC%84%AF-%EA%B3%B3%EC%9D%B4-%EB%82%98%EB%88%88-%EB%AC%BC%EB%9F%89',
      '/en/articles/deal-explained/#who-gets-what',
      '/companies/naver/',
      '/en/tags/deal/',
      '/rss.xml',
      '/robots.txt',
      '#intro',
      '#main',
      'https://example.com/x',
      'mailto:desk@example.com',
      '/companies/?x=1',
    ])
      ok(url);
  });

  it('reports an article that does not exist, suggesting the nearest slug or the other language', () => {
    expect(says('/articles/deal-explaned/')).toBe(
      "the link /articles/deal-explaned/ leads nowhere: there is no Korean article 'deal-explaned'; did you mean /articles/deal-explained/?",
    );
    expect(says('/en/articles/only-korean/')).toContain('the article exists in the other language');
  });

  it('reports pages that do not exist, unknown recipients and tags, and a missing trailing slash', () => {
    expect(says('/about/')).toBe('the link /about/ leads nowhere: the site has no such page; check the address');
    expect(says('/companies/lg/')).toContain("'lg' is not a recipient (samsung, naver)");
    expect(says('/tags/gossip/')).toContain("there is no tag 'gossip'");
    expect(says('/timeline')).toBe('the link /timeline needs a slash at the end: /timeline/');
    expect(says('/en/robots.txt')).toContain('leads nowhere');
  });

  it('reports anchors that are not on the page, suggesting a close one', () => {
    expect(says('/en/articles/deal-explained/#who-gets-wht')).toBe(
      "the anchor #who-gets-wht does not exist on /en/articles/deal-explained/ (did you mean #who-gets-what?); link to a heading's id or remove the #part",
    );
    expect(says('/methodology/#nope')).toContain('#nope does not exist on /methodology/');
    expect(says('#outro')).toContain('does not exist on this article');
  });

  it('reports relative links, which break when pages move', () => {
    expect(says('deal-explained/')).toContain('is relative; write site links from the root');
  });

  it('accepts the lists of articles: the archive, a tag, a recipient’s full list', () => {
    for (const url of ['/articles/', '/en/articles/', '/tags/deal/', '/companies/samsung/articles/', '/en/companies/naver/articles/'])
      ok(url);
  });

  it('reports a link to a later page of a list, whose articles shift, pointing at the list itself', () => {
    expect(says('/articles/page/2/')).toBe(
      'the link /articles/page/2/ leads to page 2 of a list, whose articles move on to later pages as new ones are published; link to the list itself: /articles/',
    );
    expect(checkLink('/en/tags/deal/page/3/', live, ctx)?.ko).toBe(
      '링크 /en/tags/deal/page/3/은(는) 목록의 3쪽입니다. 새 기사가 나올 때마다 기사가 뒤쪽으로 밀려나니 목록 첫 쪽(/en/tags/deal/)으로 연결하세요',
    );
    expect(says('/companies/samsung/articles/page/2/')).toContain('link to the list itself: /companies/samsung/articles/');
    // An unknown tag is reported as such, before the page number.
    expect(says('/tags/gossip/page/2/')).toContain("there is no tag 'gossip'");
    // /articles/page/ is not a page (no article may have the slug 'page'), and the archive is not an article.
    expect(says('/articles/page/')).toContain("there is no Korean article 'page'");
  });

  it('reports a live article linking to a draft, but not a draft linking to a draft', () => {
    expect(says('/articles/coming/')).toContain('which is a draft or scheduled for later');
    ok('/articles/coming/', { ...live, published: false });
  });

  it('names the file and the date of a scheduled target, and the file of a draft', () => {
    expect(checkLink('/articles/scheduled/', live, ctx)).toEqual({
      en: 'links to /articles/scheduled/, which is scheduled for 2099-12-01 (content/articles/ko/scheduled.mdx) and not on the live site yet: until then the link would lead nowhere; publish that article first or remove the link until it is live',
      ko: '/articles/scheduled/은(는) 2099-12-01 공개로 예약된 기사(content/articles/ko/scheduled.mdx)라 아직 실제 사이트에 없습니다. 그때까지 실제 사이트에서는 링크가 끊기니, 그 기사를 먼저 공개하거나 공개될 때까지 링크를 빼세요',
      unpublished: 'ko/scheduled',
    });
    expect(says('/articles/drafted/')).toContain('which is a draft (content/articles/ko/drafted.mdx, draft: true)');
  });

  it('reports links to a target that is not live once: on the link when there is one, on the target when there are several', () => {
    const link = (file: string, line: number, url: string) => ({
      file,
      line,
      target: `ko/${url.split('/')[2]}`,
      problem: checkLink(url, live, ctx)!,
    });
    const one = unpublishedLinkProblems([link('content/articles/ko/a.mdx', 9, '/articles/drafted/')], ctx.articles);
    expect(one).toEqual([expect.objectContaining({ file: 'content/articles/ko/a.mdx', line: 9, field: 'link' })]);
    const many = unpublishedLinkProblems(
      [
        link('content/articles/ko/a.mdx', 9, '/articles/scheduled/'),
        link('content/articles/ko/b.mdx', 3, '/articles/scheduled/'),
        link('content/articles/ko/b.mdx', 7, '/articles/drafted/'),
        link('content/articles/ko/c.mdx', 5, '/articles/drafted/'),
      ],
      ctx.articles,
    );
    expect(many).toHaveLength(2);
    expect(many[0]).toMatchObject({ file: 'content/articles/ko/scheduled.mdx', field: 'published' });
    expect(many[0]!.en).toContain(
      'this article is scheduled for 2099-12-01, so it is not on the live site yet, but published articles link to it 2 times: content/articles/ko/a.mdx:9, content/articles/ko/b.mdx:3',
    );
    expect(many[1]).toMatchObject({ file: 'content/articles/ko/drafted.mdx', field: 'draft' });
    expect(many[1]!.ko).toContain('이 기사는 초안(draft: true)이라 실제 사이트에 없는데, 공개된 기사에 이 기사로 가는 링크가 2개 있습니다');
  });
});
