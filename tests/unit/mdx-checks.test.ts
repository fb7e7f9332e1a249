// The MDX body checks: reading an article with the build's compiler, and each rule for components, props, images,
// imports, links and leftover TODOs, with the line each problem is on.
import { describe, expect, it } from 'vitest';
import { formatProblems } from '@/lib/checks/problems';
import { checkBody, type BodyContext } from '@/lib/checks/mdx-body';
import { MDX_COMPONENTS } from '@/lib/content/mdx-components';
import { analyseMdx, headingIds } from '@/lib/content/mdx-analysis';
import { explainSyntaxError } from '@/lib/checks/mdx-syntax';
import { readRoutes } from '@/lib/checks/routes';
import { validSite } from './fixtures';

const FRONTMATTER = '---\ntitle: x\n---\n\n';
/** The body starts on this line of the file. */
const FIRST = 5;

const ctx: BodyContext = {
  figures: new Set(['allocation.total', 'allocation.samsung', 'allocation.naver']),
  sources: new Set(['s1', 's2', 's4']),
  recipients: new Set(['government', 'samsung', 'naver']),
  timeline: validSite().timeline,
  links: {
    routes: readRoutes('src/pages'),
    articles: new Map([
      ['ko/story', { published: true, anchors: new Set(['첫-소제목', 'source-s1']) }],
      ['ko/later', { published: false, anchors: new Set() }],
      ['en/story', { published: true, anchors: new Set() }],
    ]),
    recipients: new Set(['government', 'samsung', 'naver']),
    tags: new Set(['deal']),
    pageAnchors: new Map([['/methodology/', new Set(['derived.value-per-gpu'])]]),
  },
  fileExists: (path) => path === 'content/articles/ko/chart.png' || path === 'public/favicon.svg',
};

function check(body: string, opts: { draft?: boolean; published?: boolean } = {}) {
  const source = FRONTMATTER + body;
  const analysis = analyseMdx(source);
  return checkBody(
    {
      file: 'content/articles/ko/story.mdx',
      source,
      analysis,
      from: { lang: 'ko', published: opts.published ?? true, anchors: new Set([...headingIds(source), 'source-s1']) },
      draft: opts.draft ?? false,
    },
    ctx,
  );
}
const text = (body: string, opts?: { draft?: boolean; published?: boolean }) => formatProblems(check(body, opts));

describe('analyseMdx', () => {
  it('finds components with their props and lines, links, images and imports', () => {
    const a = analyseMdx(
      `${FRONTMATTER}Hi <Fig id="allocation.total" />.\n\n<Callout type="note" title={"T"} {...x}>\nText [a](/articles/story/)\n</Callout>\n\n![alt](./chart.png)\n\nimport A from './a'\n`,
    );
    expect(a.error).toBeUndefined();
    expect(a.components.map((c) => [c.name, c.line])).toEqual([
      ['Fig', FIRST],
      ['Callout', FIRST + 2],
    ]);
    expect(a.components[1]!.attributes).toEqual([
      { name: 'type', value: { text: 'note' } },
      { name: 'title', value: { expression: '"T"', literal: 'T' } },
    ]);
    expect(a.components[1]!.spreads).toBe(1);
    expect(a.components[1]!.hasChildren).toBe(true);
    expect(a.links).toEqual([{ url: '/articles/story/', line: FIRST + 3 }]);
    expect(a.images).toEqual([{ src: './chart.png', alt: 'alt', line: FIRST + 6, jsx: false }]);
    expect(a.esmLines).toEqual([FIRST + 8]);
  });

  it('gives headings the ids the build gives them (Korean kept, punctuation dropped)', () => {
    expect(headingIds(`${FRONTMATTER}## 공장 전체에 AI를 심는다는 것\n\n## Who gets what?\n`)).toEqual([
      '공장-전체에-ai를-심는다는-것',
      'who-gets-what',
    ]);
  });

  it('has no heading ids for MDX that does not compile', () => {
    expect(headingIds(`${FRONTMATTER}## 제목\n\nA <Fig id="x"> that is never closed.\n`)).toEqual([]);
  });

  it('reports an import or export line that would not compile as a line to remove, like any other', () => {
    const problems = check('export const = 1\n\n본문.\n');
    expect(problems).toEqual([expect.objectContaining({ field: 'import', line: FIRST })]);
  });

  it('reports where the MDX fails to compile, counting lines from the top of the file', () => {
    expect(analyseMdx(`${FRONTMATTER}Line one.\n\nA <Fig id="x"> that is never closed.\n`).error).toMatchObject({ line: FIRST + 2 });
  });
});

