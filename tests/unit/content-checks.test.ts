import { describe, expect, it } from 'vitest';
import { checkFigureSums, checkSite, timelineIdDateProblem, type FigureSum } from '@/lib/checks/cross-references';
import { formatProblems } from '@/lib/checks/problems';
import { analyseMdx, usesOf } from '@/lib/content/mdx-analysis';
import { articleSourceIds } from '@/lib/content/model';
import { article, validSite } from './fixtures';

const messages = (site: ReturnType<typeof validSite>) => formatProblems(checkSite(site));
/** A correction of one article pair on `date`. */
const correctionOf = (key: string, date: string) => ({
  id: `${date}-x`,
  date,
  articles: [key],
  wrong: { ko: 'x', en: 'x' },
  now: { ko: 'y', en: 'y' },
  sources: [],
});

describe('content cross-checks', () => {
  it('accept a consistent site', () => {
    expect(checkSite(validSite())).toEqual([]);
  });

  it('reject allocations that do not add up to the total, naming the numbers', () => {
    const site = validSite();
    site.figures.find((f) => f.id === 'allocation.naver')!.value = 70000;
    const out = messages(site);
    expect(out).toContain('content/data/figures.yaml [allocation.total]');
    expect(out).toContain('add up to 170000');
    expect(out).toContain('allocation.total says 160000');
    expect(out).toContain('배정 물량의 합은 170000');
  });

  it('reject parts that do not add up to the figure they make, as the total is worded (exact, about, more than, up to)', () => {
    const rule: FigureSum = {
      total: 'allocation.total',
      parts: ['allocation.government', 'allocation.naver'],
      what: { en: 'the two', ko: '두 몫' },
    };
    const site = validSite();
    const total = site.figures.find((f) => f.id === 'allocation.total')!;
    const [government, naver] = ['allocation.government', 'allocation.naver'].map((id) => site.figures.find((f) => f.id === id)!);
    const sums = (value: number, approx: typeof total.approx, parts: [number, number]) => {
      Object.assign(total, { value, approx });
      government!.value = parts[0];
      naver!.value = parts[1];
      return checkFigureSums(site.figures, {}, [rule]);
    };
    expect(sums(13000, 'about', [7656, 5480])).toEqual([]);
    const [p] = sums(13000, 'about', [76560, 5480]);
    expect(p).toMatchObject({ file: 'content/data/figures.yaml', field: 'allocation.total' });
    expect(p!.en).toBe(
      'the two add up to 82040 (allocation.government 76560 + allocation.naver 5480) but allocation.total says about 13000 (the parts must round to it); correct whichever number is wrong',
    );
    expect(p!.ko).toContain('두 몫의 합은 82040');
    expect(sums(10456, 'exact', [8160, 2296])).toEqual([]);
    expect(sums(10456, 'exact', [8160, 2297])).toHaveLength(1);
    expect(sums(10456, 'about', [8160, 2297])).toHaveLength(1);
    expect(sums(50000, 'more-than', [30000, 25000])).toEqual([]);
    expect(sums(50000, 'up-to', [30000, 25000])).toHaveLength(1);
    // A part that failed its schema is reported on its own; the sum waits until it is fixed.
    expect(checkFigureSums(site.figures, { figures: new Set(['allocation.naver']) }, [rule])).toEqual([]);
  });

  it('reject an allocation that is not counted in GPUs', () => {
    const site = validSite();
    site.figures.find((f) => f.id === 'allocation.naver')!.unit = 'krw';
    expect(messages(site)).toMatch(/allocation\.naver\.unit.*unit: gpu/);
  });

  it('reject a recipient whose allocation figure is missing', () => {
    const site = validSite();
    site.recipients[0]!.allocation = 'allocation.gov';
    expect(messages(site)).toMatch(/content\/data\/recipients\.yaml \[government\.allocation\]: 'allocation\.gov' is not a figure/);
  });

  it('reject a recipient page figure that does not exist', () => {
    const site = validSite();
    site.recipients[1]!.figures = ['samsung.hbm9'];
    expect(messages(site)).toMatch(/recipients\.yaml \[samsung\.figures\]: 'samsung\.hbm9' is not a figure/);
  });

  it('reject a figure that cites an unknown source', () => {
    const site = validSite();
    site.figures[0]!.sources = ['s99'];
    expect(messages(site)).toMatch(
      /figures\.yaml \[allocation\.total\.sources\]: cites source 's99', which is not in content\/data\/sources\.yaml/,
    );
  });

  it('reject an article that lists an unknown recipient, with the valid ids', () => {
    const site = validSite();
    site.articles[0]!.data.recipients = ['lg'];
    expect(messages(site)).toContain(
      "content/articles/ko/story.mdx [recipients]: 'recipients' lists 'lg', which is not a recipient (government, samsung, naver)",
    );
  });

  it('reject an article that uses an unknown tag', () => {
    const site = validSite();
    site.articles[1]!.data.tags = ['gossip'];
    expect(messages(site)).toMatch(/content\/articles\/en\/story\.mdx \[tags\]: 'tags' lists 'gossip'/);
  });

  it('reject an article that cites an unknown source', () => {
    const site = validSite();
    site.articles[0]!.data.sources = ['s1', 'nyt'];
    expect(messages(site)).toMatch(/ko\/story\.mdx \[sources\]: cites source 'nyt'/);
  });

  it('reject a Korean article without an English pair, and say how to fix it', () => {
    const site = validSite();
    site.articles.push(article('ko', 'alone'));
    const out = messages(site);
    expect(out).toContain("content/articles/ko/alone.mdx [translationKey]: no English article has translationKey 'alone'");
    expect(out).toContain("or set 'translated: false'");
  });

  it('accept a single-language article explicitly marked as not translated', () => {
    const site = validSite();
    site.articles.push(article('ko', 'alone', { translated: false }));
    expect(checkSite(site)).toEqual([]);
  });

  it('reject two articles in one language sharing a translation key', () => {
    const site = validSite();
    site.articles.push(article('ko', 'story-2', { translationKey: 'story' }));
    expect(messages(site)).toMatch(/ko\/story-2\.mdx \[translationKey\]: 'story' is already used by content\/articles\/ko\/story\.mdx/);
  });

  it('report a mistyped translationKey on the file that has it, naming its counterpart and the key to write', () => {
    const site = validSite();
    site.articles.push(article('ko', 'chips'), article('en', 'chips', { translationKey: 'chps' }));
    const problems = checkSite(site);
    expect(problems.map((p) => p.file)).toEqual(['content/articles/en/chips.mdx']);
    expect(problems[0]!.en).toBe(
      "translationKey 'chps' pairs this article with no Korean article, but its Korean version, content/articles/ko/chips.mdx, has translationKey 'chips': write translationKey: chips in this file",
    );
    expect(problems[0]!.ko).toContain('이 파일에 translationKey: chips로 쓰세요');
  });

  it('report a key taken from another article on the article that took it, whichever file comes first', () => {
    const site = validSite();
    // ko/alpha.mdx was copied from ko/beta.mdx and kept its key; en/alpha.mdx is alpha's English version.
    site.articles.push(
      article('ko', 'alpha', { translationKey: 'beta' }),
      article('ko', 'beta'),
      article('en', 'beta'),
      article('en', 'alpha'),
    );
    const problems = checkSite(site);
    expect(problems.map((p) => p.file)).toEqual(['content/articles/ko/alpha.mdx']);
    expect(problems[0]!.en).toContain("('beta' is content/articles/ko/beta.mdx's key)");
    expect(problems[0]!.en).toContain(
      "content/articles/en/alpha.mdx, has translationKey 'alpha': write translationKey: alpha in this file",
    );
  });

  it('report both files when neither key is the file name, each naming the other', () => {
    const site = validSite();
    site.articles.push(article('ko', 'gamma', { translationKey: 'gamma-story' }), article('en', 'gamma', { translationKey: 'gamma-stry' }));
    const problems = checkSite(site);
    expect(problems.map((p) => p.file)).toEqual(['content/articles/en/gamma.mdx', 'content/articles/ko/gamma.mdx']);
    expect(problems[1]!.en).toContain("content/articles/en/gamma.mdx looks like its English version but has translationKey 'gamma-stry'");
  });

  it('reject timeline events that point at unknown articles, sources or recipients', () => {
    const site = validSite();
    site.timeline[0]!.articles = ['nope'];
    site.timeline[0]!.sources = ['s77'];
    site.timeline[0]!.recipients = ['lg'];
    const out = messages(site);
    expect(out).toMatch(/timeline\.yaml \[e1\.articles\]: 'nope' is not the translationKey/);
    expect(out).toMatch(/timeline\.yaml \[e1\.sources\]: cites source 's77'/);
    expect(out).toMatch(/timeline\.yaml \[e1\.recipients\]: 'recipients' lists 'lg'/);
  });

  it('reject a timeline event whose date is not the one its id starts with (to the month, or the day)', () => {
    const site = validSite();
    site.timeline[0] = { ...site.timeline[0]!, id: '2025-06-ulsan', date: '2025-07-22' };
    const out = messages(site);
    expect(out).toContain(
      "content/data/timeline.yaml [2025-06-ulsan.date]: the id '2025-06-ulsan' starts with 2025-06, but the event's date is 2025-07-22",
    );
    expect(out).toContain("id '2025-06-ulsan'의 날짜 부분은 2025-06인데 이 일정의 date는 2025-07-22입니다");
    for (const [id, date] of [
      ['2025-12-01-first-batch', '2025-12-01'],
      ['2025-12-sme-allocation', '2025-12'],
      ['2025-12-sme-allocation', '2025-12-15'],
      ['uk-gpus', '2025-09-16'],
    ] as const) {
      expect(timelineIdDateProblem(id, date), `${id} ${date}`).toBeUndefined();
    }
    expect(timelineIdDateProblem('2025-12-01-first-batch', '2025-12-02')).toBeDefined();
    expect(timelineIdDateProblem('2025-12-01-first-batch', '2025-12')).toBeDefined();
    expect(timelineIdDateProblem('2026-01-ces-rubin', '2025-01')).toBeDefined();
  });

  it('reject an equivalent that is not a figure, and a range whose max is not above its value', () => {
    const site = validSite();
    site.figures.find((f) => f.id === 'value.krw')!.equivalent = 'value.eur';
    site.figures.find((f) => f.id === 'value.usd')!.max = 5e9;
    const out = messages(site);
    expect(out).toMatch(/value\.krw\.equivalent\]: 'value\.eur' is not a figure/);
    expect(out).toMatch(/value\.usd\.max\]: max \(5000000000\) must be larger than value/);
  });

  it('reject an article whose slug is the one the archive uses for its later pages, naming the file and the fix', () => {
    const site = validSite();
    site.articles.push(article('ko', 'page', { translated: false }), article('en', 'page', { translated: false }));
    const problems = checkSite(site);
    expect(problems.map((p) => p.file)).toEqual(['content/articles/ko/page.mdx', 'content/articles/en/page.mdx']);
    const out = formatProblems(problems);
    expect(out).toContain(
      "content/articles/ko/page.mdx [slug]: the slug 'page' (the file name) cannot be used: addresses under /articles/page/ belong to the later pages of the article list (/articles/page/2/, …); rename the file",
    );
    expect(out).toContain('addresses under /en/articles/page/ belong to');
    expect(out).toContain("슬러그 'page'(파일 이름)는 쓸 수 없습니다");
  });

  it('accept slugs that merely contain the reserved word', () => {
    const site = validSite();
    site.articles.push(article('ko', 'page-one', { translated: false }), article('ko', 'front-page', { translated: false }));
    expect(checkSite(site)).toEqual([]);
  });

  it("reject an updated date before the published one, and a correction newer than the article's updated date", () => {
    const site = validSite();
    const [first, second] = site.articles;
    first!.data.updated = new Date('2026-11-01');
    site.corrections.push(correctionOf(second!.data.translationKey, '2026-12-05'));
    const out = messages(site);
    expect(out).toContain(`${first!.file} [updated]: 'updated' (2026-11-01) is before 'published' (2026-11-20)`);
    expect(out).toContain(
      `${second!.file} [updated]: content/data/corrections.yaml has a correction of this article dated 2026-12-05; set updated: 2026-12-05`,
    );
    second!.data.updated = new Date('2026-12-05');
    first!.data.updated = new Date('2026-11-21');
    const pair = site.articles.filter((a) => a.data.translationKey === second!.data.translationKey);
    for (const a of pair) a.data.updated = new Date('2026-12-05');
    expect(checkSite(site)).toEqual([]);
  });

  it('want no update date on a translation published after the correction it already carries', () => {
    const site = validSite();
    const [ko, en] = site.articles;
    expect(en!.data.translationKey).toBe(ko!.data.translationKey);
    site.corrections.push(correctionOf(ko!.data.translationKey, '2026-12-05'));
    ko!.data.updated = new Date('2026-12-05');
    en!.data.published = new Date('2026-12-06');
    expect(checkSite(site)).toEqual([]);
  });

  it('report every problem at once, not just the first', () => {
    const site = validSite();
    site.articles[0]!.data.recipients = ['lg'];
    site.articles[1]!.data.tags = ['gossip'];
    site.figures[0]!.sources = ['s99'];
    expect(checkSite(site).length).toBe(3);
  });
});

