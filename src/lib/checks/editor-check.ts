// The editor check: everything in content/ that a change can break — schemas, cross-references, MDX that does not
// compile, unknown components and props, links and anchors that lead nowhere, images without alt text, the data's
// own arithmetic — all problems from all files in one pass, each with file, line and fix. `npm run check` and the build run it.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { goesLiveAt, isPublished } from '../content/articles';
import type { AnyFigure } from '../content/figures';
import { headingIds } from '../content/mdx-analysis';
import { articleSourceIds, UNREADABLE, type SiteContent } from '../content/model';
import { readContent } from '../content/read';
import type { ArticleFile } from '../content/read-articles';
import { isoDate } from '../format/format';
import { unpublishedLinkProblems, type LinkContext, type LinkTarget } from './links';
import { checkBody, type BodyContext } from './mdx-body';
import { checkSite } from './cross-references';
import { checkDeliveries } from './deliveries';
import { checkTimelineText } from './figure-refs';
import { freshnessWarnings } from './freshness';
import { quotedFieldWarnings } from './frontmatter-text';
import { untraceableSourceWarnings } from './timeline-sources';
import { checkProse } from './prose';
import { byFileAndLine, knownFigureIds, knownIds, type Problem } from './problems';
import { readRoutes } from './routes';

export interface Unpublished {
  file: string;
  /** A draft, or dated in the future (shown from that date, at the next build). */
  status: 'draft' | 'scheduled';
  published: Date;
}

export interface ContentReport {
  problems: Problem[];
  /** What may be out of date, but is not wrong (history is legitimate): never fails a check or a build. */
  warnings: Problem[];
  /** Articles that are not on the live site (yet): listed so none goes missing unnoticed. */
  unpublished: Unpublished[];
  site: SiteContent;
  /** Every figure, the derived ones included. */
  figures: Map<string, AnyFigure>;
  articleCount: number;
}

const unreadable = (broken: Set<string> | undefined) => broken?.has(UNREADABLE) ?? false;

/** Korea's offset from UTC: the day an article goes live is named in Korean time, where the newsroom works. */
const KST_OFFSET_MS = 9 * 3_600_000;

function linkTargets(files: ArticleFile[], figures: Map<string, AnyFigure>, now: Date): Map<string, LinkTarget> {
  const targets = new Map<string, LinkTarget>();
  for (const f of files) {
    const sources = f.article ? articleSourceIds(f.article, (id) => figures.get(id)?.sources ?? []) : [];
    let anchors: Set<string> | undefined;
    const data = f.article?.data;
    targets.set(`${f.lang}/${f.slug}`, {
      // An article whose frontmatter is broken is reported already; count it as live so links to it are not flagged twice.
      published: data ? isPublished(data, now) : true,
      file: f.file,
      status: data?.draft ? 'draft' : 'scheduled',
      liveFrom: data && isoDate(new Date(goesLiveAt(data.published).getTime() + KST_OFFSET_MS)),
      // Worked out the first time a link points at one of them: most articles are never the target of an #anchor.
      get anchors() {
        anchors ??= new Set([...(f.analysis.error ? [] : headingIds(f.text)), ...sources.map((s) => `source-${s}`), 'sources-heading']);
        return anchors;
      },
    });
  }
  return targets;
}

/** Check everything under `root` (the project folder). `now` decides which articles count as published. */
export function checkContent(root: string, now: Date = new Date()): ContentReport {
  const { site, problems, articleFiles, figureIndex: figures, lineOf } = readContent(root);
  problems.push(...checkSite(site));
  const broken = site.brokenIds ?? {};
  const articles = linkTargets(articleFiles, figures, now);

  const links: LinkContext = {
    routes: readRoutes(join(root, 'src/pages')),
    articles,
    recipients: knownIds(
      site.recipients.map((r) => r.id),
      broken.recipients,
    ),
    tags: knownIds(
      site.tags.map((t) => t.id),
      broken.tags,
    ),
    pageAnchors: new Map([
      // Its anchors are the derived figures' ids: any is let through when they could not be worked out (reported once).
      ['/methodology/', knownIds(site.derivedFigureIds, unreadable(broken.derived) ? broken.derived : broken.recipients)],
      [
        '/timeline/',
        knownIds(
          [...site.timeline.map((e) => e.id), ...site.timeline.flatMap((e) => e.sources.map((s) => `source-${s}`)), 'sources-heading'],
          broken.timeline,
        ),
      ],
    ]),
  };
  const ctx: BodyContext = {
    figures: knownFigureIds(site),
    sources: knownIds(
      site.sources.map((s) => s.id),
      broken.sources,
    ),
    recipients: links.recipients,
    timeline: unreadable(broken.timeline) || broken.timeline?.size ? undefined : site.timeline,
    links,
    unpublishedLinks: [],
    fileExists: (path) => existsSync(join(root, path)),
  };
  problems.push(...checkTimelineText(site.timeline, figures, ctx.figures));
  problems.push(...checkDeliveries(site, figures, ctx.figures));
  for (const f of articleFiles) {
    if (!f.analysis.error) {
      problems.push(
        ...checkProse(f.analysis.prose, { file: f.file, lang: f.lang, year: f.article?.data.published.getUTCFullYear(), figures }),
      );
    }
    problems.push(
      ...checkBody(
        {
          file: f.file,
          source: f.text,
          analysis: f.analysis,
          from: {
            lang: f.lang,
            published: f.article ? isPublished(f.article.data, now) : undefined,
            get anchors() {
              return articles.get(`${f.lang}/${f.slug}`)!.anchors;
            },
          },
          draft: f.article?.data.draft,
        },
        ctx,
      ),
    );
  }

  problems.push(...unpublishedLinkProblems(ctx.unpublishedLinks ?? [], articles));

  const locate = (p: Problem) => (p.line === undefined && p.field ? { ...p, line: lineOf(p.file, p.field) } : p);
  const located = problems.map(locate).sort(byFileAndLine);
  const checkable = articleFiles.filter((f) => f.article && !f.analysis.error);
  const warnings = [
    ...freshnessWarnings(checkable, site.recipients, figures),
    ...quotedFieldWarnings(site.articles),
    ...untraceableSourceWarnings(site.timeline, site.sources),
  ]
    .map(locate)
    .sort(byFileAndLine);

  const unpublished: Unpublished[] = site.articles
    .filter((a) => !a.recovered && !isPublished(a.data, now))
    .map((a) => ({ file: a.file, status: a.data.draft ? 'draft' : 'scheduled', published: a.data.published }));
  return { problems: located, warnings, unpublished, site, figures, articleCount: articleFiles.length };
}
