// Reads and validates everything in content/ straight from disk (no Astro), collecting every problem in one pass.
// Used by `npm run check` and the tests; the build runs the same schemas and cross-checks.
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import yaml from 'js-yaml';
import type { z } from 'astro/zod';
import { UNREADABLE, checkSite, type CheckedArticle, type Problem, type SiteContent } from '../checks/cross-references';
import { CONTENT_PATHS } from './paths';
import { buildFigureIndex, type AnyFigure, type DataFigure } from './figures';
import { isLang, type Lang } from '../site/i18n';
import { articleSchema, eventSchema, figureSchema, recipientSchema, sourceSchema, tagSchema, type ArticleData, type WithId } from './schemas';
import { zodProblems } from '../checks/zod-problems';

/**
 * A YAML syntax error as a problem: js-yaml's reason without its own position (which counts from the start of the
 * YAML, not of the file), and the line in the file, the YAML starting on line `firstLine`.
 */
function yamlProblem(file: string, e: unknown, firstLine: number, field: string, what: { en: string; ko: string }): Problem {
  const reason = (e as { reason?: unknown }).reason;
  const msg = typeof reason === 'string' ? reason : e instanceof Error ? e.message.split('\n')[0]! : String(e);
  const line = (e as { mark?: { line?: number } }).mark?.line;
  return {
    file,
    line: line !== undefined ? line + firstLine : undefined,
    field,
    en: `${what.en}: ${msg}; check quotes, colons and indentation`,
    ko: `${what.ko}: ${msg}. 따옴표, 콜론, 들여쓰기를 확인하세요`,
  };
}

/** A YAML list of entries with ids, each validated against `schema`. */
function readList<S extends z.ZodObject>(
  root: string,
  path: string,
  schema: S,
  problems: Problem[],
  texts: Map<string, string>,
  broken: Set<string>,
): WithId<z.infer<S>>[] {
  const file = relative(root, join(root, path));
  if (!existsSync(join(root, path))) {
    problems.push({ file, en: 'the file is missing', ko: '파일이 없습니다' });
    broken.add(UNREADABLE);
    return [];
  }
  let raw: unknown;
  try {
    const text = readFileSync(join(root, path), 'utf8');
    texts.set(file, text);
    raw = yaml.load(text);
  } catch (e) {
    problems.push(yamlProblem(file, e, 1, 'YAML', { en: 'the YAML cannot be read', ko: 'YAML 문법 오류입니다' }));
    broken.add(UNREADABLE);
    return [];
  }
  if (!Array.isArray(raw)) {
    problems.push({ file, en: 'the file must be a list of entries, each starting with "- id: …"', ko: '"- id: …"로 시작하는 항목의 목록이어야 합니다' });
    broken.add(UNREADABLE);
    return [];
  }
  const out: WithId<z.infer<S>>[] = [];
  const seen = new Set<string>();
  raw.forEach((entry, i) => {
    const id = (entry as { id?: unknown })?.id;
    if (typeof id !== 'string' || !id) {
      problems.push({ file, field: `entry ${i + 1}`, en: 'the entry has no id', ko: '항목에 id가 없습니다' });
      return;
    }
    if (seen.has(id)) {
      problems.push({ file, field: id, en: `the id '${id}' is used twice; ids must be unique`, ko: `id '${id}'가 두 번 쓰였습니다` });
    }
    seen.add(id);
    const { id: _id, ...data } = entry as Record<string, unknown>;
    const parsed = schema.safeParse(data);
    if (parsed.success) out.push({ ...(parsed.data as object), id } as WithId<z.infer<S>>);
    else {
      problems.push(...zodProblems(file, id, parsed.error, Object.keys(schema.shape)));
      broken.add(id);
    }
  });
  return out;
}

function listFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((d) => d.isFile() && !d.name.startsWith('.'))
    .map((d) => join(d.parentPath, d.name));
}

/** Files that may sit next to articles: their images. */
const ARTICLE_ASSET = /\.(jpe?g|png|webp|avif|gif|svg)$/i;

/** An .mdx file under content/articles, read even when its frontmatter is broken (so its body is still checked). */
export interface ArticleFile {
  file: string;
  lang: Lang;
  slug: string;
  text: string;
  /** The parsed frontmatter, when it is valid. */
  article?: CheckedArticle;
  /** When the frontmatter is not valid: its usable fields, so the cross-checks still see the article. */
  recovered?: CheckedArticle;
}

/**
 * The frontmatter with its broken fields replaced by neutral values. The broken fields are reported already; the rest
 * (companies, tags, translationKey…) still get cross-checked, and the article's translation does not look orphaned.
 */
function recover(raw: unknown, error: z.ZodError | undefined, slug: string): ArticleData | undefined {
  const given: object = raw && typeof raw === 'object' && !Array.isArray(raw) ? raw : {};
  const broken = new Set(error?.issues.flatMap((i) => (i.code === 'unrecognized_keys' ? i.keys : [String(i.path[0])])) ?? []);
  const neutral: Record<string, unknown> = {
    title: slug,
    description: 'frontmatter still to be fixed',
    published: new Date(0),
    author: '-',
    translationKey: slug,
  };
  const kept = Object.fromEntries(Object.entries(given).filter(([k]) => !broken.has(k)));
  const fill = Object.fromEntries(Object.entries(neutral).filter(([k]) => !(k in kept)));
  const parsed = articleSchema.safeParse({ ...fill, ...kept });
  return parsed.success ? parsed.data : undefined;
}

/** Split an MDX file into its YAML frontmatter and body. */
export function splitFrontmatter(text: string): { frontmatter: string; body: string } | undefined {
  const m = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/.exec(text);
  return m ? { frontmatter: m[1]!, body: m[2]! } : undefined;
}