describe('explainSyntaxError', () => {
  it('explains the common compiler errors in plain words, with the fix', () => {
    const at = (message: string) => explainSyntaxError({ line: 1, column: 1, message });
    expect(at('Unexpected character `1` (U+0031) after `<`, expected a valid JSX tag').en).toContain('type \\<');
    expect(at('Expected a closing tag for `<Callout>` (1:1)').ko).toContain('</Callout>로 닫거나');
    expect(at('Unexpected closing tag `</Calout>`, expected corresponding closing tag for `<Callout>` (3:1)').en).toBe(
      '</Calout> does not close <Callout> (opened on line 3); make the two names match',
    );
    expect(at('Unexpected closing tag `</Fig>`, expected an open tag first').en).toContain('closes nothing');
    expect(at('Unexpected end of file in expression, expected a corresponding closing brace for `{`').en).toContain('type \\{');
    expect(at('Something new').en).toBe('the MDX cannot be compiled: Something new');
  });

  it('says an HTML comment is written {/* … */} in MDX, and a bare <! that it needs \\<', () => {
    const bang =
      'Unexpected character `!` (U+0021) before name, expected a character that can start a name, such as a letter, `$`, or `_` (note: to create a comment in MDX, use `{/* text */}`)';
    const comment = explainSyntaxError({ line: 2, column: 1, message: bang }, 'Text\n<!-- 메모 -->\n');
    expect(comment.en).toContain('an HTML comment <!-- … --> does not work in MDX');
    expect(comment.en).toContain('write {/* … */} instead');
    expect(comment.ko).toContain('{/* … */}로 쓰세요');
    expect(explainSyntaxError({ line: 1, column: 1, message: bang }, '<!중요> 표시\n').en).toContain('type \\<');
  });
});

