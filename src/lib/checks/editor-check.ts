// The editor check: everything in content/ that a change can break — schemas, cross-references, MDX that does not
// compile, unknown components and props, links and anchors that lead nowhere, images without alt text, the data's
// own arithmetic — all problems from all files in one pass, each with file, line and fix. `npm run check` and the build run it.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { isPublished } from '../content/articles';
import { UNREADABLE, articleSourceIds, knownFigureIds, knownIds, type Problem, type SiteContent } from './cross-references';
import type { AnyFigure } from '../content/figures';
import { LANGS, type Lang } from '../site/i18n';
import type { LinkContext, LinkTarget } from './links';
import { checkBody, type BodyContext } from './mdx-body';
import { analyseMdx, headingIds, type MdxAnalysis } from '../content/mdx-analysis';
import { readRoutes } from './routes';
import { readContent, splitFrontmatter, type ArticleFile } from '../content/read';

export interface Unpublished {
  file: string;
  /** A draft, or dated in the future (shown from that date, at the next build). */
  status: 'draft' | 'scheduled';
  published: Date;
}

export interface ContentReport {
  problems: Problem[];
  /** Articles that are not on the live site (yet): listed so none goes missing unnoticed. */
  unpublished: Unpublished[];
  site: SiteContent;
  articleCount: number;
  /** How many articles each language publishes now: the article pages a production build renders. */
  published: Record<Lang, number>;
}

/** The line of a top-level frontmatter key (`companies:`), counting the opening '---' as line 1. */
function frontmatterLine(text: string, key: string): number | undefined {
  const parts = splitFrontmatter(text);
  if (!parts) return undefined;
  const i = parts.frontmatter.split('\n').findIndex((l) => new RegExp(`^${escape(key)}\\s*:`).test(l));
  return i >= 0 ? i + 2 : undefined;
}

/** The line of a field in a YAML data file: the entry `- id: <id>`, then `key:` inside it. */
function dataLine(text: string, field: string): number | undefined {
  const lines = text.split('\n');
  const starts = lines.flatMap((l, i) => {
    const m = /^- id:\s*["']?([^"'\s#]+)/.exec(l);
    return m ? [{ id: m[1]!, i }] : [];
  });
  const entry = starts
    .filter((s) => field === s.id || field.startsWith(`${s.id}.`))
    .sort((a, b) => b.id.length - a.id.length)[0];
  if (!entry) return undefined;
  const key = field.slice(entry.id.length + 1).split('.')[0];
  if (!key) return entry.i + 1;
  const end = starts.find((s) => s.i > entry.i)?.i ?? lines.length;
  for (let i = entry.i; i < end; i++) {
    if (new RegExp(`^\\s*(- )?${escape(key)}\\s*:`).test(lines[i]!)) return i + 1;
  }
  return entry.i + 1;
}

const unreadable = (broken: Set<string> | undefined) => broken?.has(UNREADABLE) ?? false;

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function withLine(p: Problem, texts: Map<string, string>): Problem {
  if (p.line !== undefined || !p.field) return p;
  const text = texts.get(p.file);
  if (!text) return p;
  const line = p.file.endsWith('.mdx') ? frontmatterLine(text, p.field.split('.')[0]!) : dataLine(text, p.field);
  return line ? { ...p, line } : p;
}

function linkTargets(files: ArticleFile[], analyses: Map<string, MdxAnalysis>, figures: Map<string, AnyFigure>, now: Date): Map<string, LinkTarget> {
  const targets = new Map<string, LinkTarget>();
  for (const f of files) {
    const sources = f.article
      ? articleSourceIds(f.article.data.sources, f.article.body, (id) => figures.get(id)?.sources ?? [])
      : [];
    let anchors: Set<string> | undefined;
    targets.set(`${f.lang}/${f.slug}`, {
      // An article whose frontmatter is broken is reported already; count it as live so links to it are not flagged twice.
      published: f.article ? isPublished(f.article.data, now) : true,
      // Worked out the first time a link points at one of them: most articles are never the target of an #anchor.
      get anchors() {
        anchors ??= new Set([...(analyses.get(f.file)?.error ? [] : headingIds(f.text)), ...sources.map((s) => `source-${s}`), 'sources-heading']);
        return anchors;
      },
    });
  }
  return targets;
}

/** Check everything under `root` (the project folder). `now` decides which articles count as published. */
export function checkContent(root: string, now: Date = new Date()): ContentReport {
  const { site, problems, articleFiles, dataTexts, figureIndex: figures } = readContent(root);
  const broken = site.brokenIds ?? {};
  const analyses = new Map(articleFiles.map((f) => [f.file, analyseMdx(f.text)]));
  const articles = linkTargets(articleFiles, analyses, figures, now);

  const links: LinkContext = {
    routes: readRoutes(join(root, 'src/pages')),
    articles,
    recipients: knownIds(site.recipients.map((r) => r.id), broken.recipients),
    tags: knownIds(site.tags.map((t) => t.id), broken.tags),
    pageAnchors: new Map([
      ['/methodology/', knownIds(site.derivedFigureIds, unreadable(broken.figures) ? broken.figures : broken.recipients)],
      ['/timeline/', knownIds([...site.timeline.map((e) => e.id), ...site.timeline.flatMap((e) => e.sources.map((s) => `source-${s}`)), 'sources-heading'], broken.timeline)],
    ]),
  };
  const ctx: BodyContext = {
    figures: knownFigureIds(site),
    sources: knownIds(site.sources.map((s) => s.id), broken.sources),
    recipients: links.recipients,
    timeline: unreadable(broken.timeline) || broken.timeline?.size ? undefined : site.timeline,
    links,
    fileExists: (path) => existsSync(join(root, path)),
  };
  for (const f of articleFiles) {
    problems.push(
      ...checkBody(
        {
          file: f.file,
          source: f.text,
          analysis: analyses.get(f.file)!,
          from: { lang: f.lang, published: f.article ? isPublished(f.article.data, now) : undefined, get anchors() { return articles.get(`${f.lang}/${f.slug}`)!.anchors; } },
          draft: f.article?.data.draft,
        },
        ctx,
      ),
    );
  }

  const texts = new Map([...dataTexts, ...articleFiles.map((f) => [f.file, f.text] as const)]);
  const located = problems.map((p) => withLine(p, texts));
  // Grouped by file, in line order, so an editor can work down the list.
  const order = (p: Problem) => p.file;
  located.sort((a, b) => order(a).localeCompare(order(b)) || (a.line ?? 0) - (b.line ?? 0));

  const unpublished: Unpublished[] = [];
  const published = Object.fromEntries(LANGS.map((lang) => [lang, 0])) as Record<Lang, number>;
  for (const a of site.articles) {
    if (isPublished(a.data, now)) published[a.lang]++;
    else unpublished.push({ file: a.file, status: a.data.draft ? 'draft' : 'scheduled', published: a.data.published });
  }
  return { problems: located, unpublished, site, articleCount: articleFiles.length, published };
}