function readArticles(root: string, problems: Problem[]): ArticleFile[] {
  const base = join(root, CONTENT_PATHS.articles);
  const out: ArticleFile[] = [];
  for (const path of listFiles(base)) {
    const file = relative(root, path);
    if (!path.endsWith('.mdx')) {
      if (ARTICLE_ASSET.test(path)) continue;
      // The site only builds .mdx files: anything else here would silently never appear.
      problems.push({
        file,
        en: 'only .mdx files become articles; rename it to .mdx (or move it out of content/articles/ if it is not an article)',
        ko: '.mdx 파일만 기사가 됩니다. 확장자를 .mdx로 바꾸거나, 기사가 아니면 content/articles/ 밖으로 옮기세요',
      });
      continue;
    }
    const [lang, ...rest] = relative(base, path).split(/[\\/]/);
    if (!isLang(lang) || rest.length === 0) {
      problems.push({ file, en: 'articles must be in content/articles/ko/ or content/articles/en/', ko: '기사는 content/articles/ko/ 또는 content/articles/en/ 폴더에 있어야 합니다' });
      continue;
    }
    const slug = rest.join('/').replace(/\.mdx$/, '');
    const text = readFileSync(path, 'utf8');
    const entry: ArticleFile = { file, lang, slug, text };
    out.push(entry);
    const parts = splitFrontmatter(text);
    const checked = (body: string, data: ArticleData): CheckedArticle => ({ id: `${lang}/${slug}`, lang, slug, file, body, data });
    // With unreadable frontmatter the article still counts (key = slug), so its translation is not reported as orphaned.
    const unreadable = (body: string) => {
      const data = recover({ translated: false }, undefined, slug);
      if (data) entry.recovered = checked(body, data);
    };
    if (!parts) {
      problems.push({ file, line: 1, en: "the file must start with frontmatter between two '---' lines", ko: "파일은 '---' 두 줄 사이의 머리말(frontmatter)로 시작해야 합니다" });
      unreadable(text);
      continue;
    }
    let raw: unknown;
    try {
      raw = yaml.load(parts.frontmatter);
    } catch (e) {
      // The frontmatter starts on line 2, after the opening '---'.
      problems.push(yamlProblem(file, e, 2, 'frontmatter', { en: 'the frontmatter cannot be read', ko: '머리말 YAML 문법 오류입니다' }));
      unreadable(parts.body);
      continue;
    }
    const parsed = articleSchema.safeParse(raw ?? {});
    if (!parsed.success) {
      problems.push(...zodProblems(file, '', parsed.error, Object.keys(articleSchema.shape)));
      const data = recover(raw, parsed.error, slug);
      if (data) entry.recovered = checked(parts.body, data);
      continue;
    }
    entry.article = checked(parts.body, parsed.data);
  }
  return out;
}

export interface ReadResult {
  site: SiteContent;
  problems: Problem[];
  /** Every .mdx file under content/articles, valid or not. */
  articleFiles: ArticleFile[];
  /** The text of every data file read, by path from the root (for line numbers). */
  dataTexts: Map<string, string>;
  /** Every figure, the derived ones included. */
  figureIndex: Map<string, AnyFigure>;
}

/**
 * Stand-ins for figures whose entries failed validation (reported already), so the numbers derived from them keep their
 * ids and the articles that print them are not reported as well. The build stops on the real problem first.
 */
function stubFigures(ids: Set<string>): DataFigure[] {
  return [...ids].map((id) => ({ id, value: 1, unit: 'gpu', approx: 'about', estimate: false, label: { ko: id, en: id }, sources: [] }));
}

/** Read content/ under `root`, validating every file and cross-reference. */
export function readContent(root: string): ReadResult {
  const problems: Problem[] = [];
  const dataTexts = new Map<string, string>();
  const brokenIds = { recipients: new Set<string>(), figures: new Set<string>(), sources: new Set<string>(), tags: new Set<string>(), timeline: new Set<string>() };
  const list = <S extends z.ZodObject>(path: string, schema: S, broken = new Set<string>()) =>
    readList(root, path, schema, problems, dataTexts, broken);
  const recipients = list(CONTENT_PATHS.recipients, recipientSchema, brokenIds.recipients).sort((a, b) => a.order - b.order);
  const figures = list(CONTENT_PATHS.figures, figureSchema, brokenIds.figures);
  const sources = list(CONTENT_PATHS.sources, sourceSchema, brokenIds.sources);
  const tags = list(CONTENT_PATHS.tags, tagSchema, brokenIds.tags);
  const timeline = list(CONTENT_PATHS.timeline, eventSchema, brokenIds.timeline);
  const articleFiles = readArticles(root, problems);
  const articles = articleFiles.flatMap((f) => f.article ?? f.recovered ?? []);
  let figureIndex = new Map<string, AnyFigure>(figures.map((f) => [f.id, f]));
  try {
    figureIndex = buildFigureIndex([...figures, ...stubFigures(brokenIds.figures)], recipients);
  } catch (e) {
    problems.push({ file: CONTENT_PATHS.figures.slice(2), en: String(e instanceof Error ? e.message : e), ko: '파생 수치를 계산할 수 없습니다. 위 메시지의 수치를 추가하세요' });
  }
  const derivedFigureIds = [...figureIndex.values()].filter((f) => f.derived).map((f) => f.id);
  const site: SiteContent = { articles, figures, derivedFigureIds, recipients, sources, tags, timeline, brokenIds };
  problems.push(...checkSite(site));
  return { site, problems, articleFiles, dataTexts, figureIndex };
}