describe('checkBody', () => {
  it('accepts correct uses of every available component (the examples in the component table)', () => {
    const examples = Object.values(MDX_COMPONENTS)
      .map((c) => c.example)
      .join('\n\n');
    expect(examples).toContain('<TimelineExcerpt');
    expect(text(examples)).toBe('');
  });

  it('reports an unknown component, suggesting the closest name', () => {
    expect(text('<Calout>x</Calout>')).toContain(
      `story.mdx:${FIRST} [<Calout>]: <Calout> is not a component editors can use; did you mean <Callout>?`,
    );
  });

  it('reports a component written in lower case, which would show nothing, but not plain HTML', () => {
    expect(text('네이버는 <fig id="allocation.naver" />을 받는다.')).toContain(
      `story.mdx:${FIRST} [<fig>]: <fig> is the component <Fig> in lower case, which the page would show as nothing`,
    );
    expect(check('H<sub>2</sub>O와 각주<sup>1</sup>')).toEqual([]);
  });

  it('reports code in braces, which stops the build, but not notes, spaces or quoted text', () => {
    const problems = check('이 표는 {참고} 자료다.\n\n{1 + 1}');
    expect(problems.map((p) => [p.line, p.field])).toEqual([
      [FIRST, 'MDX'],
      [FIRST + 2, 'MDX'],
    ]);
    expect(problems[0]!.en).toContain('write \\{참고\\}');
    expect(check('메모{/* 확인 필요 */}와 공백{\' \'}과 {"글자"}')).toEqual([]);
  });

  it('accepts the chart components with their props, and rejects a wrong metric or chart id', () => {
    expect(text('<AllocationChart metric="gpus" highlight="naver" />\n\n<Chart id="korea-gpu-base" />')).toBe('');
    expect(text('<AllocationChart metric="won" />')).toContain('<AllocationChart>');
    expect(text('<Chart id="pie" />')).toContain('<Chart>');
  });

  it('reports unknown, duplicated, missing and bare props, spreads and code where text is needed', () => {
    const out = text(
      '<Fig ids="allocation.total" />\n\n<Cite id="s1" id="s2" />\n\n<Callout title>x</Callout>\n\n<Fig {...p} id={figure} />',
    );
    expect(out).toContain("<Fig> has no prop 'ids'; did you mean 'id'?");
    expect(out).toContain('<Fig> needs id="…" (a figure id from figures.yaml)');
    expect(out).toContain("<Cite> has 'id' twice");
    expect(out).toContain("<Callout>: 'title' needs a value");
    expect(out).toContain('<Fig> cannot take {...} spreads');
    expect(out).toContain("<Fig>: write 'id' as plain text in quotes");
  });

  it('checks each prop value against the data: figures, sources, recipients, choices, dates, numbers', () => {
    const out = text(
      '<Fig id="allocation.samsng" />\n\n<Cite id="s99" />\n\n<RecipientCard id="lg" />\n\n<Callout type="info">x</Callout>\n\n<TimelineExcerpt from="31 Oct" limit={0} />',
    );
    expect(out).toContain(
      `story.mdx:${FIRST} [<Fig>]: <Fig>: 'allocation.samsng' is not a figure in content/data/figures.yaml; did you mean 'allocation.samsung'?`,
    );
    expect(out).toContain("<Cite>: 's99' is not a source in content/data/sources.yaml");
    expect(out).toContain("<RecipientCard>: 'lg' is not a recipient (government, samsung, naver)");
    expect(out).toContain("<Callout>: 'type' must be one of note, warning, correction, not 'info'");
    expect(out).toContain("<TimelineExcerpt>: 'from' must be a date written YYYY-MM-DD");
    expect(out).toContain("<TimelineExcerpt>: 'limit' must be a whole number of at least 1");
  });

  it('knows which components take content between their tags', () => {
    expect(text('<Fig id="allocation.total">text</Fig>')).toContain('<Fig> takes nothing between its tags');
    expect(text('<Callout></Callout>')).toContain('<Callout> needs text between <Callout> and </Callout>');
    expect(text('<Cite id="s1">the report</Cite>')).toBe('');
  });

  it('reports a timeline excerpt that would show nothing, or dates in the wrong order', () => {
    expect(text('<TimelineExcerpt recipient="naver" />')).toContain('<TimelineExcerpt> shows no events');
    expect(text('<TimelineExcerpt from="2025-12-01" to="2025-01-01" />')).toContain("'from' (2025-12-01) is after 'to' (2025-01-01)");
    expect(text('<TimelineExcerpt recipient="samsung" from="2025-10" to="2025-10" />')).toBe('');
  });

  it('requires alt text and an image file that exists and is served by the site', () => {
    expect(text('![](./chart.png)')).toContain(`story.mdx:${FIRST} [image]: the image ./chart.png has no alt text`);
    expect(text('<img src="./chart.png" />')).toContain('[<img>]: the image ./chart.png has no alt text');
    expect(text('![A bar chart](./missing.png)')).toContain(
      'the image ./missing.png does not exist (looked for content/articles/ko/missing.png)',
    );
    expect(text('![A bar chart](https://example.com/a.png)')).toContain("the site's security policy blocks");
    expect(text('![A bar chart](./chart.png)\n\n![Logo](/favicon.svg)')).toBe('');
  });

  it('reports import lines: components need none', () => {
    expect(text("import Fig from '../../../src/components/Fig.astro'\n\nText.")).toContain(
      `story.mdx:${FIRST} [import]: articles need no import or export lines`,
    );
  });

  it('reports TODO left in an article that is not a draft, but allows it in drafts', () => {
    expect(text('TODO: finish')).toContain(`story.mdx:${FIRST} [TODO]:`);
    expect(text('TODO: finish', { draft: true })).toBe('');
  });

  it('checks links, including anchors within the article', () => {
    const out = text('## 첫 소제목\n\n[a](#첫-소제목) [b](#없는-곳) [c](/articles/later/) [d](https://example.com/x)');
    expect(out).not.toContain('#첫-소제목');
    expect(out).toContain('the anchor #없는-곳 does not exist on this article');
    expect(out).toContain('links to /articles/later/, which is a draft or scheduled for later');
    expect(text('[c](/articles/later/)', { published: false })).toBe('');
  });

  it('reports only the syntax error when the MDX does not compile (nothing else can be read)', () => {
    const problems = check('<Calout>\n\nText');
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ line: FIRST, field: 'MDX' });
  });
});