describe('usesOf and articleSourceIds', () => {
  const uses = (body: string) => usesOf(analyseMdx(body));

  it('find every <Fig> id, with either quote style, once each', () => {
    expect(uses(`a <Fig id="x.y" /> b <Fig id='z' /> <Fig id="x.y" /> <Figure id="no" />`).figures).toEqual(['x.y', 'z']);
  });

  it('find <Cite id> and <PullQuote source> ids', () => {
    expect(uses(`a <Cite id="s4" /> b <PullQuote by="X" source='s7'>q</PullQuote> <Fig id="f" />`).sources).toEqual(['s4', 's7']);
  });

  it('ignore what is only text: a component name inside a code span or prose', () => {
    expect(uses('Write `<Fig id="shown" />` to print a figure.').figures).toEqual([]);
  });

  it('list the article’s own sources, then cited ones, then those behind its figures, once each', () => {
    const body = '<Cite id="s9" /> <Fig id="f1" /> <Fig id="f2" />';
    const figureSources: Record<string, string[]> = { f1: ['s1', 's5'], f2: ['s5'] };
    expect(articleSourceIds(article('ko', 'a', { sources: ['s1', 's2'] }, body), (id) => figureSources[id] ?? [])).toEqual([
      's1',
      's2',
      's9',
      's5',
    ]);
  });
});

describe('formatProblems', () => {
  it('puts the file and line first, then the field, English, and Korean on the next line', () => {
    expect(formatProblems([{ file: 'content/articles/ko/a.mdx', line: 7, field: 'tags', en: 'E', ko: 'K' }])).toBe(
      'content/articles/ko/a.mdx:7 [tags]: E\n    K',
    );
  });
});
